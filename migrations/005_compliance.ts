import { type Kysely, sql } from 'kysely';
import { withId, withTimestamps } from './helpers';

const inList = (col: string, values: readonly string[]) => sql`${sql.ref(col)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const CHECKS = ['GAS', 'EICR', 'FRA', 'WATER', 'LIFT', 'ASBESTOS'];

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(withId(db, db.schema.createTable('estates')).addColumn('name', 'text', (c) => c.notNull().unique())).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('blocks'))
      .addColumn('estate_id', 'integer', (c) => c.notNull().references('estates.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('storeys', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(1)
          .check(sql`storeys >= 1`),
      )
      .addColumn('year_built', 'integer')
      .addColumn('fire_risk_tier', 'text', (c) =>
        c
          .notNull()
          .defaultTo('medium')
          .check(inList('fire_risk_tier', ['high', 'medium', 'low'])),
      )
      .addColumn('passenger_lifts', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`passenger_lifts >= 0`),
      )
      .addColumn('communal_water', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('asbestos_present', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('communal_electrics', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('blocks_estate_name', ['estate_id', 'name']),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('lifts'))
      .addColumn('block_id', 'integer', (c) => c.notNull().references('blocks.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint('lifts_block_number', ['block_id', 'number']),
  ).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('dwellings'))
      .addColumn('uprn', 'text', (c) => c.notNull().unique())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('block_id', 'integer', (c) => c.references('blocks.id'))
      .addColumn('tenure', 'text', (c) =>
        c
          .notNull()
          .defaultTo('tenant')
          .check(inList('tenure', ['tenant', 'shared_ownership', 'leaseholder'])),
      )
      .addColumn('has_gas', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('dwellings_block').on('dwellings').column('block_id').execute();

  // Intervals are settings a landlord may change: one row per check type, and one per fire risk tier.
  await db.schema
    .createTable('check_intervals')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('months', 'integer', (c) => c.notNull().check(sql`months > 0`))
    .execute();
  await db
    .insertInto('check_intervals')
    .values([
      { code: 'GAS', months: 12 },
      { code: 'EICR', months: 60 },
      { code: 'WATER', months: 24 },
      { code: 'LIFT', months: 6 },
      { code: 'ASBESTOS', months: 12 },
      { code: 'FRA:high', months: 12 },
      { code: 'FRA:medium', months: 24 },
      { code: 'FRA:low', months: 36 },
    ])
    .execute();

  await withTimestamps(
    withId(db, db.schema.createTable('certificates'))
      .addColumn('check_type', 'text', (c) => c.notNull().check(inList('check_type', CHECKS)))
      .addColumn('dwelling_id', 'integer', (c) => c.references('dwellings.id'))
      .addColumn('block_id', 'integer', (c) => c.references('blocks.id'))
      .addColumn('lift_id', 'integer', (c) => c.references('lifts.id'))
      .addColumn('date_done', 'text', (c) => c.notNull())
      .addColumn('expiry_date', 'text', (c) => c.notNull())
      .addColumn('expiry_given', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('outcome', 'text', (c) =>
        c
          .notNull()
          .defaultTo('satisfactory')
          .check(inList('outcome', ['satisfactory', 'unsatisfactory', 'advisory'])),
      )
      .addColumn('eicr_codes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('contractor', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reference', 'text')
      .addColumn('evidence_path', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('certificates_reference', ['reference']),
  ).execute();
  // The measures ask, per home, "is there a check done by the date that is still in date?"
  await db.schema.createIndex('certificates_dwelling').on('certificates').columns(['check_type', 'dwelling_id', 'expiry_date', 'date_done']).execute();
  await db.schema.createIndex('certificates_block').on('certificates').columns(['check_type', 'block_id', 'expiry_date', 'date_done']).execute();
  await db.schema.createIndex('certificates_lift').on('certificates').columns(['lift_id', 'expiry_date', 'date_done']).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('no_access_visits'))
      .addColumn('check_type', 'text', (c) => c.notNull().check(inList('check_type', CHECKS)))
      .addColumn('dwelling_id', 'integer', (c) => c.references('dwellings.id'))
      .addColumn('block_id', 'integer', (c) => c.references('blocks.id'))
      .addColumn('visit_date', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createIndex('no_access_dwelling').on('no_access_visits').columns(['check_type', 'dwelling_id', 'visit_date']).execute();

  await withTimestamps(
    withId(db, db.schema.createTable('remedial_actions'))
      .addColumn('certificate_id', 'integer', (c) => c.notNull().references('certificates.id').onDelete('cascade'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('priority', 'text', (c) => c.notNull().check(inList('priority', ['immediate', '24h', '28_days', '3_months', 'advisory'])))
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('completed_date', 'text')
      .addColumn('owner_id', 'integer', (c) => c.references('people.id')),
  ).execute();
  await db.schema.createIndex('remedial_open').on('remedial_actions').columns(['completed_date', 'due_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['remedial_actions', 'no_access_visits', 'certificates', 'check_intervals', 'dwellings', 'lifts', 'blocks', 'estates']) {
    await db.schema.dropTable(t).execute();
  }
}
