import { formatMonth } from './dates';
import { parsePeriod, targetStatus, type Aggregation, type MeasureUnit, type Polarity } from './measures';

// The public measures as the monthly update tells residents about them: one plain sentence per
// measure, in the words of its public phrase, with the figure, the period, and whether we met the
// target. No codes, no "tolerance".

/** A public measure's figure for one period, with that period's target. */
export interface PublicFigure {
  /** the measure's name, used when it has no public phrase */
  name: string;
  /** how residents read it: `{value}` the figure in its unit, `{number}` the bare figure, `{s}` "s" unless it is 1, `{period}` the period in words */
  phrase: string | null;
  unit: MeasureUnit;
  polarity: Polarity;
  aggregation: Aggregation;
  value: number;
  /** as stored: 2026-10, 2026-Q2 or 2025/26 */
  period: string;
  target: { target: number; tolerance: number } | null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period in words: "October 2026", "July to September 2026", "2025/26". */
export function periodWords(period: string): string {
  const p = parsePeriod(period);
  if (!p.ok) return period;
  if (p.value.kind === 'month') return formatMonth(p.value.text);
  if (p.value.kind === 'year') return p.value.text;
  const first = MONTH_NAMES[Number(p.value.start.slice(5, 7)) - 1]!;
  const last = MONTH_NAMES[Number(p.value.end.slice(5, 7)) - 1]!;
  return `${first} to ${last} ${p.value.end.slice(0, 4)}`;
}

const bare = (n: number, unit: MeasureUnit) => n.toLocaleString('en-GB', { maximumFractionDigits: unit === 'pounds' ? 0 : 1 });

/** A figure in its unit as a sentence says it: 88.7%, 12, 10.4 working days, 2.1 for every 1,000 homes, £4,600. */
export function publicValue(n: number, unit: MeasureUnit): string {
  const b = bare(n, unit);
  switch (unit) {
    case 'percent':
      return `${b}%`;
    case 'days':
      return `${b} working ${n === 1 ? 'day' : 'days'}`;
    case 'pounds':
      return `£${b}`;
    case 'per_1000_homes':
      return `${b} for every 1,000 homes`;
    case 'number':
      return b;
  }
}

/** The target as residents read it: "95%", "at least 20", "no more than 10 working days". */
function targetWords(t: number, unit: MeasureUnit, polarity: Polarity): string {
  const v = publicValue(t, unit);
  if (polarity === 'lower') return `no more than ${v}`;
  return unit === 'percent' ? v : `at least ${v}`;
}

const VERDICT = { on_target: 'we met our target of', within_tolerance: 'we just missed our target of', off_target: 'we missed our target of' } as const;

/**
 * One plain sentence for a public measure: "We answered 88.7% of calls in October 2026; we missed
 * our target of 95%." Without a target it ends after the figure. A summed measure's target is
 * for the whole year, which one month's figure can neither meet nor miss, so it is left out.
 */
export function publicMeasureSentence(f: PublicFigure): string {
  const period = periodWords(f.period);
  const figure = f.phrase
    ? f.phrase
        .replaceAll('{value}', publicValue(f.value, f.unit))
        .replaceAll('{number}', bare(f.value, f.unit))
        .replaceAll('{s}', f.value === 1 ? '' : 's')
        .replaceAll('{period}', period)
    : `${f.name}: ${publicValue(f.value, f.unit)} in ${period}`;
  const status = f.aggregation === 'sum' ? null : targetStatus(f.value, f.target, f.polarity);
  const verdict = status && f.target ? `; ${VERDICT[status]} ${targetWords(f.target.target, f.unit, f.polarity)}` : '';
  return `${figure}${verdict}.`;
}
