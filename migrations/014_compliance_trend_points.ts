import { type Kysely, sql } from 'kysely';
import { createStrictTable, isSqlite } from './helpers';

// The compliance trend's points, kept: a month end's share of homes in date needs one look-up per
// home, and a trend of 12 months over 6 checks is 72 of them (1.8 s at 60,000 homes). A point as
// at a date depends only on the certificates done by that date and on today's stock, so triggers
// drop exactly the points a write can change, in the writer's own transaction, whoever writes (the
// app, an import's worker, the command line): a certificate written, changed or deleted drops its
// check type's points on or after its date; any change to homes, blocks or lifts drops them all.
// The table holds nothing that cannot be worked out again; emptying it is always safe.

const STOCK_COLUMNS = {
  dwellings: ['active', 'tenure', 'has_gas', 'block_id'],
  blocks: ['passenger_lifts', 'communal_water', 'asbestos_present', 'communal_electrics'],
  lifts: ['block_id'],
} as const;

const CERTIFICATE_COLUMNS = ['check_type', 'dwelling_id', 'block_id', 'lift_id', 'date_done', 'expiry_date'];

export async function up(db: Kysely<any>): Promise<void> {
  await createStrictTable(db, 'compliance_trend_points')
    .addColumn('check_type', 'text', (c) => c.notNull())
    .addColumn('as_at', 'text', (c) => c.notNull())
    .addColumn('requiring', 'integer', (c) => c.notNull())
    .addColumn('compliant', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('compliance_trend_points_key', ['check_type', 'as_at'])
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const drop = (row: 'new' | 'old') => `delete from compliance_trend_points where check_type = ${row}.check_type and as_at >= ${row}.date_done;`;

/** An update that leaves every column a figure reads as it was (an address, a contractor) drops nothing. */
const changed = (columns: readonly string[]) => columns.map((c) => `old.${c} is not new.${c}`).join(' or ');

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements = [
    `create trigger certificates_trend_insert after insert on certificates begin ${drop('new')} end`,
    `create trigger certificates_trend_delete after delete on certificates begin ${drop('old')} end`,
    `create trigger certificates_trend_update after update on certificates when ${changed(CERTIFICATE_COLUMNS)} begin ${drop('old')} ${drop('new')} end`,
  ];
  for (const [table, columns] of Object.entries(STOCK_COLUMNS))
    statements.push(
      `create trigger ${table}_trend_insert after insert on ${table} begin delete from compliance_trend_points; end`,
      `create trigger ${table}_trend_delete after delete on ${table} begin delete from compliance_trend_points; end`,
      `create trigger ${table}_trend_update after update on ${table} when ${changed(columns)} begin delete from compliance_trend_points; end`,
    );
  for (const s of statements) await sql.raw(s).execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function compliance_trend_points_drop() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'certificates' then
          if tg_op in ('UPDATE', 'DELETE') then ${drop('old')} end if;
          if tg_op in ('UPDATE', 'INSERT') then ${drop('new')} end if;
        else
          delete from compliance_trend_points;
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  const watched: Record<string, readonly string[]> = { certificates: CERTIFICATE_COLUMNS, ...STOCK_COLUMNS };
  for (const [table, columns] of Object.entries(watched)) {
    const distinct = columns.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(`create trigger ${table}_trend_write after insert or delete on ${table} for each row execute function compliance_trend_points_drop()`)
      .execute(db);
    await sql
      .raw(`create trigger ${table}_trend_update after update on ${table} for each row when (${distinct}) execute function compliance_trend_points_drop()`)
      .execute(db);
  }
}
