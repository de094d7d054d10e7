import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, sql } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import { monthEnds, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader, whenConnectionFree } from '../core/readSql';
import type { Keeper, KeepMark } from '../db/keeper';
import { pointsRow, trendPointsQuery, type HomesCounted, type PointsRow } from './trendPoints';

// The kept trend points carried through a change to a few homes, blocks or lifts (migrations 020
// and 021). A point depends on today's stock, so a home whose tenure, gas supply, block or letting
// changed, or a block whose communal supplies or lifts changed, moves every point of every check
// type; the triggers note each such home, block and lift as it was when the points were worked out
// (a block's or a lift's change notes every home of its block). A point as kept, plus what the
// noted homes count for now, less what they counted for then (with their blocks and lifts as they
// were), is the point worked out afresh: only those homes' certificates are read, and their
// blocks' and lifts' (each point is a sum over homes).

/** A row of compliance_trend_points: a trend's point, and the position's figures due soon where the position kept it. */
export type KeptPoint = {
  check_type: CheckType;
  as_at: IsoDate;
  requiring: number;
  compliant: number;
  due30: number | null;
  due60: number | null;
  due90: number | null;
};

/** The noted homes as they are now (gone: not there), with the blocks and lifts as they are. */
export const homesNow: HomesCounted = {
  homes: sql`select id, active, tenure, has_gas, block_id from dwellings where id in (select home_id from compliance_homes_before)`,
  blocks: sql`blocks`,
  lifts: sql`lifts`,
};
const thenBlockIds = sql`select block_id from compliance_homes_before where existed = 1`;
/** The noted homes as they were (added since: not there), with their blocks and lifts as they were (migration 021). */
export const homesThen: HomesCounted = {
  homes: sql`select home_id as id, active, tenure, has_gas, block_id from compliance_homes_before where existed = 1`,
  blocks: sql`(select id, passenger_lifts, communal_water, asbestos_present, communal_electrics from blocks
      where id in (${thenBlockIds}) and id not in (select block_id from compliance_blocks_before)
    union all select block_id, passenger_lifts, communal_water, asbestos_present, communal_electrics from compliance_blocks_before where existed = 1)`,
  lifts: sql`(select id, block_id from lifts where block_id in (${thenBlockIds}) and id not in (select lift_id from compliance_lifts_before)
    union all select lift_id, block_id from compliance_lifts_before where existed = 1)`,
};

/** The tables of what changed since the points were worked out (migrations 020 and 021). */
const NOTES = ['compliance_homes_before', 'compliance_blocks_before', 'compliance_lifts_before'] as const;
const ANY_NOTED = `(${NOTES.map((t) => `exists (select 1 from ${t})`).join(' or ')})`;

/**
 * Besides the dates asked for, the month ends carried: those of this many months up to the latest
 * date asked for (a year's trend and more). Other dates' points, a past day's position say, are
 * dropped with the notes and worked out again if asked for: carrying a date costs about 2 ms.
 */
export const MONTHS_CARRIED = 14;

/** The kept points asked for, and where homes were noted, every kept point carried (to keep them all again at once). */
export type KeptRead = { points: KeptPoint[]; carried?: KeptPoint[] };

/** A read as the queries it makes, one at a time, each given back its rows (so that it runs at once or awaited, the same). */
type Reading<T> = Generator<CompiledQuery, T, Record<string, unknown>[]>;

/**
 * The kept points at the dates asked for (only the position's, with `positions`), carried through
 * the homes changed since they were worked out. Where homes were noted, the month ends before them are
 * carried too (`carried`, MONTHS_CARRIED): whoever keeps figures next keeps them all with
 * keepPoints, so that the trend's points survive the position's keeping first. With a
 * keeper, read at once on its connection once no other call holds it, and marked there (`mark`):
 * another call's keep, which empties the notes, must not come between the read of the notes and
 * the counts of the homes they name, nor another call's write still open be read.
 */
export async function readKeptPoints(db: ReadDb, dates: readonly IsoDate[], positions = false, keeper?: Keeper): Promise<KeptRead & { mark?: KeepMark }> {
  const reading = keptPoints(db, dates, positions);
  // the mark with the read: what is kept later was read in this state
  if (keeper) return whenConnectionFree(db, () => keeper.readAtOnce((sqlite) => ({ mark: keeper.mark(), ...runAtOnce(reading, sqlite) })));
  let step = reading.next();
  while (!step.done) step = reading.next((await sqlReader(db).getExecutor().executeQuery(step.value)).rows as Record<string, unknown>[]);
  return step.value;
}

function runAtOnce<T>(reading: Reading<T>, sqlite: BetterSqlite3.Database): T {
  let step = reading.next();
  while (!step.done) step = reading.next(sqlite.prepare(step.value.sql).all(...(step.value.parameters as unknown[])) as Record<string, unknown>[]);
  return step.value;
}

function* keptPoints(db: ReadDb, dates: readonly IsoDate[], positions: boolean): Reading<KeptRead> {
  if (dates.length === 0) return { points: [] };
  const asked = (p: KeptPoint) => dates.includes(p.as_at) && (!positions || p.due30 !== null);
  const noted = Number((yield sql<{ n: number }>`select ${sql.raw(ANY_NOTED)} as n`.compile(sqlReader(db)))[0]!.n);
  if (noted === 0) {
    let query = db.selectFrom('compliance_trend_points').selectAll().where('as_at', 'in', dates);
    if (positions) query = query.where('due30', 'is not', null);
    return { points: (yield query.compile()) as KeptPoint[] };
  }
  const latest = dates.reduce((a, b) => (a > b ? a : b));
  const carriedDates = [...new Set([...dates, ...monthEnds(latest, MONTHS_CARRIED)])];
  const kept = (yield db.selectFrom('compliance_trend_points').selectAll().where('as_at', 'in', carriedDates).compile()) as KeptPoint[];
  const carried: KeptPoint[] = [];
  for (const type of [...new Set(kept.map((p) => p.check_type))]) {
    const own = kept.filter((p) => p.check_type === type);
    const at = own.map((p) => p.as_at);
    const dueAt = own.filter((p) => p.due30 !== null).map((p) => p.as_at);
    const now = pointsRow(at, (yield trendPointsQuery(type, at, dueAt, homesNow).compile(sqlReader(db)))[0]!);
    const then = pointsRow(at, (yield trendPointsQuery(type, at, dueAt, homesThen).compile(sqlReader(db)))[0]!);
    own.forEach((p, i) => carried.push(carry(p, i, now, then)));
  }
  return { points: carried.filter(asked), carried };
}

function carry(p: KeptPoint, i: number, now: PointsRow, then: PointsRow): KeptPoint {
  const moved = (kept: number | null, key: 'due30' | 'due60' | 'due90') => (kept === null ? null : kept + now.due[i]![key] - then.due[i]![key]);
  return {
    ...p,
    requiring: p.requiring + now.requiring - then.requiring,
    compliant: p.compliant + now.compliant[i]! - then.compliant[i]!,
    due30: moved(p.due30, 'due30'),
    due60: moved(p.due60, 'due60'),
    due90: moved(p.due90, 'due90'),
  };
}

/**
 * Keeps points that hold for the stock as it is now (`carried`: every kept point carried by
 * readKeptPoints; `workedOut`: worked out now), inside the keeper's transaction. While homes are
 * noted, the kept points not carried (older dates) still hold for the stock as it was: they are
 * dropped with the notes. A point without figures due soon leaves those of the position's row it
 * updates.
 */
export function keepPoints(sqlite: BetterSqlite3.Database, carried: readonly KeptPoint[] | undefined, workedOut: readonly KeptPoint[]): void {
  // (the keeper's mark held, so any notes are those `carried` was carried through; without it,
  // dropping every point with the notes still leaves only points that hold now)
  const noted = sqlite.prepare(`select ${ANY_NOTED}`).pluck().get();
  if (noted) sqlite.exec(['compliance_trend_points', ...NOTES].map((t) => `delete from ${t};`).join(' '));
  // no notes left: another keep carried them, and kept the same points
  const insert = sqlite.prepare(
    `insert into compliance_trend_points (check_type, as_at, requiring, compliant, due30, due60, due90) values (?, ?, ?, ?, ?, ?, ?)
     on conflict (check_type, as_at) do update set requiring = excluded.requiring, compliant = excluded.compliant,
       due30 = coalesce(excluded.due30, due30), due60 = coalesce(excluded.due60, due60), due90 = coalesce(excluded.due90, due90)`,
  );
  for (const p of [...(noted ? (carried ?? []) : []), ...workedOut]) insert.run(p.check_type, p.as_at, p.requiring, p.compliant, p.due30, p.due60, p.due90);
}
