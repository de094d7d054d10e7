import type { IsoDate } from './dates';
import { lastDay, nextMonth, type Month } from './months';

// Performance measures: the periods a value is given for, the financial year (1 April - 31 March)
// a period is in, how a year's values are put together, and how a figure stands against its
// target and against the same period last year.

export const MEASURE_UNITS = ['percent', 'number', 'days', 'per_1000_homes', 'pounds'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];
export const UNIT_LABELS: Record<MeasureUnit, string> = {
  percent: 'Percent',
  number: 'Number',
  days: 'Days',
  per_1000_homes: 'Per 1,000 homes',
  pounds: 'Pounds',
};

export const POLARITIES = ['higher', 'lower'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Record<Polarity, string> = { higher: 'Higher is better', lower: 'Lower is better' };

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' };

export const AGGREGATIONS = ['sum', 'average', 'latest', 'ratio'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: 'Sum of the periods',
  average: 'Average of the periods',
  latest: 'Latest period',
  ratio: 'Ratio of the sums (numerator ÷ denominator)',
};

export const COMPUTED_SOURCES = ['compliance', 'complaints', 'training'] as const;
export type ComputedSource = (typeof COMPUTED_SOURCES)[number];
export const COMPUTED_SOURCE_LABELS: Record<ComputedSource, string> = {
  compliance: 'the compliance register',
  complaints: 'the complaints log',
  training: 'the training matrix',
};

export const MEASURE_STATUSES = ['on_target', 'within_tolerance', 'off_target'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const STATUS_LABELS: Record<MeasureStatus, string> = { on_target: 'On target', within_tolerance: 'Within tolerance', off_target: 'Off target' };

export type Direction = 'improving' | 'worse' | 'no_change';
export const DIRECTION_LABELS: Record<Direction, string> = { improving: 'Improving', worse: 'Worse', no_change: 'No change' };

/** What the screens say of quarters, so nobody reads Q1 as January. */
export const QUARTER_NOTE = 'Quarters are financial quarters: Q1 is April to June, Q4 is January to March of the following calendar year.';

/** A financial year as written: "2025/26". */
export type FinancialYear = string;

export interface Period {
  kind: 'month' | 'quarter' | 'year';
  /** as written: 2025-10, 2025-Q3, 2025/26 */
  text: string;
  start: IsoDate;
  end: IsoDate;
  year: FinancialYear;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})\/(\d{2})$/;
const PERIOD_EXAMPLES = 'a month like 2025-10, a financial quarter like 2025-Q3 or a financial year like 2025/26';

const yearText = (startYear: number): FinancialYear => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** The financial year a date (or a month's first day) is in: 1 April to 31 March. */
export function financialYearOf(date: IsoDate): FinancialYear {
  const y = Number(date.slice(0, 4));
  return yearText(Number(date.slice(5, 7)) >= 4 ? y : y - 1);
}

/** Reads "2025/26"; the second part must be the year after the first. */
export function parseFinancialYear(text: string): Parsed<{ year: FinancialYear; start: IsoDate; end: IsoDate }> {
  if (text.trim() === '') return { ok: false, message: 'Enter the financial year, like 2025/26.' };
  const m = YEAR.exec(text.trim());
  if (!m) return { ok: false, message: `“${text}” is not a financial year: write it like 2025/26.` };
  const start = Number(m[1]);
  if (start < 1990 || start > 2100) return { ok: false, message: `“${text}” is not a financial year the app can hold (1990/91 to 2100/01).` };
  if (yearText(start) !== `${m[1]}/${m[2]}`) return { ok: false, message: `“${text}” is not a financial year: after ${m[1]} comes ${yearText(start)}.` };
  return { ok: true, value: { year: yearText(start), start: `${start}-04-01`, end: `${start + 1}-03-31` } };
}

/** Reads a period as a month (2025-10), a financial quarter (2025-Q3, Q1 = April to June) or a financial year (2025/26). */
export function parsePeriod(text: string): Parsed<Period> {
  const s = text.trim();
  let m = MONTH.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, message: `“${s}” is not a month: the month must be 01 to 12.` };
    const start = `${s}-01`;
    return { ok: true, value: { kind: 'month', text: s, start, end: lastDay(s), year: financialYearOf(start) } };
  }
  m = QUARTER.exec(s);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const firstMonth = q === 4 ? `${y + 1}-01` : `${y}-${String(1 + q * 3).padStart(2, '0')}`;
    const lastMonth = nextMonth(nextMonth(firstMonth));
    return { ok: true, value: { kind: 'quarter', text: `${y}-Q${q}`, start: `${firstMonth}-01`, end: lastDay(lastMonth), year: yearText(y) } };
  }
  if (YEAR.test(s)) {
    const y = parseFinancialYear(s);
    if (!y.ok) return y;
    return { ok: true, value: { kind: 'year', text: y.value.year, start: y.value.start, end: y.value.end, year: y.value.year } };
  }
  return { ok: false, message: `“${s}” is not a period: write ${PERIOD_EXAMPLES}.` };
}

const KIND_OF: Record<Frequency, Period['kind']> = { monthly: 'month', quarterly: 'quarter', annual: 'year' };
const EXAMPLE_OF: Record<Frequency, string> = {
  monthly: 'a month like 2025-10',
  quarterly: 'a financial quarter like 2025-Q3',
  annual: 'a financial year like 2025/26',
};

/** The period of a value for a measure of this frequency, or why it cannot be one: refused when it is in the future. */
export function periodForMeasure(text: string, m: { code: string; frequency: Frequency }, today: IsoDate): Parsed<Period> {
  const p = parsePeriod(text);
  if (!p.ok) return p;
  if (p.value.kind !== KIND_OF[m.frequency])
    return { ok: false, message: `${m.code} is ${m.frequency}: give ${EXAMPLE_OF[m.frequency]}, not “${p.value.text}”.` };
  if (p.value.start > today) return { ok: false, message: `${p.value.text} is in the future: a value can only be given for a period that has begun.` };
  return p;
}

/** The twelve months of a financial year, April to March. */
export function monthsOfYear(year: FinancialYear): Month[] {
  const start = Number(year.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => (i < 9 ? `${start}-${String(i + 4).padStart(2, '0')}` : `${start + 1}-${String(i - 8).padStart(2, '0')}`));
}

export const previousYear = (year: FinancialYear): FinancialYear => yearText(Number(year.slice(0, 4)) - 1);

/** The same month a year earlier: 2025-10 → 2024-10. */
export const sameMonthLastYear = (month: Month): Month => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

/** How a ratio is scaled into its unit: a share as a percentage, a rate per 1,000 homes. */
export const ratioScale = (unit: MeasureUnit): number => (unit === 'percent' ? 100 : unit === 'per_1000_homes' ? 1000 : 1);

/** A value as given for a period, with its numerator and denominator when the measure is a ratio. */
export interface PeriodValue {
  period: string;
  /** the period's last day, to put values in order and to cut a year to date */
  end: IsoDate;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}

/** A value checked against its measure's unit: negative, or a percentage over 100, is refused. */
export function valueProblem(value: number, unit: MeasureUnit): string | null {
  if (!Number.isFinite(value)) return 'The value must be a number.';
  if (value < 0) return 'The value cannot be negative.';
  if (unit === 'percent' && value > 100) return `${value}% is over 100%: give a percentage from 0 to 100.`;
  return null;
}

/** A ratio measure's numerator and denominator, checked, and the value they make. */
export function ratioValue(numerator: number, denominator: number, unit: MeasureUnit): Parsed<number> {
  if (!Number.isFinite(numerator) || numerator < 0) return { ok: false, message: 'The numerator must be a number, 0 or more.' };
  if (!Number.isFinite(denominator) || denominator <= 0) return { ok: false, message: 'The denominator must be a number more than 0.' };
  if (unit === 'percent' && numerator > denominator)
    return { ok: false, message: `${numerator} of ${denominator} is over 100%: the numerator cannot be more than the denominator.` };
  return { ok: true, value: round1((numerator / denominator) * ratioScale(unit)) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The values of one financial year up to and including a period's end (the whole year when
 * `upTo` is not given), put together by the measure's rule. Values from another financial year
 * are never counted, so a year to date starts again each April. Null when there is nothing to put together.
 */
export function aggregate(
  rule: Aggregation,
  unit: MeasureUnit,
  values: readonly PeriodValue[],
  year: { start: IsoDate; end: IsoDate },
  upTo?: IsoDate,
): number | null {
  const last = upTo !== undefined && upTo < year.end ? upTo : year.end;
  const inYear = values.filter((v) => v.end >= year.start && v.end <= last).sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  if (inYear.length === 0) return null;
  switch (rule) {
    case 'sum':
      return round1(inYear.reduce((n, v) => n + v.value, 0));
    case 'average':
      return round1(inYear.reduce((n, v) => n + v.value, 0) / inYear.length);
    case 'latest':
      return inYear[inYear.length - 1]!.value;
    case 'ratio': {
      const parts = inYear.filter((v) => v.numerator != null && v.denominator != null);
      const den = parts.reduce((n, v) => n + v.denominator!, 0);
      if (den <= 0) return null;
      return round1((parts.reduce((n, v) => n + v.numerator!, 0) / den) * ratioScale(unit));
    }
  }
}

/**
 * A figure against its target: on target when it meets it; within tolerance when it misses by no
 * more than the tolerance; else off target. Which side counts as meeting follows the polarity.
 */
export function targetStatus(value: number | null, target: { target: number; tolerance: number } | null, polarity: Polarity): MeasureStatus | null {
  if (value === null || target === null) return null;
  const shortfall = polarity === 'higher' ? target.target - value : value - target.target;
  if (shortfall <= 1e-9) return 'on_target';
  return shortfall <= target.tolerance + 1e-9 ? 'within_tolerance' : 'off_target';
}

/**
 * The part of a year's target that the year to date is judged against: for a summed measure
 * (complaints received, compliments) the target is a year's total, so after some months it is
 * that share of the total (tolerance likewise); any other measure's target holds all year.
 */
export function targetToDate(
  target: { target: number; tolerance: number } | null,
  aggregation: Aggregation,
  monthsGone: number,
): { target: number; tolerance: number } | null {
  if (target === null) return null;
  if (aggregation !== 'sum' || monthsGone >= 12) return target;
  if (monthsGone <= 0) return null;
  return { target: (target.target * monthsGone) / 12, tolerance: (target.tolerance * monthsGone) / 12 };
}

/** This period's figure against the same period last year, whichever way is better for the measure. */
export function directionOfTravel(current: number | null, lastYear: number | null, polarity: Polarity): Direction | null {
  if (current === null || lastYear === null) return null;
  if (Math.abs(current - lastYear) < 1e-9) return 'no_change';
  return current > lastYear === (polarity === 'higher') ? 'improving' : 'worse';
}

/** A figure in its unit, as the scorecard writes it: 88.7%, 10.4 days, £1,250, 3.2 per 1,000 homes. */
export function formatMeasureValue(value: number | null, unit: MeasureUnit): string {
  if (value === null) return '–';
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: unit === 'pounds' ? 0 : 1 });
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'pounds':
      return `£${n}`;
    case 'per_1000_homes':
      return `${n} per 1,000 homes`;
    case 'number':
      return n;
  }
}

/** A measure's code: capitals, digits and hyphens, as the regulator writes them (CH01-S1). */
export const MEASURE_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;

export interface MeasureRule {
  code: string;
  unit: MeasureUnit;
  frequency: Frequency;
  aggregation: Aggregation;
  computedFrom: ComputedSource | null;
}

export interface ValueInput {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export type ValueField = 'period' | 'value' | 'numerator' | 'denominator';

/**
 * A value typed or imported for a measure, checked: a computed measure takes none; the period must
 * be the measure's kind and have begun; a ratio measure gives its numerator and denominator (the
 * value is worked out from them), any other a value in its unit. The first problem, by field.
 */
export function checkMeasureValue(
  m: MeasureRule,
  v: ValueInput,
  today: IsoDate,
):
  | { ok: true; value: { period: Period; value: number; numerator: number | null; denominator: number | null } }
  | { ok: false; field: ValueField; message: string } {
  if (m.computedFrom)
    return { ok: false, field: 'value', message: `${m.code} is worked out from ${COMPUTED_SOURCE_LABELS[m.computedFrom]}: it cannot be typed.` };
  const p = periodForMeasure(v.period, m, today);
  if (!p.ok) return { ok: false, field: 'period', message: p.message };
  if (m.aggregation === 'ratio') {
    if (v.numerator === null) return { ok: false, field: 'numerator', message: `${m.code} is a ratio: give the numerator (for example the calls answered).` };
    if (v.denominator === null)
      return { ok: false, field: 'denominator', message: `${m.code} is a ratio: give the denominator (for example the calls received).` };
    const r = ratioValue(v.numerator, v.denominator, m.unit);
    if (!r.ok) return { ok: false, field: r.message.startsWith('The denominator') ? 'denominator' : 'numerator', message: r.message };
    return { ok: true, value: { period: p.value, value: r.value, numerator: v.numerator, denominator: v.denominator } };
  }
  if (v.value === null) return { ok: false, field: 'value', message: 'Enter the value.' };
  const problem = valueProblem(v.value, m.unit);
  if (problem) return { ok: false, field: 'value', message: problem };
  return { ok: true, value: { period: p.value, value: v.value, numerator: null, denominator: null } };
}
