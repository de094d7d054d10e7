import type { MeasureValue, Scorecard, ScorecardRow } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import {
  aggregate,
  directionOfTravel,
  monthsOfYear,
  parseFinancialYear,
  parsePeriod,
  previousYear,
  targetStatus,
  targetToDate,
  type Frequency,
  type FinancialYear,
} from '../../shared/domain/measures';
import { lastDay, monthOf } from '../../shared/domain/months';
import type { ReadDb } from '../core/context';
import { invalid } from '../core/errors';
import { listMeasures, toTarget, valuesOfYears } from './measuresRepo';

/** The same date a year earlier (29 February becomes the 28th). */
const yearEarlier = (d: IsoDate): IsoDate => {
  const month = `${Number(d.slice(0, 4)) - 1}-${d.slice(5, 7)}`;
  return d.slice(8) >= '28' && d === lastDay(d.slice(0, 7)) ? lastDay(month) : `${month}-${d.slice(8)}`;
};

/**
 * One row per measure for a financial year up to a period's end: last year to the same point and
 * in full, this year to date, the year's target, the status and the direction of travel.
 * Without a period, the year runs to its end or, while it is under way, to the end of the last month
 * that has ended (April's, in April), so that a month half gone is not set against a whole one last year.
 */
export async function buildScorecard(db: ReadDb, year: FinancialYear, period: string | undefined, today: IsoDate): Promise<Scorecard> {
  const y = parseFinancialYear(year);
  if (!y.ok) throw invalid('year', y.message);
  const { start, end } = y.value;
  let upTo: IsoDate;
  if (period !== undefined) {
    const p = parsePeriod(period);
    if (!p.ok) throw invalid('period', p.message);
    if (p.value.year !== y.value.year)
      throw invalid('period', `${p.value.text} is not in ${y.value.year}: choose a period from April ${start.slice(0, 4)} to March ${end.slice(0, 4)}.`);
    upTo = p.value.end;
  } else if (today >= end || today < start) upTo = end;
  else {
    const ended = monthsOfYear(y.value.year).filter((m) => lastDay(m) <= today);
    upTo = lastDay(ended.at(-1) ?? monthOf(start));
  }

  const last = parseFinancialYear(previousYear(y.value.year));
  if (!last.ok) throw invalid('year', last.message);
  const measures = await listMeasures(db);
  const values = await valuesOfYears(db, [y.value.year, last.value.year]);
  const targets = await db.selectFrom('measure_targets').selectAll().where('year', '=', y.value.year).execute();
  const byMeasure = new Map<number, MeasureValue[]>();
  for (const v of values) byMeasure.set(v.measureId, [...(byMeasure.get(v.measureId) ?? []), v]);
  const months = monthsOfYear(y.value.year).filter((m) => lastDay(m) <= upTo);

  const rows = measures.map((m): ScorecardRow => {
    const vs = (byMeasure.get(m.id) ?? []).map((v) => ({ ...v, end: v.periodEnd }));
    const t = targets.find((x) => x.measure_id === m.id);
    const target = t ? toTarget(t) : null;
    const thisYear = aggregate(m.aggregation, m.unit, vs, y.value, upTo);
    const lastYear = aggregate(m.aggregation, m.unit, vs, last.value, yearEarlier(upTo));
    return {
      measureId: m.id,
      code: m.code,
      name: m.name,
      unit: m.unit,
      polarity: m.polarity,
      computed: m.computedFrom !== null,
      lastYear,
      lastYearFull: aggregate(m.aggregation, m.unit, vs, last.value),
      thisYear,
      target: target?.target ?? null,
      tolerance: target?.tolerance ?? null,
      status: targetStatus(thisYear, targetToDate(target, m.aggregation, monthsReported(m.frequency, months.length)), m.polarity),
      direction: directionOfTravel(thisYear, lastYear, m.polarity),
      months: months.map((month) => ({ month, value: vs.find((v) => v.periodEnd === lastDay(month))?.value ?? null })),
    };
  });
  return { year: y.value.year, upTo: monthOf(upTo), rows };
}

/** The months of the year a measure's periods to date cover: whole quarters for a quarterly one, the whole year or none for an annual one. */
function monthsReported(frequency: Frequency, monthsGone: number): number {
  return frequency === 'monthly' ? monthsGone : frequency === 'quarterly' ? Math.floor(monthsGone / 3) * 3 : monthsGone >= 12 ? 12 : 0;
}
