// Calendar dates are ISO strings (YYYY-MM-DD) everywhere in the app; these helpers do the
// arithmetic in UTC so that a date never shifts by a day with the machine's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type IsoDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic, not a Date: an import of 100,000 checks works out an expiry for each.
function daysInMonth(year: number, month1: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month1 === 2 && leap ? 29 : DAYS_IN_MONTH[month1 - 1]!;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A month the app can work with: YYYY-MM between 1900 and 2200. */
export const isMonth = (v: string) => MONTH_PATTERN.test(v) && isIsoDate(`${v}-01`);

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** Today's date on this machine's local calendar. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a date: ${date}`);
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month1 = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${year}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** "23 Nov 2026", the form used in running text. */
export function formatDateLong(date: IsoDate | null | undefined): string {
  if (!date || !isIsoDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_SHORT[m - 1]} ${y}`;
}

/** "23/11/2026", the form used in grids. */
export function formatDateShort(date: IsoDate | null | undefined): string {
  if (!date || !isIsoDate(date)) return '';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "November 2026" for a YYYY-MM month or a date. */
export function formatMonth(monthOrDate: string): string {
  const [y, m] = monthOrDate.split('-').map(Number) as [number, number];
  return `${MONTHS_LONG[m - 1]} ${y}`;
}

/**
 * Reads a date typed by a UK user: 23/11/2026, 23/11/26, 23-11-2026, 23.11.2026 or ISO 2026-11-23.
 * Returns null when the text is not a real calendar date.
 */
export function parseUkDate(text: string): IsoDate | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year >= 70 ? 1900 : 2000;
  const iso = `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** What every date box says of text that is not a real date (the contract and the grids alike). */
export const notARealDate = (label: string) => `${label} must be a real date, for example 31/03/2027.`;

/** Text with any ISO date in it written the UK way: "R1: note of 2026-07-06" → "R1: note of 6 Jul 2026". */
export function ukDatesIn(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => (isIsoDate(d) ? formatDateLong(d) : d));
}

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
