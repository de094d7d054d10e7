import { sql, type RawBuilder } from 'kysely';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { coverQuery } from './position';
import { versionCache } from './versionCache';

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

const gapSets = versionCache<string>(4);

/**
 * The homes with any check not in date, as a subquery to filter by. Worked out over the whole
 * stock once and kept until the next write, so that each page of the filtered grid does not work
 * it out again; handed back to SQL as a JSON array (json_each in SQLite, json_array_elements in
 * PostgreSQL), there being too many for bound parameters.
 */
export async function homesWithGaps(db: ReadDb, asAt: IsoDate): Promise<RawBuilder<{ id: number }>> {
  const ids = await gapSets(db, asAt, async () => {
    const rows = (await sql<{ id: number }>`select distinct g.id from (${gapsQuery(asAt, null)}) g order by g.id`.execute(sqlReader(db))).rows;
    return JSON.stringify(rows.map((r) => Number(r.id)));
  });
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
