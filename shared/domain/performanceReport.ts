import { addMonths, type IsoDate } from './dates';
import { financialYearOf, formatMeasureValue, STATUS_LABELS, type FinancialYear, type MeasureStatus, type MeasureUnit, type Polarity } from './measures';
import { firstDay, lastDay, monthOf, type Month } from './months';

// How performance against target is reported in the committee paper and the scorecard document:
// the period a paper reports, each measure's status in words, its target in words, and the plain
// sentence for a measure off target ("Calls answered: 88.7%, target 95%, down from 93.9%.").

/**
 * The year and month a report as at a date covers: the last month complete on that date (a month
 * ending on the date counts), in its financial year. In April, before the month is out, that is
 * March: the whole of the year just ended.
 */
export function reportPeriod(asAt: IsoDate): { year: FinancialYear; period: Month } {
  const month = monthOf(asAt);
  const period = lastDay(month) === asAt ? month : monthOf(addMonths(firstDay(month), -1));
  return { year: financialYearOf(`${period}-01`), period };
}

/** A measure's standing as the reports word it: a status against its target, or why it has none. */
export type StatusWord = MeasureStatus | 'no_target' | 'no_value';
export const STATUS_WORDS: Record<StatusWord, string> = { ...STATUS_LABELS, no_target: 'No target', no_value: 'No value' };

export function statusWord(row: { thisYear: number | null; target: number | null; status: MeasureStatus | null }): StatusWord {
  if (row.thisYear === null) return 'no_value';
  if (row.target === null || row.status === null) return 'no_target';
  return row.status;
}

/** "at least 95%", "at most 10 days": which side of the target is good, in words. */
export function targetWords(target: number | null, unit: MeasureUnit, polarity: Polarity): string {
  if (target === null) return '–';
  return `${polarity === 'higher' ? 'at least' : 'at most'} ${formatMeasureValue(target, unit)}`;
}

export interface OffTargetFigures {
  name: string;
  unit: MeasureUnit;
  /** this year to date */
  value: number;
  target: number;
  /** the figure a year earlier, to the same point in the year (null: none) */
  previous: number | null;
  /** the year is not yet over: the comparison is with the same point last year, and the sentence says so */
  partYear: boolean;
}

/**
 * One plain sentence for a measure off target: its figure, the target and how it moved from the
 * year before, up or down as the figures went (as written, so that 88.7% against 88.7% is "the same").
 */
export function offTargetSentence(f: OffTargetFigures): string {
  const figure = (v: number) => formatMeasureValue(v, f.unit);
  const head = `${f.name}: ${figure(f.value)}, target ${figure(f.target)}`;
  if (f.previous === null) return `${head}.`;
  const when = f.partYear ? ' at this point last year' : '';
  if (figure(f.value) === figure(f.previous)) return `${head}, the same as${when || ' last year'}.`;
  return `${head}, ${f.value > f.previous ? 'up' : 'down'} from ${figure(f.previous)}${when}.`;
}
