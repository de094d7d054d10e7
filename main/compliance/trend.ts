import { sql } from 'kysely';
import type { ComplianceTrend } from '../../shared/contract';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { compliancePosition, coverQuery } from './position';
import { versionCache } from './versionCache';
import type { Keeper } from '../db/keeper';

/** The last day of each of the `count` months up to and including the month of `asAt` (that month's point is `asAt` itself). */
export function monthEnds(asAt: IsoDate, count: number): IsoDate[] {
  const out: IsoDate[] = [asAt];
  let y = Number(asAt.slice(0, 4));
  let m = Number(asAt.slice(5, 7));
  for (let i = 1; i < count; i++) {
    const firstOfMonth = `${y}-${String(m).padStart(2, '0')}-01`;
    out.unshift(addDays(firstOfMonth, -1));
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/**
 * The percentage of homes with each check in date at each month end, by the same rule as the
 * position table (so the last point always equals today's figure). Today's stock is the
 * denominator throughout: the stock's own history is not kept. Points worked out before and not
 * dropped by a write since (migration 014's triggers) are read back; with a keeper, the points
 * worked out now are kept for next time.
 */
export async function complianceTrend(db: ReadDb, asAt: IsoDate, months = 12, keeper?: Keeper): Promise<ComplianceTrend> {
  return cache(db, `${asAt}|${months}`, () => computeTrend(db, asAt, months, keeper));
}

const cache = versionCache<ComplianceTrend>(4);

type Point = { check_type: CheckType; as_at: IsoDate; requiring: number; compliant: number };

async function computeTrend(db: ReadDb, asAt: IsoDate, months: number, keeper?: Keeper): Promise<ComplianceTrend> {
  const points = monthEnds(asAt, months);
  const mark = keeper?.mark();
  const kept = new Map(
    (await db.selectFrom('compliance_trend_points').selectAll().where('as_at', 'in', points).execute()).map((p) => [`${p.check_type}|${p.as_at}`, p]),
  );
  const workedOut: Point[] = [];
  const series: ComplianceTrend['series'] = [];
  for (const type of CHECK_TYPES) {
    const values: (number | null)[] = [];
    for (const at of points) {
      let point: Point | undefined = kept.get(`${type}|${at}`);
      if (!point && at === asAt) {
        // the last point is the position's, which keeps it: asked for at once, they share the work
        const position = (await compliancePosition(db, asAt, keeper)).find((p) => p.checkType === type)!;
        point = { check_type: type, as_at: at, requiring: position.requiring, compliant: position.compliant };
      } else if (!point) {
        point = { check_type: type, as_at: at, ...(await pointCounts(db, type, at)) };
        workedOut.push(point);
      }
      values.push(point.requiring ? Math.round((point.compliant / point.requiring) * 1000) / 10 : null);
    }
    series.push({ checkType: type, percent: values });
  }
  if (keeper && mark && workedOut.length > 0)
    keeper.keep(mark, (sqlite) => {
      // a point the position kept keeps its figures due soon: the same write drops both
      const insert = sqlite.prepare(
        `insert into compliance_trend_points (check_type, as_at, requiring, compliant) values (?, ?, ?, ?)
         on conflict (check_type, as_at) do update set requiring = excluded.requiring, compliant = excluded.compliant`,
      );
      for (const p of workedOut) insert.run(p.check_type, p.as_at, p.requiring, p.compliant);
    });
  return { asAt, points, series };
}

export async function pointCounts(db: ReadDb, type: CheckType, at: IsoDate): Promise<{ requiring: number; compliant: number }> {
  const r = (
    await sql<{ requiring: number; compliant: number }>`
      with cover as (${coverQuery(type, at)})
      select count(*) as requiring, coalesce(sum(case when cover >= ${at} then 1 else 0 end), 0) as compliant from cover`.execute(sqlReader(db))
  ).rows[0]!;
  return { requiring: Number(r.requiring), compliant: Number(r.compliant) };
}
