import { sql } from 'kysely';
import type { ComplianceTrend } from '../../shared/contract';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { coverQuery } from './position';
import { versionCache } from './versionCache';

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
 * denominator throughout: the stock's own history is not kept.
 */
export async function complianceTrend(db: ReadDb, asAt: IsoDate, months = 12): Promise<ComplianceTrend> {
  return cache(db, `${asAt}|${months}`, () => computeTrend(db, asAt, months));
}

const cache = versionCache<ComplianceTrend>(4);

async function computeTrend(db: ReadDb, asAt: IsoDate, months: number): Promise<ComplianceTrend> {
  const points = monthEnds(asAt, months);
  const series: ComplianceTrend['series'] = [];
  for (const type of CHECK_TYPES) {
    const values: (number | null)[] = [];
    for (const at of points) {
      const r = (
        await sql<{ requiring: number; compliant: number }>`
          with cover as (${coverQuery(type, at)})
          select count(*) as requiring, coalesce(sum(case when cover >= ${at} then 1 else 0 end), 0) as compliant from cover`.execute(sqlReader(db))
      ).rows[0]!;
      const requiring = Number(r.requiring);
      values.push(requiring ? Math.round((Number(r.compliant) / requiring) * 1000) / 10 : null);
    }
    series.push({ checkType: type, percent: values });
  }
  return { asAt, points, series };
}
