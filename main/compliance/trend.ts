import type { ComplianceTrend } from '../../shared/contract';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { monthEnds, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { compliancePosition, positionCounts, type CountPositions, type PositionCounts } from './position';
import { keepPoints, readKeptPoints, type KeptPoint } from './stockCarry';
import { trendPoints, type DueCounts } from './trendPoints';
import { versionCache } from './versionCache';
import type { Keeper } from '../db/keeper';

export { monthEnds };

/** A month end's figures for one check type, as kept in compliance_trend_points. */
export type TrendPoint = { check_type: CheckType; as_at: IsoDate; requiring: number; compliant: number; due?: DueCounts };

/** Works out the figures of the points asked for, and the position's due soon at `dueAt` (the hosts do it on the read worker: readTasks.ts). */
export type CountPoints = (wanted: { type: CheckType; at: IsoDate }[], dueAt?: IsoDate) => Promise<TrendPoint[]>;

/** How the hosts work out the trend's points and the position's counts off the thread that answers calls. */
export interface TrendOffThread {
  points: CountPoints;
  positions: CountPositions;
}

/**
 * The percentage of homes with each check in date at each month end, by the same rule as the
 * position table (so the last point always equals today's figure). Today's stock is the
 * denominator throughout: the stock's own history is not kept. Points worked out before and not
 * dropped by a write since (migration 014's triggers) are read back; with a keeper, the points
 * worked out now are kept for next time. After a change to the stock every point is worked out
 * again, with the position (66 points and six positions for a year: about 0.5 s at 60,000 homes,
 * one pass over each check type's certificates), so the hosts pass `offThread` to do that away
 * from the thread that answers calls.
 */
export async function complianceTrend(db: ReadDb, asAt: IsoDate, months = 12, keeper?: Keeper, offThread?: TrendOffThread): Promise<ComplianceTrend> {
  return cache(db, `${asAt}|${months}`, () => computeTrend(db, asAt, months, keeper, offThread));
}

const cache = versionCache<ComplianceTrend>(4);

/** The figures of each point asked for, and those due soon at `dueAt` where it is asked for: one query per check type, for all of its points. */
export async function trendPointCounts(db: ReadDb, wanted: { type: CheckType; at: IsoDate }[], dueAt?: IsoDate): Promise<TrendPoint[]> {
  const out: TrendPoint[] = [];
  for (const type of CHECK_TYPES) {
    const points = wanted.filter((w) => w.type === type).map((w) => w.at);
    if (points.length === 0) continue;
    const counts = await trendPoints(db, type, points, dueAt);
    points.forEach((at, i) =>
      out.push({
        check_type: type,
        as_at: at,
        requiring: counts.requiring,
        compliant: counts.compliant[i]!,
        ...(at === dueAt && counts.due ? { due: counts.due } : {}),
      }),
    );
  }
  return out;
}

const withoutDue = (p: TrendPoint): KeptPoint => ({
  check_type: p.check_type,
  as_at: p.as_at,
  requiring: p.requiring,
  compliant: p.compliant,
  due30: null,
  due60: null,
  due90: null,
});

async function computeTrend(db: ReadDb, asAt: IsoDate, months: number, keeper: Keeper | undefined, offThread?: TrendOffThread): Promise<ComplianceTrend> {
  const points = monthEnds(asAt, months);
  const key = (type: CheckType, at: IsoDate) => `${type}|${at}`;
  const read = await readKeptPoints(db, points, false, keeper);
  const mark = read.mark;
  const kept = new Map<string, TrendPoint>(read.points.map((p) => [key(p.check_type, p.as_at), p]));
  const missing = CHECK_TYPES.flatMap((type) => points.filter((at) => at !== asAt && !kept.has(key(type, at))).map((at) => ({ type, at })));
  // The last point is the position's, which keeps it: asked for at once, they share the work. A
  // check type whose points are worked out again (all six after a change to the stock) has its
  // position counted in the same pass over its certificates, should the position ask for it (it
  // counts a single check type itself, and one the compliance page asked for first is counted
  // already: then the pass's figures for it go unused).
  const positionNeeded = CHECK_TYPES.some((type) => !kept.has(key(type, asAt)));
  const inPass = positionNeeded ? CHECK_TYPES.filter((type) => !kept.has(key(type, asAt)) && missing.some((m) => m.type === type)) : [];
  const countPoints = offThread?.points ?? ((wanted, dueAt) => trendPointCounts(db, wanted, dueAt));
  const counting = missing.length ? countPoints([...missing, ...inPass.map((type) => ({ type, at: asAt }))], asAt) : Promise.resolve([]);
  const countPositions = offThread?.positions ?? ((types, at) => positionCounts(db, types, at));
  const positions: CountPositions = async (types, at) => {
    // The pass began after this trend's mark, the position's keeper marks later: if anything was
    // written between, the pass's figures may be from before it, and are not the position's to keep.
    const now = keeper?.mark();
    const unwritten = !mark || !now || (now.dataVersion === mark.dataVersion && now.changes === mark.changes);
    const fromPass = at === asAt && unwritten ? types.filter((type) => inPass.includes(type)) : [];
    const others = types.filter((type) => !fromPass.includes(type));
    if (fromPass.length === 0) return countPositions(others, at);
    const [counted, rest] = await Promise.all([counting, others.length ? countPositions(others, at) : Promise.resolve([])]);
    const position = (type: CheckType): PositionCounts => {
      const p = counted.find((c) => c.check_type === type && c.as_at === at)!;
      return { requiring: p.requiring, compliant: p.compliant, ...p.due! };
    };
    return [...fromPass.map((type): [CheckType, PositionCounts] => [type, position(type)]), ...rest];
  };
  const [position, counted] = await Promise.all([positionNeeded ? compliancePosition(db, asAt, keeper, positions) : Promise.resolve(null), counting]);
  // the position keeps its own point, with its figures due soon
  const workedOut = counted.filter((p) => p.as_at !== asAt);
  for (const p of workedOut) kept.set(key(p.check_type, p.as_at), p);
  const series: ComplianceTrend['series'] = CHECK_TYPES.map((type) => ({
    checkType: type,
    percent: points.map((at) => {
      const fromPosition = at === asAt && !kept.has(key(type, at)) ? position?.find((p) => p.checkType === type) : undefined;
      const point = fromPosition ? { requiring: fromPosition.requiring, compliant: fromPosition.compliant } : kept.get(key(type, at))!;
      return point.requiring ? Math.round((point.compliant / point.requiring) * 1000) / 10 : null;
    }),
  }));
  // a point the position kept keeps its figures due soon: the same write drops both
  if (keeper && mark && (workedOut.length > 0 || read.carried)) keeper.keep(mark, (sqlite) => keepPoints(sqlite, read.carried, workedOut.map(withoutDue)));
  return { asAt, points, series };
}
