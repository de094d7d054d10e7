import { type Kysely, sql } from 'kysely';
import { createStrictTable, withId, withTimestamps } from './helpers';

// The performance measures register: measures, their targets per financial year, and their
// values per period (typed, imported, or worked out from another register). The built-in
// measures are seeded here, written out as they shipped: a later change to one is a new step.

type Seed = [
  code: string,
  name: string,
  unit: string,
  polarity: string,
  frequency: string,
  aggregation: string,
  isPublic: 0 | 1,
  computedFrom: string | null,
  computedKey: string | null,
  source: string,
  definition: string,
];

const TSM = "Regulator of Social Housing, tenant satisfaction measures' management information";
const LOCAL = 'Local measure';

// prettier-ignore
const BUILT_IN: Seed[] = [
  ['BS01', 'Gas safety checks', 'percent', 'higher', 'monthly', 'latest', 1, 'compliance', 'BS01', TSM,
    'The share of social homes with a gas supply that have an in-date gas safety check at the end of the month.'],
  ['BS02', 'Fire safety checks', 'percent', 'higher', 'monthly', 'latest', 1, 'compliance', 'BS02', TSM,
    'The share of social homes in blocks that need a fire risk assessment whose block has an in-date one at the end of the month.'],
  ['BS03', 'Asbestos safety checks', 'percent', 'higher', 'monthly', 'latest', 1, 'compliance', 'BS03', TSM,
    'The share of social homes in blocks with asbestos whose block has an in-date asbestos survey at the end of the month.'],
  ['BS04', 'Water safety checks', 'percent', 'higher', 'monthly', 'latest', 1, 'compliance', 'BS04', TSM,
    'The share of social homes in blocks with communal water whose block has an in-date legionella risk assessment at the end of the month.'],
  ['BS05', 'Lift safety checks', 'percent', 'higher', 'monthly', 'latest', 1, 'compliance', 'BS05', TSM,
    'The share of social homes in blocks with passenger lifts where every lift has an in-date thorough examination at the end of the month.'],
  ['CH01-S1', 'Stage 1 complaints per 1,000 homes', 'per_1000_homes', 'lower', 'monthly', 'sum', 1, 'complaints', 'CH01-S1', TSM,
    'Stage 1 complaints received from social housing tenants in the period, for every 1,000 social homes.'],
  ['CH01-S2', 'Stage 2 complaints per 1,000 homes', 'per_1000_homes', 'lower', 'monthly', 'sum', 1, 'complaints', 'CH01-S2', TSM,
    'Stage 2 complaints received from social housing tenants in the period, for every 1,000 social homes.'],
  ['CH02-S1', 'Stage 1 complaints answered on time', 'percent', 'higher', 'monthly', 'ratio', 1, 'complaints', 'CH02-S1', TSM,
    'Of the stage 1 complaints responded to in the period, the share answered within the Complaint Handling Code’s timescale.'],
  ['CH02-S2', 'Stage 2 complaints answered on time', 'percent', 'higher', 'monthly', 'ratio', 1, 'complaints', 'CH02-S2', TSM,
    'Of the stage 2 complaints responded to in the period, the share answered within the Complaint Handling Code’s timescale.'],
  ['RP01', 'Homes that do not meet the Decent Homes Standard', 'percent', 'lower', 'annual', 'latest', 1, null, null, TSM,
    'The share of social homes that did not meet the Decent Homes Standard at the end of the year.'],
  ['RP02-EM', 'Emergency repairs completed on time', 'percent', 'higher', 'monthly', 'ratio', 1, null, null, TSM,
    'Of the emergency repairs completed in the period, the share completed within the landlord’s target timescale.'],
  ['RP02-NEM', 'Non-emergency repairs completed on time', 'percent', 'higher', 'monthly', 'ratio', 1, null, null, TSM,
    'Of the non-emergency repairs completed in the period, the share completed within the landlord’s target timescale.'],
  ['NM01', 'Anti-social behaviour cases per 1,000 homes', 'per_1000_homes', 'lower', 'monthly', 'sum', 1, null, null, TSM,
    'Anti-social behaviour cases opened in the period, for every 1,000 social homes.'],
  ['CALLS', 'Calls answered', 'percent', 'higher', 'monthly', 'ratio', 1, null, null, LOCAL,
    'Of the calls the customer service centre received, the share answered.'],
  ['S1-DAYS', 'Average working days to respond at stage 1', 'days', 'lower', 'monthly', 'average', 1, null, null, LOCAL,
    'The average number of working days from receiving a stage 1 complaint to sending the response.'],
  ['ESCALATION', 'Complaints escalated to stage 2', 'percent', 'lower', 'monthly', 'ratio', 0, null, null, LOCAL,
    'Of the stage 1 responses sent, the share whose complainant asked for a stage 2 review.'],
  ['OVERTURNED', 'Stage 1 decisions overturned at stage 2', 'percent', 'lower', 'monthly', 'ratio', 0, null, null, LOCAL,
    'Of the stage 2 responses sent, the share that changed the stage 1 decision.'],
  ['UPHELD', 'Stage 2 complaints upheld', 'percent', 'lower', 'monthly', 'ratio', 0, null, null, LOCAL,
    'Of the stage 2 responses sent, the share that upheld the complaint in full or in part.'],
  ['HOS-DET', 'Housing Ombudsman determinations', 'number', 'lower', 'monthly', 'sum', 1, null, null, LOCAL,
    'The number of the landlord’s cases the Housing Ombudsman determined in the period.'],
  ['HOS-MAL', 'Ombudsman maladministration rate', 'percent', 'lower', 'monthly', 'ratio', 1, null, null, LOCAL,
    'Of the Housing Ombudsman’s determinations, the share with a finding of maladministration or severe maladministration.'],
  ['COMPENSATION', 'Compensation paid', 'pounds', 'lower', 'monthly', 'sum', 0, null, null, LOCAL,
    'The compensation paid to residents on complaints in the period, in pounds.'],
  ['COMPLIMENTS', 'Compliments received', 'number', 'higher', 'monthly', 'sum', 1, null, null, LOCAL,
    'The number of compliments residents sent about the housing service in the period.'],
  ['TRAINING', 'Mandatory training up to date', 'percent', 'higher', 'monthly', 'latest', 0, 'training', 'mandatory', LOCAL,
    'Of the mandatory courses staff need, the share done and in date (or waived) at the end of the month, from the training matrix.'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const oneOf = (column: string, values: string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
  await withTimestamps(
    withId(db, createStrictTable(db, 'measures'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('unit', 'text', (c) => c.notNull().check(oneOf('unit', ['percent', 'number', 'days', 'per_1000_homes', 'pounds'])))
      .addColumn('polarity', 'text', (c) => c.notNull().check(oneOf('polarity', ['higher', 'lower'])))
      .addColumn('frequency', 'text', (c) => c.notNull().check(oneOf('frequency', ['monthly', 'quarterly', 'annual'])))
      .addColumn('aggregation', 'text', (c) => c.notNull().check(oneOf('aggregation', ['sum', 'average', 'latest', 'ratio'])))
      .addColumn('owner_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('public', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`public in (0, 1)`),
      )
      .addColumn('computed_from', 'text', (c) => c.check(sql`computed_from is null or computed_from in ('compliance', 'complaints', 'training')`))
      .addColumn('computed_key', 'text')
      .addColumn('built_in', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`built_in in (0, 1)`),
      )
      .addCheckConstraint('measures_computed_key', sql`(computed_from is null) = (computed_key is null)`),
  ).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'measure_targets'))
      .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id').onDelete('cascade'))
      // a financial year, 2025/26
      .addColumn('year', 'text', (c) => c.notNull())
      .addColumn('target', 'real', (c) => c.notNull())
      .addColumn('tolerance', 'real', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`tolerance >= 0`),
      )
      .addUniqueConstraint('measure_targets_once', ['measure_id', 'year']),
  ).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'measure_values'))
      .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id').onDelete('cascade'))
      // as written: 2025-10, 2025-Q3 or 2025/26; its first and last days and financial year alongside
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('year', 'text', (c) => c.notNull())
      .addColumn('value', 'real', (c) => c.notNull())
      .addColumn('numerator', 'real')
      .addColumn('denominator', 'real')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('computed', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`computed in (0, 1)`),
      )
      .addUniqueConstraint('measure_values_once', ['measure_id', 'period']),
  ).execute();
  await db.schema.createIndex('measure_values_year').on('measure_values').columns(['year', 'measure_id']).execute();

  const at = new Date().toISOString();
  await db
    .insertInto('measures')
    .values(
      BUILT_IN.map(([code, name, unit, polarity, frequency, aggregation, isPublic, computedFrom, computedKey, source, definition]) => ({
        code,
        name,
        definition,
        unit,
        polarity,
        frequency,
        aggregation,
        source,
        public: isPublic,
        computed_from: computedFrom,
        computed_key: computedKey,
        built_in: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['measure_values', 'measure_targets', 'measures']) await db.schema.dropTable(t).execute();
}
