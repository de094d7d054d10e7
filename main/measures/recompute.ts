import type { RecomputeResult } from '../../shared/contract';
import { COMPUTED_SOURCES, monthsOfYear, parseFinancialYear, type FinancialYear } from '../../shared/domain/measures';
import { firstDay, lastDay } from '../../shared/domain/months';
import type { IsoDate } from '../../shared/domain/dates';
import type { Db } from '../core/context';
import { MEASURE_SOURCES } from './sources';

/**
 * Works out again every computed measure's monthly values for a financial year, as at each month
 * end that has passed, and replaces the computed values stored for that year. Runs in the
 * caller's transaction.
 */
export async function recomputeYear(db: Db, year: FinancialYear, { today, now }: { today: IsoDate; now: string }): Promise<RecomputeResult> {
  const y = parseFinancialYear(year);
  if (!y.ok) throw new Error(y.message);
  const months = monthsOfYear(y.value.year).filter((m) => lastDay(m) <= today);
  const measures = await db.selectFrom('measures').select(['id', 'computed_from', 'computed_key']).where('computed_from', 'is not', null).execute();
  let written = 0;
  for (const source of COMPUTED_SOURCES) {
    const ofSource = measures.filter((m) => m.computed_from === source);
    if (ofSource.length === 0) continue;
    const s = MEASURE_SOURCES[source];
    const ids = ofSource.map((m) => m.id);
    await db.deleteFrom('measure_values').where('measure_id', 'in', ids).where('year', '=', y.value.year).execute();
    for (const month of months) {
      const figures = await s.month(db, month);
      for (const m of ofSource) {
        const f = figures[m.computed_key!];
        if (!f) continue;
        await db
          .insertInto('measure_values')
          .values({
            measure_id: m.id,
            period: month,
            period_start: firstDay(month),
            period_end: lastDay(month),
            year: y.value.year,
            value: f.value,
            numerator: f.numerator,
            denominator: f.denominator,
            note: f.note,
            computed: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
        written++;
      }
    }
  }
  return { year: y.value.year, written };
}
