import { sql, type RawBuilder } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { blockChecks, blockNeeds, least } from './position';
import { socialTenureSql } from './socialTenure';

// The trend's points of one check type, all in one pass over its certificates: each home's cover
// (the latest expiry among the checks done by a date that serve it, in the home and in its block)
// by the position's rule (coverQuery), worked out at every point at once. A point at a time, the
// 11 points of a year after a change to the stock read every home's checks 11 times (about 2 s of
// gas and electrical at 60,000 homes). The position's figures due soon come from the same pass.

/** A check type's figures at each of the points asked for, in their order, and the position's figures due soon at one of them. */
export type PointCounts = { requiring: number; compliant: number[]; due?: DueCounts };

/** How many homes' cover runs out within 30, 60 and 90 days of a date (and has not by then). */
export type DueCounts = { due30: number; due60: number; due90: number };

const col = (i: number) => sql.ref(`p${i}`);

/**
 * Per `key` (home, block or lift) of the certificates chosen: p0, p1, ... the latest expiry among
 * its checks done by that point. A check that ran out before the first point, or was done after
 * the last, bears on none of them and is not read (so a cover that ran out before the first point
 * is null here: out of date at every point either way).
 */
function coverAt(key: RawBuilder<unknown>, which: RawBuilder<unknown>, points: readonly IsoDate[]) {
  const first = points.reduce((a, b) => (a < b ? a : b));
  const last = points.reduce((a, b) => (a > b ? a : b));
  const each = points.map((at, i) => sql`max(case when c.date_done <= ${at} then c.expiry_date end) as ${col(i)}`);
  return sql`select ${key} as id, ${sql.join(each)} from certificates c
    where ${which} and c.expiry_date >= ${first} and c.date_done <= ${last} group by ${key}`;
}

/** The rows of a check type's homes that need it (`source`: its covers and the homes), and a home's cover at the i-th point. */
interface Covers {
  source: (counts: RawBuilder<unknown>) => RawBuilder<unknown>;
  cover: (i: number) => RawBuilder<unknown>;
}

function coversOf(type: CheckType, points: readonly IsoDate[]): Covers {
  const social = socialTenureSql;
  const at = (alias: string, i: number) => sql.ref(`${alias}.p${i}`);
  switch (type) {
    case 'GAS':
      return {
        source: (counts) => sql`with own as materialized (${coverAt(sql`c.dwelling_id`, sql`c.check_type = 'GAS' and c.dwelling_id is not null`, points)})
          select ${counts} from dwellings d left join own o on o.id = d.id
          where d.active = 1 and ${social} and d.has_gas = 1`,
        cover: (i) => at('o', i),
      };
    case 'EICR':
      // a social home needs its own report and, where the block has a communal supply, the
      // block's too; a leaseholder's flat counts the communal one only
      return {
        source: (counts) => sql`with own as materialized (${coverAt(sql`c.dwelling_id`, sql`c.check_type = 'EICR' and c.dwelling_id is not null`, points)}),
            communal as materialized (${coverAt(sql`c.block_id`, blockChecks('EICR'), points)})
          select ${counts} from dwellings d left join blocks b on b.id = d.block_id left join own o on o.id = d.id left join communal bc on bc.id = d.block_id
          where d.active = 1 and (${social} or b.communal_electrics = 1)`,
        cover: (i) => {
          const own = sql`coalesce(${at('o', i)}, '')`;
          const communal = sql`coalesce(${at('bc', i)}, '')`;
          return sql`(case when not (${social}) then ${communal} when coalesce(b.communal_electrics, 0) = 1 then ${least(own, communal)} else ${own} end)`;
        },
      };
    case 'LIFT':
      // a block's lift cover is the earliest of its lifts' ('': a lift never examined)
      return {
        source: (counts) => sql`with lift as materialized (${coverAt(sql`c.lift_id`, sql`c.check_type = 'LIFT' and c.lift_id is not null`, points)}),
            lifts_block as materialized (
              select l.block_id as id, ${sql.join(points.map((_, i) => sql`min(coalesce(${at('lc', i)}, '')) as ${col(i)}`))}
              from lifts l left join lift lc on lc.id = l.id group by l.block_id)
          select ${counts} from dwellings d join blocks b on b.id = d.block_id left join lifts_block lb on lb.id = b.id
          where d.active = 1 and b.passenger_lifts > 0`,
        cover: (i) => at('lb', i),
      };
    default: {
      return {
        source: (counts) => sql`with communal as materialized (${coverAt(sql`c.block_id`, blockChecks(type), points)})
          select ${counts} from dwellings d join blocks b on b.id = d.block_id left join communal bc on bc.id = b.id
          where d.active = 1 and ${blockNeeds(type)}`,
        cover: (i) => at('bc', i),
      };
    }
  }
}

const counted = (name: string, when: RawBuilder<unknown>) => sql`coalesce(sum(case when ${when} then 1 else 0 end), 0) as ${sql.ref(name)}`;

/**
 * One check type's homes that need it (`requiring`: today's stock throughout, as the trend says),
 * how many were covered at each point (c0, c1, ...) and, when `dueAt` is one of the points, how
 * many of those covered then ran out within 30, 60 and 90 days (due30, due60, due90).
 */
export function trendPointsQuery(type: CheckType, points: readonly IsoDate[], dueAt?: IsoDate): RawBuilder<Record<string, number>> {
  const { source, cover } = coversOf(type, points);
  const counts = [sql`count(*) as requiring`, ...points.map((at, i) => counted(`c${i}`, sql`${cover(i)} >= ${at}`))];
  const k = dueAt === undefined ? -1 : points.indexOf(dueAt);
  if (dueAt !== undefined && k >= 0)
    for (const days of [30, 60, 90]) counts.push(counted(`due${days}`, sql`${cover(k)} >= ${dueAt} and ${cover(k)} <= ${addDays(dueAt, days)}`));
  return source(sql.join(counts)) as RawBuilder<Record<string, number>>;
}

/** One check type's figures at each point, in one query (and those due soon at `dueAt`, one of the points). */
export async function trendPoints(db: ReadDb, type: CheckType, points: readonly IsoDate[], dueAt?: IsoDate): Promise<PointCounts> {
  if (points.length === 0) return { requiring: 0, compliant: [] };
  const row = (await trendPointsQuery(type, points, dueAt).execute(sqlReader(db))).rows[0]!;
  const out: PointCounts = { requiring: Number(row.requiring), compliant: points.map((_, i) => Number(row[`c${i}`])) };
  if (row.due30 !== undefined) out.due = { due30: Number(row.due30), due60: Number(row.due60), due90: Number(row.due90) };
  return out;
}
