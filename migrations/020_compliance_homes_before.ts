import { type Kysely, sql } from 'kysely';
import { createStrictTable, isSqlite } from './helpers';

// The kept trend points (migration 014) carried through a change to a few homes instead of
// dropped: a home's tenure, gas supply, block or whether it is let changes every point of the
// trend, and working all 66 out again took the compliance page 1.4 s at 60,000 homes. The
// triggers now note each changed home as it was when the points were worked out (the first state
// since: a home changed twice keeps its first), and whoever reads the points moves them by the
// difference those homes make, counted over those homes only (main/compliance/stockCarry.ts).
// Past HOMES_NOTED homes (an import of homes), the points are dropped as before. A change to a
// block or a lift still drops every point, and the noted homes with them: the notes assume the
// blocks and lifts the points were worked out with. The table holds nothing that cannot be
// worked out again; emptying it with the points is always safe.

/** More changed homes than this and carrying the points would cost more than working them out. */
export const HOMES_NOTED = 250;

const COLUMNS = ['active', 'tenure', 'has_gas', 'block_id'];

export async function up(db: Kysely<any>): Promise<void> {
  await createStrictTable(db, 'compliance_homes_before')
    .addColumn('home_id', 'integer', (c) => c.primaryKey())
    // 0: the home was added since (it counted for nothing)
    .addColumn('existed', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer')
    .addColumn('tenure', 'text')
    .addColumn('has_gas', 'integer')
    .addColumn('block_id', 'integer')
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const kept = 'exists (select 1 from compliance_trend_points)';
const note = (row: 'new' | 'old', existed: 0 | 1) =>
  `insert into compliance_homes_before (home_id, existed, ${COLUMNS.join(', ')})
     select ${row}.id, ${existed}, ${COLUMNS.map((c) => (existed ? `${row}.${c}` : 'null')).join(', ')} where ${kept} on conflict do nothing;`;
const tooMany = `delete from compliance_trend_points where (select count(*) from compliance_homes_before) > ${HOMES_NOTED};
  delete from compliance_homes_before where not ${kept};`;
const changed = COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ');

const STOCK_COLUMNS = {
  blocks: ['passenger_lifts', 'communal_water', 'asbestos_present', 'communal_electrics'],
  lifts: ['block_id'],
} as const;
const dropAll = 'delete from compliance_trend_points; delete from compliance_homes_before;';

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements: string[] = [];
  for (const table of ['dwellings', 'blocks', 'lifts'])
    for (const when of ['insert', 'delete', 'update']) statements.push(`drop trigger ${table}_trend_${when}`);
  statements.push(
    `create trigger dwellings_trend_insert after insert on dwellings begin ${note('new', 0)} ${tooMany} end`,
    `create trigger dwellings_trend_delete after delete on dwellings begin ${note('old', 1)} ${tooMany} end`,
    `create trigger dwellings_trend_update after update on dwellings when ${changed} begin ${note('old', 1)} ${tooMany} end`,
  );
  for (const [table, columns] of Object.entries(STOCK_COLUMNS))
    statements.push(
      `create trigger ${table}_trend_insert after insert on ${table} begin ${dropAll} end`,
      `create trigger ${table}_trend_delete after delete on ${table} begin ${dropAll} end`,
      `create trigger ${table}_trend_update after update on ${table} when ${columns.map((c) => `old.${c} is not new.${c}`).join(' or ')} begin ${dropAll} end`,
    );
  for (const s of statements) await sql.raw(s).execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql.raw('drop trigger dwellings_trend_write on dwellings').execute(db);
  await sql.raw('drop trigger dwellings_trend_update on dwellings').execute(db);
  // 014's function, with its drop of every point taking the notes with it
  await sql
    .raw(
      `create or replace function compliance_trend_points_drop() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'certificates' then
          if tg_op in ('UPDATE', 'DELETE') then delete from compliance_trend_points where check_type = old.check_type and as_at >= old.date_done; end if;
          if tg_op in ('UPDATE', 'INSERT') then delete from compliance_trend_points where check_type = new.check_type and as_at >= new.date_done; end if;
        else
          ${dropAll}
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function compliance_homes_note() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then ${note('new', 0)}
        else ${note('old', 1)} end if;
        ${tooMany}
        return null;
      end $$`,
    )
    .execute(db);
  await sql.raw('create trigger dwellings_trend_write after insert or delete on dwellings for each row execute function compliance_homes_note()').execute(db);
  await sql
    .raw(
      `create trigger dwellings_trend_update after update on dwellings for each row when (${COLUMNS.map((c) => `old.${c} is distinct from new.${c}`).join(' or ')}) execute function compliance_homes_note()`,
    )
    .execute(db);
}
