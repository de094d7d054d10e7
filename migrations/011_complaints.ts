import { type Kysely, sql } from 'kysely';
import { createStrictTable, withId, withTimestamps } from './helpers';

// The complaints log: one row per complaint stage, keyed by the case's reference and the stage,
// as a CRM exports it. The Complaint Handling Code's due dates, and whether the response was on
// time, are worked out by shared/domain/complaints.ts when a row is written and stored, so that the
// year's figures are counted in SQL; they are worked out again whenever the landlord's own
// non-working days change. A financial year's social homes may be given for CH01 per 1,000 homes.
export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, createStrictTable(db, 'complaint_stages'))
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('stage', 'integer', (c) => c.notNull().check(sql`stage in (1, 2)`))
      .addColumn('received', 'text', (c) => c.notNull())
      .addColumn('acknowledged', 'text')
      .addColumn('extension_days', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`extension_days >= 0`),
      )
      .addColumn('responded', 'text')
      .addColumn('tenure', 'text', (c) => c.notNull().check(sql`tenure in ('tenant', 'shared_ownership', 'leaseholder', 'other')`))
      .addColumn('service_area', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('outcome', 'text', (c) => c.check(sql`outcome is null or outcome in ('upheld', 'partly_upheld', 'not_upheld')`))
      .addColumn('compensation_pence', 'integer', (c) => c.check(sql`compensation_pence is null or compensation_pence >= 0`))
      // worked out, never typed: see shared/domain/complaints.ts
      .addColumn('acknowledgement_due', 'text', (c) => c.notNull())
      .addColumn('response_due', 'text', (c) => c.notNull())
      .addColumn('on_time', 'integer', (c) => c.check(sql`on_time is null or on_time in (0, 1)`))
      .addColumn('days_late', 'integer')
      .addUniqueConstraint('complaint_stages_reference_stage', ['reference', 'stage'])
      .addCheckConstraint('complaint_stages_acknowledged_after', sql`acknowledged is null or acknowledged >= received`)
      .addCheckConstraint('complaint_stages_responded_after', sql`responded is null or responded >= received`),
  ).execute();
  await db.schema.createIndex('complaint_stages_received').on('complaint_stages').columns(['received', 'stage']).execute();
  await db.schema.createIndex('complaint_stages_responded').on('complaint_stages').columns(['responded', 'stage']).execute();
  await db.schema.createIndex('complaint_stages_open').on('complaint_stages').columns(['responded', 'response_due']).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'non_working_days'))
      .addColumn('date', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'complaint_year_homes'))
      .addColumn('year', 'text', (c) => c.notNull().unique())
      .addColumn('social_homes', 'integer', (c) => c.notNull().check(sql`social_homes > 0`)),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaint_year_homes').execute();
  await db.schema.dropTable('non_working_days').execute();
  await db.schema.dropTable('complaint_stages').execute();
}
