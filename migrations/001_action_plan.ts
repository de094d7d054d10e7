import { type Kysely, sql } from 'kysely';
import { withId, withTimestamps } from './helpers';

const statusCheck = (col: string) => sql`${sql.ref(col)} in ('not_started', 'in_progress', 'completed', 'on_hold')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await withTimestamps(withId(db, db.schema.createTable('teams')).addColumn('name', 'text', (c) => c.notNull().unique())).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('people'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('set null'))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('programmes'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('review_date', 'text')
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('recommendations'))
      .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('full_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('theme', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_id', 'integer', (c) => c.references('people.id'))
      .addColumn('lead_team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('priority', 'text', (c) =>
        c
          .notNull()
          .defaultTo('medium')
          .check(sql`priority in ('high', 'medium', 'low')`),
      )
      .addColumn('original_target_date', 'text')
      .addColumn('revised_target_date', 'text')
      .addColumn('revised_reason', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_started').check(statusCheck('status')))
      .addColumn('completion_date', 'text')
      .addColumn('public_summary', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('rag_override', 'text', (c) => c.check(sql`rag_override in ('red', 'amber', 'green', 'complete')`))
      .addColumn('rag_override_reason', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('recommendations_programme_ref', ['programme_id', 'ref']),
  ).execute();
  await db.schema.createIndex('recommendations_owner').on('recommendations').column('owner_id').execute();
  await db.schema.createIndex('recommendations_open_target').on('recommendations').columns(['status', 'revised_target_date', 'original_target_date']).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('actions'))
      .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'integer', (c) => c.references('people.id'))
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_started').check(statusCheck('status')))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('actions_recommendation').on('actions').column('recommendation_id').execute();
  await db.schema.createIndex('actions_open_due').on('actions').columns(['status', 'due_date']).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('progress_notes'))
      .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
      .addColumn('note_date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('public', 'internal')`))
      .addColumn('author', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('progress_notes_recommendation').on('progress_notes').columns(['recommendation_id', 'note_date']).execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('parent_entity', 'text')
    .addColumn('parent_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_parent').on('audit_log').columns(['parent_entity', 'parent_id']).execute();
  await db.schema.createIndex('audit_at').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_log', 'progress_notes', 'actions', 'recommendations', 'programmes', 'people', 'teams', 'settings']) {
    await db.schema.dropTable(t).execute();
  }
}
