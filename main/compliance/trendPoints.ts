import { sql, type RawBuilder } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { blockChecks, blockNeeds, least } from './coverSql';
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

/**
 * Which homes are counted: the whole stock, or some homes (`homes`: rows with the columns of
 * dwellings that the rules read, `id`, `active`, `tenure`, `has_gas`, `block_id`), with the blocks
 * and lifts they are counted with (`blocks`: rows with blocks' `id`, `passenger_lifts`,
 * `communal_water`, `asbestos_present`, `communal_electrics`; `lifts`: `id`, `block_id`), and
 * then only their certificates and their blocks' and lifts' are read (stockCarry.ts: a few homes
 * as they are now and as they were).
 */
export type HomesCounted = { homes: RawBuilder<unknown>; blocks: RawBuilder<unknown>; lifts: RawBuilder<unknown> } | undefined;

function coversOf(type: CheckType, points: readonly IsoDate[], scope: HomesCounted): Covers {
  const social = socialTenureSql;
  const at = (alias: string, i: number) => sql.ref(`${alias}.p${i}`);
  const homes = scope ? sql`(${scope.homes})` : sql`dwellings`;
  const blocks = scope ? scope.blocks : sql`blocks`;
  const lifts = scope ? scope.lifts : sql`lifts`;
  const theirs = scope ? sql`c.dwelling_id in (select h.id from ${homes} h)` : sql`1 = 1`;
  const blocksOf = (type: CheckType) => blockChecks(type, scope ? sql`select h.block_id from ${homes} h` : undefined);
  const liftsOf = scope ? sql`l.block_id in (select h.block_id from ${homes} h)` : sql`1 = 1`;
  // their lifts' checks read by lift (`|| ''` hides the check type from the planner, which would read every lift check)
  const liftChecks = scope
    ? sql`c.check_type || '' = 'LIFT' and c.lift_id in (select l.id from ${lifts} l where ${liftsOf})`
    : sql`c.check_type = 'LIFT' and c.lift_id is not null`;
  switch (type) {
    case 'GAS':
      return {
        source: (
          counts,
        ) => sql`with own as materialized (${coverAt(sql`c.dwelling_id`, sql`c.check_type = 'GAS' and c.dwelling_id is not null and ${theirs}`, points)})
          select ${counts} from ${homes} d left join own o on o.id = d.id
          where d.active = 1 and ${social} and d.has_gas = 1`,
        cover: (i) => at('o', i),
      };
    case 'EICR':
      // a social home needs its own report and, where the block has a communal supply, the
      // block's too; a leaseholder's flat counts the communal one only
      return {
        source: (
          counts,
        ) => sql`with own as materialized (${coverAt(sql`c.dwelling_id`, sql`c.check_type = 'EICR' and c.dwelling_id is not null and ${theirs}`, points)}),
            communal as materialized (${coverAt(sql`c.block_id`, blocksOf('EICR'), points)})
          select ${counts} from ${homes} d left join ${blocks} b on b.id = d.block_id left join own o on o.id = d.id left join communal bc on bc.id = d.block_id
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
        source: (counts) => sql`with lift as materialized (${coverAt(sql`c.lift_id`, liftChecks, points)}),
            lifts_block as materialized (
              select l.block_id as id, ${sql.join(points.map((_, i) => sql`min(coalesce(${at('lc', i)}, '')) as ${col(i)}`))}
              from ${lifts} l left join lift lc on lc.id = l.id where ${liftsOf} group by l.block_id)
          select ${counts} from ${homes} d join ${blocks} b on b.id = d.block_id left join lifts_block lb on lb.id = b.id
          where d.active = 1 and b.passenger_lifts > 0`,
        cover: (i) => at('lb', i),
      };
    default: {
      return {
        source: (counts) => sql`with communal as materialized (${coverAt(sql`c.block_id`, blocksOf(type), points)})
          select ${counts} from ${homes} d join ${blocks} b on b.id = d.block_id left join communal bc on bc.id = b.id
          where d.active = 1 and ${blockNeeds(type)}`,
        cover: (i) => at('bc', i),
      };
    }
  }
}

const counted = (name: string, when: RawBuilder<unknown>) => sql`coalesce(sum(case when ${when} then 1 else 0 end), 0) as ${sql.ref(name)}`;

/**
 * One check type's homes that need it (`requiring`: today's stock throughout, as the trend says),
 * how many were covered at each point (c0, c1, ...) and, at each point of `dueAt`, how many of
 * those covered then ran out within 30, 60 and 90 days (due30_i, due60_i, due90_i for the i-th point).
 */
export function trendPointsQuery(
  type: CheckType,
  points: readonly IsoDate[],
  dueAt: readonly IsoDate[] = [],
  scope?: HomesCounted,
): RawBuilder<Record<string, number>> {
  const { source, cover } = coversOf(type, points, scope);
  const counts = [sql`count(*) as requiring`, ...points.map((at, i) => counted(`c${i}`, sql`${cover(i)} >= ${at}`))];
  points.forEach((at, k) => {
    if (dueAt.includes(at))
      for (const days of [30, 60, 90]) counts.push(counted(`due${days}_${k}`, sql`${cover(k)} >= ${at} and ${cover(k)} <= ${addDays(at, days)}`));
  });
  return source(sql.join(counts)) as RawBuilder<Record<string, number>>;
}

/** A check type's figures at each point, as trendPointsQuery gives them: those due soon where asked for. */
export type PointsRow = { requiring: number; compliant: number[]; due: (DueCounts | undefined)[] };

/** One check type's figures at each point of the homes counted, in one query, with those due soon at each point of `dueAt`. */
export async function countPoints(
  db: ReadDb,
  type: CheckType,
  points: readonly IsoDate[],
  dueAt: readonly IsoDate[],
  scope?: HomesCounted,
): Promise<PointsRow> {
  if (points.length === 0) return { requiring: 0, compliant: [], due: [] };
  return pointsRow(points, (await trendPointsQuery(type, points, dueAt, scope).execute(sqlReader(db))).rows[0]!);
}

/** trendPointsQuery's row as a check type's figures at each point. */
export function pointsRow(points: readonly IsoDate[], row: Record<string, unknown>): PointsRow {
  return {
    requiring: Number(row.requiring),
    compliant: points.map((_, i) => Number(row[`c${i}`])),
    due: points.map((_, i) =>
      row[`due30_${i}`] === undefined ? undefined : { due30: Number(row[`due30_${i}`]), due60: Number(row[`due60_${i}`]), due90: Number(row[`due90_${i}`]) },
    ),
  };
}

/** One check type's figures at each point, in one query (and those due soon at `dueAt`, one of the points). */
export async function trendPoints(db: ReadDb, type: CheckType, points: readonly IsoDate[], dueAt?: IsoDate): Promise<PointCounts> {
  const row = await countPoints(db, type, points, dueAt === undefined ? [] : [dueAt]);
  const out: PointCounts = { requiring: row.requiring, compliant: row.compliant };
  const due = dueAt === undefined ? undefined : row.due[points.indexOf(dueAt)];
  if (due) out.due = due;
  return out;
}
