import { sql, type RawBuilder } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { socialTenureSql } from './socialTenure';

// The trend's points of one check type, all in one pass over its certificates. A home (or block,
// or lift) is covered at a date when a check done by then runs to it or beyond: the position's
// rule (coverQuery: the latest expiry among the checks done by the date reaches it), asked at
// every point at once. Worked out a point at a time, the 11 points of a year after a change to
// the stock read every home's checks 11 times (about 2 s of gas and electrical at 60,000 homes).

/** A check type's figures at each of the points asked for, in their order. */
export type PointCounts = { requiring: number; compliant: number[] };

const col = (i: number) => sql.ref(`p${i}`);

/**
 * Per `key` (home, block or lift) of the certificates chosen: p0, p1, ... 1 when a check done by
 * that point runs to it or beyond, else 0. A check that ran out before the first point, or was
 * done after the last, reaches none of them and is not read.
 */
function reaching(key: RawBuilder<unknown>, which: RawBuilder<unknown>, points: readonly IsoDate[]) {
  const first = points.reduce((a, b) => (a < b ? a : b));
  const last = points.reduce((a, b) => (a > b ? a : b));
  const each = points.map((at, i) => sql`case when max(case when c.date_done <= ${at} then c.expiry_date end) >= ${at} then 1 else 0 end as ${col(i)}`);
  return sql`select ${key} as id, ${sql.join(each)} from certificates c
    where ${which} and c.expiry_date >= ${first} and c.date_done <= ${last} group by ${key}`;
}

/** A block's own (communal) checks of one type: not a home's, not a lift's. */
const blockChecks = (type: CheckType) => sql`c.check_type = ${type} and c.block_id is not null and c.dwelling_id is null and c.lift_id is null`;

/**
 * One check type's homes that need it, and at each point how many were covered: `requiring` and
 * c0, c1, ... (today's stock throughout, as the trend says).
 */
export function trendPointsQuery(type: CheckType, points: readonly IsoDate[]): RawBuilder<Record<string, number>> {
  const social = socialTenureSql;
  const counted = (each: (i: number) => RawBuilder<unknown>) => sql.join(points.map((_, i) => sql`coalesce(sum(${each(i)}), 0) as ${sql.ref(`c${i}`)}`));
  const covered = (alias: string, i: number) => sql`coalesce(${sql.ref(`${alias}.p${i}`)}, 0)`;
  switch (type) {
    case 'GAS':
      return sql`with own as materialized (${reaching(sql`c.dwelling_id`, sql`c.check_type = 'GAS' and c.dwelling_id is not null`, points)})
        select count(*) as requiring, ${counted((i) => covered('o', i))}
        from dwellings d left join own o on o.id = d.id
        where d.active = 1 and ${social} and d.has_gas = 1`;
    case 'EICR':
      // as coverQuery: a social home needs its own report and, where the block has a communal
      // supply, the block's too; a leaseholder's flat counts the communal one only
      return sql`with own as materialized (${reaching(sql`c.dwelling_id`, sql`c.check_type = 'EICR' and c.dwelling_id is not null`, points)}),
          communal as materialized (${reaching(sql`c.block_id`, blockChecks('EICR'), points)})
        select count(*) as requiring, ${counted(
          (i) => sql`case when not (${social}) then ${covered('bc', i)}
            when coalesce(b.communal_electrics, 0) = 1 then ${covered('o', i)} * ${covered('bc', i)}
            else ${covered('o', i)} end`,
        )}
        from dwellings d left join blocks b on b.id = d.block_id left join own o on o.id = d.id left join communal bc on bc.id = d.block_id
        where d.active = 1 and (${social} or b.communal_electrics = 1)`;
    case 'LIFT':
      // a block is covered when every one of its lifts is (a lift never examined: never)
      return sql`with lift as materialized (${reaching(sql`c.lift_id`, sql`c.check_type = 'LIFT' and c.lift_id is not null`, points)}),
          lifts_block as materialized (
            select l.block_id as id, ${sql.join(points.map((_, i) => sql`min(${covered('lc', i)}) as ${col(i)}`))}
            from lifts l left join lift lc on lc.id = l.id group by l.block_id)
        select count(*) as requiring, ${counted((i) => covered('lb', i))}
        from dwellings d join blocks b on b.id = d.block_id left join lifts_block lb on lb.id = b.id
        where d.active = 1 and b.passenger_lifts > 0`;
    default: {
      const needs = type === 'WATER' ? sql`b.communal_water = 1` : type === 'ASBESTOS' ? sql`b.asbestos_present = 1` : sql`1 = 1`;
      return sql`with communal as materialized (${reaching(sql`c.block_id`, blockChecks(type), points)})
        select count(*) as requiring, ${counted((i) => covered('bc', i))}
        from dwellings d join blocks b on b.id = d.block_id left join communal bc on bc.id = b.id
        where d.active = 1 and ${needs}`;
    }
  }
}

/** One check type's figures at each point, in one query. */
export async function trendPoints(db: ReadDb, type: CheckType, points: readonly IsoDate[]): Promise<PointCounts> {
  if (points.length === 0) return { requiring: 0, compliant: [] };
  const row = (await trendPointsQuery(type, points).execute(sqlReader(db))).rows[0]!;
  return { requiring: Number(row.requiring), compliant: points.map((_, i) => Number(row[`c${i}`])) };
}
