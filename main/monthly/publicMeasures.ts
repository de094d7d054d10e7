import type { PublicMeasureLine } from '../../shared/contract';
import { financialYearOf, monthsOfYear, previousYear, sameMonthLastYear, type Frequency } from '../../shared/domain/measures';
import { firstDay, type Month } from '../../shared/domain/months';
import { PUBLIC_PHRASES } from '../../shared/domain/publicMeasurePhrases';
import { publicMeasureSentence } from '../../shared/domain/publicMeasures';
import type { ReadDb } from '../core/context';
import { listMeasures } from '../measures/measuresRepo';
import { buildScorecard } from '../measures/scorecard';

/** The period a value ending in this month is for: the month, its financial quarter, or its financial year. */
function periodEndingIn(month: Month, frequency: Frequency): string {
  if (frequency === 'monthly') return month;
  const year = financialYearOf(firstDay(month));
  if (frequency === 'annual') return year;
  return `${year.slice(0, 4)}-Q${Math.floor(monthsOfYear(year).indexOf(month) / 3) + 1}`;
}

/**
 * The public measures' sentences for a month, with the figures the scorecard gives: a monthly
 * measure's value for the month, a quarterly or annual one's latest period ended by the month's
 * end and less than a year before it; each with that period's target. A measure with no such value is left out.
 */
export async function publicMeasureLines(db: ReadDb, month: Month): Promise<PublicMeasureLine[]> {
  const year = financialYearOf(firstDay(month));
  const lastYear = previousYear(year);
  const measures = (await listMeasures(db)).filter((m) => m.public);
  if (measures.length === 0) return [];
  const cards = [await buildScorecard(db, lastYear, monthsOfYear(lastYear)[11], firstDay(month)), await buildScorecard(db, year, month, firstDay(month))];
  const lines: PublicMeasureLine[] = [];
  for (const m of measures) {
    const found = cards
      .flatMap((card) => {
        const row = card.rows.find((r) => r.measureId === m.id)!;
        return row.months.map((v) => ({ ...v, row }));
      })
      .filter((v) => v.value !== null && (m.frequency === 'monthly' ? v.month === month : v.month <= month && v.month > sameMonthLastYear(month)))
      .at(-1);
    if (!found) continue;
    const period = periodEndingIn(found.month, m.frequency);
    const target = found.row.target === null ? null : { target: found.row.target, tolerance: found.row.tolerance ?? 0 };
    lines.push({
      measureId: m.id,
      name: m.name,
      period,
      value: found.value!,
      target: target?.target ?? null,
      sentence: publicMeasureSentence({
        name: m.name,
        phrase: m.builtIn ? (PUBLIC_PHRASES[m.code] ?? null) : null,
        unit: m.unit,
        polarity: m.polarity,
        aggregation: m.aggregation,
        value: found.value!,
        period,
        target,
      }),
    });
  }
  return lines;
}
