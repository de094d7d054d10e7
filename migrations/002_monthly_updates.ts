import { type Kysely, sql } from 'kysely';
import { isSqlite, withId, withTimestamps } from './helpers';

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('monthly_updates'))
      .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('draft')
          .check(sql`status in ('draft', 'published')`),
      )
      .addColumn('published_at', 'text')
      .addColumn('published_by', 'text')
      // The document's content and the finished file as published, so that it is exported again identically.
      .addColumn('snapshot_json', 'text')
      .addColumn('published_docx', isSqlite(db) ? 'blob' : 'bytea')
      .addUniqueConstraint('monthly_updates_programme_month', ['programme_id', 'month']),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('monthly_update_items'))
      .addColumn('update_id', 'integer', (c) => c.notNull().references('monthly_updates.id').onDelete('cascade'))
      .addColumn('item_date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('recommendation_id', 'integer', (c) => c.references('recommendations.id').onDelete('set null'))
      .addColumn('position', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('monthly_update_items_update').on('monthly_update_items').columns(['update_id', 'position']).execute();

  // Progress notes quoted by a published update; such a note can no longer be changed.
  await db.schema
    .createTable('monthly_update_quotes')
    .addColumn('update_id', 'integer', (c) => c.notNull().references('monthly_updates.id').onDelete('cascade'))
    .addColumn('note_id', 'integer', (c) => c.notNull().references('progress_notes.id'))
    .addPrimaryKeyConstraint('monthly_update_quotes_pk', ['update_id', 'note_id'])
    .execute();
  await db.schema.createIndex('monthly_update_quotes_note').on('monthly_update_quotes').column('note_id').execute();

  await db.schema.createIndex('audit_entity_at').on('audit_log').columns(['entity', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_entity_at').execute();
  for (const t of ['monthly_update_quotes', 'monthly_update_items', 'monthly_updates']) await db.schema.dropTable(t).execute();
}
