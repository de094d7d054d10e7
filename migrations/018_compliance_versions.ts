import { type Kysely, sql } from 'kysely';
import { createStrictTable, isSqlite } from './helpers';

// A version per check type, moved on by triggers in the writer's own transaction, whoever writes
// (the app, an import's worker, the command line), by any write that could change that check
// type's figures: one of its certificates written, changed or deleted; any change to homes,
// blocks or lifts moves them all. Work done over the whole stock for one check type (the overdue
// list's items, a building-safety measure) is kept with the version it was worked out at, so after
// a gas certificate is written only gas is worked out again. The same columns as 014's triggers.

const CHECK_TYPES = ['GAS', 'EICR', 'FRA', 'WATER', 'LIFT', 'ASBESTOS'];

const STOCK_COLUMNS = {
  dwellings: ['active', 'tenure', 'has_gas', 'block_id'],
  blocks: ['passenger_lifts', 'communal_water', 'asbestos_present', 'communal_electrics'],
  lifts: ['block_id'],
} as const;

const CERTIFICATE_COLUMNS = ['check_type', 'dwelling_id', 'block_id', 'lift_id', 'date_done', 'expiry_date'];

export async function up(db: Kysely<any>): Promise<void> {
  await createStrictTable(db, 'compliance_versions')
    .addColumn('check_type', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('compliance_versions')
    .values(CHECK_TYPES.map((check_type) => ({ check_type, version: 1 })))
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const bump = (where: string) => `update compliance_versions set version = version + 1${where ? ` where ${where}` : ''};`;
const changed = (columns: readonly string[]) => columns.map((c) => `old.${c} is not new.${c}`).join(' or ');

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements = [
    `create trigger certificates_versions_insert after insert on certificates begin ${bump('check_type = new.check_type')} end`,
    `create trigger certificates_versions_delete after delete on certificates begin ${bump('check_type = old.check_type')} end`,
    `create trigger certificates_versions_update after update on certificates when ${changed(CERTIFICATE_COLUMNS)}
      begin ${bump('check_type in (old.check_type, new.check_type)')} end`,
  ];
  for (const [table, columns] of Object.entries(STOCK_COLUMNS))
    statements.push(
      `create trigger ${table}_versions_insert after insert on ${table} begin ${bump('')} end`,
      `create trigger ${table}_versions_delete after delete on ${table} begin ${bump('')} end`,
      `create trigger ${table}_versions_update after update on ${table} when ${changed(columns)} begin ${bump('')} end`,
    );
  for (const s of statements) await sql.raw(s).execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function compliance_versions_bump() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'certificates' then
          if tg_op in ('UPDATE', 'DELETE') then ${bump('check_type = old.check_type')} end if;
          if tg_op in ('UPDATE', 'INSERT') then ${bump('check_type = new.check_type')} end if;
        else
          ${bump('')}
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  const watched: Record<string, readonly string[]> = { certificates: CERTIFICATE_COLUMNS, ...STOCK_COLUMNS };
  for (const [table, columns] of Object.entries(watched)) {
    const distinct = columns.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(`create trigger ${table}_versions_write after insert or delete on ${table} for each row execute function compliance_versions_bump()`)
      .execute(db);
    await sql
      .raw(`create trigger ${table}_versions_update after update on ${table} for each row when (${distinct}) execute function compliance_versions_bump()`)
      .execute(db);
  }
}
