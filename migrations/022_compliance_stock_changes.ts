import { type Kysely, sql } from 'kysely';
import { createStrictTable, isSqlite } from './helpers';

// What is worked out over the whole stock per check type (the overdue list's items, the homes
// with a check not in date) is kept with its check type's version (migration 018), and any
// change to a home, a block or a lift moves every version on: after one home's tenure changed,
// the overdue list was worked out again for all six checks (100-390 ms at 60,000 homes). The
// triggers that move the versions on for the stock now also write a row here for each version
// moved, naming the home and the blocks concerned, so a reader holding a result from version v
// and stock change s can tell, from the versions and changes now, whether only the stock has
// changed since (as many rows after s as versions after v) and work out again only the homes and
// blocks named (main/compliance/checkVersions.ts). The last STOCK_CHANGES_KEPT rows are kept; a
// reader further behind works everything out again. Nothing here cannot be worked out again.

export const STOCK_CHANGES_KEPT = 1000;

const STOCK_COLUMNS = {
  dwellings: ['active', 'tenure', 'has_gas', 'block_id'],
  blocks: ['passenger_lifts', 'communal_water', 'asbestos_present', 'communal_electrics'],
  lifts: ['block_id'],
} as const;

type Table = keyof typeof STOCK_COLUMNS;
type Write = 'insert' | 'delete' | 'update';

/** (home_id, block_id, other_block_id) of each write: a home with the block it was in and the one it is in; a block; a lift's blocks. */
const NAMED: Record<Table, Record<Write, string>> = {
  dwellings: { insert: 'new.id, new.block_id, null', delete: 'old.id, old.block_id, null', update: 'old.id, old.block_id, new.block_id' },
  blocks: { insert: 'null, new.id, null', delete: 'null, old.id, null', update: 'null, old.id, null' },
  lifts: { insert: 'null, new.block_id, null', delete: 'null, old.block_id, null', update: 'null, old.block_id, new.block_id' },
};

export async function up(db: Kysely<any>): Promise<void> {
  await createStrictTable(db, 'compliance_stock_changes')
    .addColumn('seq', 'integer', (c) => (isSqlite(db) ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()))
    .addColumn('home_id', 'integer')
    .addColumn('block_id', 'integer')
    .addColumn('other_block_id', 'integer')
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const bumpAll = 'update compliance_versions set version = version + 1;';
const log = (named: string) =>
  `insert into compliance_stock_changes (home_id, block_id, other_block_id) values (${named});
   delete from compliance_stock_changes where seq <= (select max(seq) from compliance_stock_changes) - ${STOCK_CHANGES_KEPT};`;
const changed = (columns: readonly string[], op: string) => columns.map((c) => `old.${c} ${op} new.${c}`).join(' or ');

// 018's stock triggers, each with its row here
async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements: string[] = [];
  for (const [table, columns] of Object.entries(STOCK_COLUMNS) as [Table, readonly string[]][]) {
    const named = NAMED[table];
    statements.push(
      `drop trigger ${table}_versions_insert`,
      `drop trigger ${table}_versions_delete`,
      `drop trigger ${table}_versions_update`,
      `create trigger ${table}_versions_insert after insert on ${table} begin ${bumpAll} ${log(named.insert)} end`,
      `create trigger ${table}_versions_delete after delete on ${table} begin ${bumpAll} ${log(named.delete)} end`,
      `create trigger ${table}_versions_update after update on ${table} when ${changed(columns, 'is not')} begin ${bumpAll} ${log(named.update)} end`,
    );
  }
  for (const s of statements) await sql.raw(s).execute(db);
}

// 018's function serves every table; its triggers stay as they are
async function postgresTriggers(db: Kysely<any>): Promise<void> {
  const stock = (Object.keys(STOCK_COLUMNS) as Table[])
    .map(
      (table) => `tg_table_name = '${table}' then
            if tg_op = 'INSERT' then ${log(NAMED[table].insert)}
            elsif tg_op = 'DELETE' then ${log(NAMED[table].delete)}
            else ${log(NAMED[table].update)} end if;`,
    )
    .join('\n          elsif ');
  await sql
    .raw(
      `create or replace function compliance_versions_bump() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'certificates' then
          if tg_op in ('UPDATE', 'DELETE') then update compliance_versions set version = version + 1 where check_type = old.check_type; end if;
          if tg_op in ('UPDATE', 'INSERT') then update compliance_versions set version = version + 1 where check_type = new.check_type; end if;
        else
          ${bumpAll}
          if ${stock}
          end if;
        end if;
        return null;
      end $$`,
    )
    .execute(db);
}
