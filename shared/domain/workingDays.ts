import { addDays, formatMonth, type IsoDate } from './dates';

// Working days in England and Wales: Monday to Friday, except the bank holidays. The regular
// bank holidays are worked out for any year; the few moved or added by proclamation are listed.

export interface BankHoliday {
  date: IsoDate;
  /** as GOV.UK names it, e.g. "Boxing Day (substitute day)" */
  name: string;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const iso = (year: number, month1: number, day: number): IsoDate => `${year}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function dayName(date: IsoDate): string {
  return DAY_NAMES[weekday(date)]!;
}

export function isWeekend(date: IsoDate): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month1: number): IsoDate {
  const first = iso(year, month1, 1);
  return addDays(first, (8 - weekday(first)) % 7);
}

function lastMonday(year: number, month1: number): IsoDate {
  const last = addDays(iso(month1 === 12 ? year + 1 : year, month1 === 12 ? 1 : month1 + 1, 1), -1);
  return addDays(last, -((weekday(last) + 6) % 7));
}

// Moved or added by royal proclamation; GOV.UK lists these.
const MOVED: Record<IsoDate, IsoDate> = { '2020-05-04': '2020-05-08', '2022-05-30': '2022-06-02' };
const ADDED: BankHoliday[] = [
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** The bank holidays of one year in England and Wales, in date order. */
export function bankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const fixed: BankHoliday[] = [
    { date: iso(year, 1, 1), name: 'New Year’s Day' },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    { date: iso(year, 12, 25), name: 'Christmas Day' },
    { date: iso(year, 12, 26), name: 'Boxing Day' },
  ].map((h) => ({ ...h, date: MOVED[h.date] ?? h.date }));
  // A holiday on a weekend is given the next weekday not already a holiday (Christmas first, so
  // a Saturday Christmas is the Monday and Boxing Day the Tuesday).
  const days: BankHoliday[] = fixed.filter((h) => !isWeekend(h.date));
  for (const h of fixed.filter((x) => isWeekend(x.date))) {
    let d = addDays(h.date, 1);
    while (isWeekend(d) || days.some((x) => x.date === d)) d = addDays(d, 1);
    days.push({ date: d, name: `${h.name} (substitute day)` });
  }
  days.push(...ADDED.filter((h) => h.date.startsWith(`${year}-`)));
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

export function bankHoliday(date: IsoDate): BankHoliday | null {
  return bankHolidays(Number(date.slice(0, 4))).find((h) => h.date === date) ?? null;
}

// Each year's bank holidays are worked out once: a complaint's clocks test hundreds of days each.
const holidayDates = new Map<number, ReadonlySet<IsoDate>>();

export function isWorkingDay(date: IsoDate): boolean {
  if (isWeekend(date)) return false;
  const year = Number(date.slice(0, 4));
  let holidays = holidayDates.get(year);
  if (!holidays) holidayDates.set(year, (holidays = new Set(bankHolidays(year).map((h) => h.date))));
  return !holidays.has(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The date itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** "26 December 2026" */
export function formatDateFull(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${formatMonth(date)}`;
}

/**
 * A question to put to someone who picked a day off, or null for a working day:
 * "26 December 2026 is a Saturday: is that right?"
 */
export function notAWorkingDayWarning(date: IsoDate): string | null {
  if (isWeekend(date)) return `${formatDateFull(date)} is a ${dayName(date)}: is that right?`;
  const holiday = bankHoliday(date);
  return holiday ? `${formatDateFull(date)} is a bank holiday (${holiday.name.replace(' (substitute day)', ', substitute day')}): is that right?` : null;
}
