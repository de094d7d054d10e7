import { type Kysely, sql } from 'kysely';
import { HOMES_NOTED } from './020_compliance_homes_before';
import { createStrictTable, isSqlite } from './helpers';

// The kept trend points carried through a change to a block or a lift too (migration 020 carries
// them through a change to a few homes): a block's communal supplies or lifts changed, or a lift
// added, removed or moved, dropped all 66 points, and working them out again took the compliance
// page about 1 s at 60,000 homes. The triggers now note the block or lift as it was when the points
// were worked out, and each home of the blocks concerned (as 020 notes a changed home: the first
// state since), so that the carry counts those homes with their blocks and lifts as they are now
// and as they were (main/compliance/stockCarry.ts). A new block notes nothing: no home was in it.
// Past HOMES_NOTED homes noted, every point is dropped as before, and every note with them. The
// tables hold nothing that cannot be worked out again; emptying them with the points is safe.

const BLOCK_COLUMNS = ['passenger_lifts', 'communal_water', 'asbestos_present', 'communal_electrics'];
const HOME_COLUMNS = ['active', 'tenure', 'has_gas', 'block_id'];

export async function up(db: Kysely<any>): Promise<void> {
  let blocks = createStrictTable(db, 'compliance_blocks_before')
    .addColumn('block_id', 'integer', (c) => c.primaryKey())
    // 0: the block was added since
    .addColumn('existed', 'integer', (c) => c.notNull());
  for (const c of BLOCK_COLUMNS) blocks = blocks.addColumn(c, 'integer');
  await blocks.execute();
  await createStrictTable(db, 'compliance_lifts_before')
    .addColumn('lift_id', 'integer', (c) => c.primaryKey())
    // 0: the lift was added since
    .addColumn('existed', 'integer', (c) => c.notNull())
    .addColumn('block_id', 'integer')
    .execute();
  if (isSqlite(db)) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const kept = 'exists (select 1 from compliance_trend_points)';
const NOTES = ['compliance_homes_before', 'compliance_blocks_before', 'compliance_lifts_before'];
const tooMany = `delete from compliance_trend_points where (select count(*) from compliance_homes_before) > ${HOMES_NOTED};
  ${NOTES.map((t) => `delete from ${t} where not ${kept};`).join(' ')}`;

const noteHome = (row: 'new' | 'old', existed: 0 | 1) =>
  `insert into compliance_homes_before (home_id, existed, ${HOME_COLUMNS.join(', ')})
     select ${row}.id, ${existed}, ${HOME_COLUMNS.map((c) => (existed ? `${row}.${c}` : 'null')).join(', ')} where ${kept} on conflict do nothing;`;
/** Every home in a block, as it is now: as it was then, unless noted already (then its first state stays). */
const noteHomesOf = (block: string) =>
  `insert into compliance_homes_before (home_id, existed, ${HOME_COLUMNS.join(', ')})
     select id, 1, ${HOME_COLUMNS.join(', ')} from dwellings where block_id = ${block} and ${kept} on conflict do nothing;`;
const noteBlock = `insert into compliance_blocks_before (block_id, existed, ${BLOCK_COLUMNS.join(', ')})
     select old.id, 1, ${BLOCK_COLUMNS.map((c) => `old.${c}`).join(', ')} where ${kept} on conflict do nothing;`;
const noteLift = (row: 'new' | 'old', existed: 0 | 1) =>
  `insert into compliance_lifts_before (lift_id, existed, block_id) select ${row}.id, ${existed}, ${existed ? `${row}.block_id` : 'null'} where ${kept} on conflict do nothing;`;
const changed = (columns: readonly string[], op = 'is not') => columns.map((c) => `old.${c} ${op} new.${c}`).join(' or ');

/** What each table's triggers do on a write (`when`: the update's condition). */
const NOTED = {
  dwellings: { insert: noteHome('new', 0), delete: noteHome('old', 1), update: noteHome('old', 1), when: HOME_COLUMNS },
  blocks: { insert: null, delete: `${noteBlock} ${noteHomesOf('old.id')}`, update: `${noteBlock} ${noteHomesOf('old.id')}`, when: BLOCK_COLUMNS },
  lifts: {
    insert: `${noteLift('new', 0)} ${noteHomesOf('new.block_id')}`,
    delete: `${noteLift('old', 1)} ${noteHomesOf('old.block_id')}`,
    update: `${noteLift('old', 1)} ${noteHomesOf('old.block_id')} ${noteHomesOf('new.block_id')}`,
    when: ['block_id'],
  },
} as const;

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements: string[] = [];
  for (const [table, does] of Object.entries(NOTED)) {
    for (const when of ['insert', 'delete', 'update'] as const) statements.push(`drop trigger ${table}_trend_${when}`);
    if (does.insert) statements.push(`create trigger ${table}_trend_insert after insert on ${table} begin ${does.insert} ${tooMany} end`);
    statements.push(
      `create trigger ${table}_trend_delete after delete on ${table} begin ${does.delete} ${tooMany} end`,
      `create trigger ${table}_trend_update after update on ${table} when ${changed(does.when)} begin ${does.update} ${tooMany} end`,
    );
  }
  for (const s of statements) await sql.raw(s).execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(NOTED)) {
    await sql.raw(`drop trigger ${table}_trend_write on ${table}`).execute(db);
    await sql.raw(`drop trigger ${table}_trend_update on ${table}`).execute(db);
  }
  await sql.raw('drop function compliance_homes_note()').execute(db);
  for (const [table, does] of Object.entries(NOTED)) {
    await sql
      .raw(
        `create function compliance_${table}_note() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then ${does.insert ?? 'null;'}
          elsif tg_op = 'DELETE' then ${does.delete}
          else ${does.update} end if;
          ${tooMany}
          return null;
        end $$`,
      )
      .execute(db);
    await sql
      .raw(`create trigger ${table}_trend_write after insert or delete on ${table} for each row execute function compliance_${table}_note()`)
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_trend_update after update on ${table} for each row when (${changed(does.when, 'is distinct from')}) execute function compliance_${table}_note()`,
      )
      .execute(db);
  }
}
