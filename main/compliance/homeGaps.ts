import { sql, type RawBuilder } from 'kysely';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { coverQuery } from './position';
import { checkVersions, perCheckType, type StockChanges } from './checkVersions';

// Which homes have a check that is not in date (overdue, never recorded, or no access), by the
// same rule as the position table: the homes grid shows them and filters to them.

/** (id, check_type) for each home and each of its checks not in date; `ids` limits it to some homes. */
function gapsQuery(asAt: IsoDate, ids: number[] | null): RawBuilder<{ id: number; check_type: CheckType }> {
  return sql`${sql.join(
    CHECK_TYPES.map(
      (type) => sql`select c.id, ${type} as check_type from (${coverQuery(type, asAt, ids ?? undefined)}) c where coalesce(c.cover, '') < ${asAt}`,
    ),
    sql` union all `,
  )}`;
}

const gapsKept = perCheckType<number[]>();

/**
 * The homes with any check not in date (of the types given, else all six), in order of id, worked
 * out over the whole stock one check type at a time, each kept until a write touches its check type
 * (checkVersions.ts): after a gas certificate only gas is worked out again, and after a change to a
 * few homes or blocks only those homes and the homes of those blocks are looked at again. The hosts run it on a read worker (readTasks.ts) and
 * keep the answer until the next write (compliance/keptOnHost.ts).
 */
export async function homeGapIds(db: ReadDb, asAt: IsoDate, types: readonly CheckType[] = CHECK_TYPES): Promise<number[]> {
  const versions = await checkVersions(db);
  const all = new Set<number>();
  for (const type of types) {
    const gaps = async (onlyHomes?: readonly number[]) =>
      (
        await sql<{ id: number }>`select c.id from (${coverQuery(type, asAt, onlyHomes)}) c where coalesce(c.cover, '') < ${asAt}`.execute(sqlReader(db))
      ).rows.map((r) => Number(r.id));
    const ids = await gapsKept(
      db,
      versions,
      type,
      asAt,
      () => gaps(),
      (kept, changes) => carryGaps(db, kept, changes, gaps),
    );
    for (const id of ids) all.add(id);
  }
  return [...all].sort((a, b) => a - b);
}

/** More homes than this touched by the changes, and the gaps are worked out again over the whole stock. */
const HOMES_CARRIED = 2000;

/** The homes kept, with the changed homes and every home of a changed block looked at again. */
async function carryGaps(db: ReadDb, kept: readonly number[], changes: StockChanges, gaps: (onlyHomes?: readonly number[]) => Promise<number[]>) {
  const inBlocks = changes.blocks.length ? await db.selectFrom('dwellings').select('id').where('block_id', 'in', changes.blocks).execute() : [];
  const touched = new Set([...changes.homes, ...inBlocks.map((h) => Number(h.id))]);
  if (touched.size > HOMES_CARRIED) return gaps();
  return [...kept.filter((id) => !touched.has(id)), ...(touched.size ? await gaps([...touched]) : [])];
}

/**
 * The homes with gaps, as a subquery to filter by: handed back to SQL as a JSON array of their ids
 * (json_each in SQLite, json_array_elements in PostgreSQL), there being too many for bound parameters.
 */
export function homesWithGaps(ids: string): RawBuilder<{ id: number }> {
  return sql<{ id: number }>`select value as id from json_each(${ids})`;
}

/** For some homes: the checks each has that are not in date, in the usual order. */
export async function gapsFor(db: ReadDb, ids: number[], asAt: IsoDate): Promise<Map<number, CheckType[]>> {
  const out = new Map<number, CheckType[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = (await gapsQuery(asAt, ids).execute(sqlReader(db))).rows;
  for (const r of rows) out.get(Number(r.id))?.push(r.check_type);
  for (const list of out.values()) list.sort((a, b) => CHECK_TYPES.indexOf(a) - CHECK_TYPES.indexOf(b));
  return out;
}
