import { type Kysely, sql } from 'kysely';
import { withId, withTimestamps } from './helpers';

const inList = (col: string, values: readonly string[]) => sql`${sql.ref(col)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const STAGES = [
  'identified_missing',
  'drafting',
  'staff_consultation',
  'resident_consultation',
  'awaiting_committee',
  'approved',
  'published',
  'review_due',
  'extended',
  'superseded',
  'withdrawn',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(withId(db, db.schema.createTable('committees')).addColumn('name', 'text', (c) => c.notNull().unique())).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('meetings'))
      .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id'))
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('scheduled')
          .check(inList('status', ['scheduled', 'held', 'postponed', 'cancelled'])),
      )
      .addColumn('papers_deadline', 'text')
      .addColumn('postponed_to_id', 'integer', (c) => c.references('meetings.id'))
      .addColumn('postponement_reason', 'text'),
  ).execute();
  await db.schema.createIndex('meetings_committee_date').on('meetings').columns(['committee_id', 'meeting_date']).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('policies'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull().defaultTo('other'))
      .addColumn('owner_id', 'integer', (c) => c.references('people.id'))
      .addColumn('stage', 'text', (c) => c.notNull().defaultTo('identified_missing').check(inList('stage', STAGES)))
      .addColumn('stage_entered_on', 'text', (c) => c.notNull())
      .addColumn('policy_version', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('approval_date', 'text')
      .addColumn('approving_meeting_id', 'integer', (c) => c.references('meetings.id'))
      .addColumn('review_period_months', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(36)
          .check(sql`review_period_months > 0`),
      )
      .addColumn('extended_to', 'text')
      .addColumn('extension_reason', 'text')
      .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('policies_stage').on('policies').column('stage').execute();

  await withId(db, db.schema.createTable('policy_stages'))
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('entered_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('policy_stages_policy').on('policy_stages').columns(['policy_id', 'entered_on']).execute();

  await db.schema
    .createTable('policy_recommendations')
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('policy_recommendations_pk', ['policy_id', 'recommendation_id'])
    .execute();

  await withTimestamps(
    withId(db, db.schema.createTable('policy_consultations'))
      .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
      .addColumn('consultee', 'text', (c) => c.notNull().check(inList('consultee', ['staff', 'residents_board', 'members', 'other'])))
      .addColumn('started_on', 'text', (c) => c.notNull())
      .addColumn('ended_on', 'text')
      .addColumn('feedback', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('response', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('agenda_items'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ['policy_approval', 'progress_report', 'other'])))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('policy_id', 'integer', (c) => c.references('policies.id'))
      .addColumn('decision', 'text', (c) => c.check(inList('decision', ['approved', 'approved_with_amendments', 'deferred', 'rejected'])))
      .addColumn('decision_notes', 'text')
      .addColumn('position', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();
  await db.schema.createIndex('agenda_items_policy').on('agenda_items').column('policy_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['agenda_items', 'policy_consultations', 'policy_recommendations', 'policy_stages', 'policies', 'meetings', 'committees']) {
    await db.schema.dropTable(t).execute();
  }
}
