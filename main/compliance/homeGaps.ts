import { sql, type RawBuilder } from 'kysely';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { coverQuery } from './position';

// Which homes have a check that is not in date (overdue, never recorded, or no access), by the
// same rule as the position table: the homes grid shows them and filters to them.

/** (id, check_type) for each home and each of its checks not in date; `ids` limits it to some homes. */
function gapsQuery(asAt: IsoDate, ids: number[] | null): RawBuilder<{ id: number; check_type: CheckType }> {
  const only = ids ? sql`and c.id in (${sql.join(ids)})` : sql``;
  return sql`${sql.join(
    CHECK_TYPES.map((type) => sql`select c.id, ${type} as check_type from (${coverQuery(type, asAt)}) c where (c.cover is null or c.cover < ${asAt}) ${only}`),
    sql` union all `,
  )}`;
}

/** The ids of homes with any check not in date, as a subquery to filter by. */
export const homesWithGaps = (asAt: IsoDate) => sql<{ id: number }>`select distinct g.id from (${gapsQuery(asAt, null)}) g`;

/** For some homes: the checks each has that are not in date, in the usual order. */
export async function gapsFor(db: ReadDb, ids: number[], asAt: IsoDate): Promise<Map<number, CheckType[]>> {
  const out = new Map<number, CheckType[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = (await gapsQuery(asAt, ids).execute(sqlReader(db))).rows;
  for (const r of rows) out.get(Number(r.id))?.push(r.check_type);
  for (const list of out.values()) list.sort((a, b) => CHECK_TYPES.indexOf(a) - CHECK_TYPES.indexOf(b));
  return out;
}
