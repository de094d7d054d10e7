import { addDays, type IsoDate } from './dates';
import { financialYearOf } from './complaints';
import { previousYear } from './measures';

// The annual complaints performance report's rules (seed 003): which financial year a paper
// reports, and how late responses are banded.

/**
 * The financial year an annual report as at `asAt` presents: the last one ended on or before that
 * date (as at 31 March 2026 it is 2025/26; as at 30 March 2026, 2024/25).
 */
export function reportedComplaintsYear(asAt: IsoDate): string {
  return previousYear(financialYearOf(addDays(asAt, 1)));
}

/** How late a late response was, in working days after its due day. */
export const LATE_BANDS = [
  { label: '1 to 5 working days', from: 1, to: 5 },
  { label: '6 to 10 working days', from: 6, to: 10 },
  { label: 'Over 10 working days', from: 11, to: null },
] as const satisfies readonly { label: string; from: number; to: number | null }[];

/** The band a response `daysLate` working days late falls in (index into LATE_BANDS), or null when on time. */
export function lateBand(daysLate: number): number | null {
  if (daysLate < 1) return null;
  return LATE_BANDS.findIndex((b) => daysLate >= b.from && (b.to === null || daysLate <= b.to));
}

/** The financial quarter of a date, 1 (April-June) to 4 (January-March). */
export function financialQuarter(date: IsoDate): 1 | 2 | 3 | 4 {
  const month = Number(date.slice(5, 7));
  return (month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4) as 1 | 2 | 3 | 4;
}

/** The Complaint Handling Code expects every response within its timescales. */
export const CODE_EXPECTATION = 100;
