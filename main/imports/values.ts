import { CHECK_TYPES, CHECK_TYPE_LABELS, type CheckType, type Tenure } from '../../shared/domain/compliance';
import { isIsoDate } from '../../shared/domain/dates';
import type { Cell } from './readTable';

// Reading cell values the way UK housing spreadsheets write them.

export { headerKey } from '../../shared/domain/importFields';

export function text(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

export function yesNo(c: Cell): boolean | null {
  const v = text(c).toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  if (c === true) return true;
  if (c === false) return false;
  return null;
}

export function tenure(c: Cell): Tenure | null {
  const v = text(c)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (['tenant', 'tenancy', 'secure tenant', 'rented', 'social rent'].includes(v)) return 'tenant';
  if (['shared ownership', 'shared owner'].includes(v)) return 'shared_ownership';
  if (['leaseholder', 'lease', 'leasehold', 'right to buy'].includes(v)) return 'leaseholder';
  return null;
}

export function checkType(c: Cell): CheckType | null {
  const v = text(c).toUpperCase();
  if ((CHECK_TYPES as readonly string[]).includes(v)) return v as CheckType;
  const long = CHECK_TYPES.find((t) => CHECK_TYPE_LABELS[t].toUpperCase() === v);
  if (long) return long;
  const aliases: Record<string, CheckType> = {
    'GAS SAFETY': 'GAS',
    LGSR: 'GAS',
    CP12: 'GAS',
    ELECTRICAL: 'EICR',
    'FIRE RISK ASSESSMENT': 'FRA',
    FIRE: 'FRA',
    LEGIONELLA: 'WATER',
    'WATER RISK ASSESSMENT': 'WATER',
    LIFTS: 'LIFT',
    LOLER: 'LIFT',
    'ASBESTOS RE-INSPECTION': 'ASBESTOS',
  };
  return aliases[v] ?? null;
}

const TWO_DIGIT_CENTURY_TURN = 70;
/** Excel serials of 1 January 1990 and 1 January 2050. */
const PLAUSIBLE_SERIALS = [32874, 54789] as const;

/** Days from Excel's epoch (1899-12-30, counting its 1900 leap-year bug) to a date. */
/** An Excel date serial; a fraction is the time of day, which a check's date does not need. */
function fromExcelSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n >= 100000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Why a cell is not a date, in words: a month over 12 is most likely a US-style date. */
export function notADate(c: Cell): string {
  const v = text(c);
  if (typeof c === 'string' && /^\d{4,6}(\.\d+)?$/.test(v))
    return `“${v}” is a number, not a date (as an Excel date serial it would be ${fromExcelSerial(Number(v)) ?? 'no date'}): format the column as dates (dd/mm/yyyy) in the spreadsheet and save it again.`;
  const short = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/.exec(v);
  if (short && Number(short[3]) >= TWO_DIGIT_CENTURY_TURN)
    return `“${v}” has a two-digit year that could be 19${short[3]} or 20${short[3]}: write the year in full (dd/mm/yyyy).`;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
  if (m && Number(m[2]) > 12 && Number(m[1]) <= 12) return `“${v}” is not a real date: dates are read day first (dd/mm/yyyy), so ${m[2]} cannot be the month.`;
  return `“${v}” is not a real date.`;
}

/**
 * A date as UK files write it: dd/mm/yyyy, d/m/yy, 2024-03-31, an Excel serial number or a
 * spreadsheet date. Day first always: a file "otherwise in dd/mm" reads 04/05/2024 as 4 May.
 * Returns null when it is not a real date.
 */
export function ukDate(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  if (typeof c === 'number') return fromExcelSerial(c);
  const v = text(c);
  // A number in a CSV is read as an Excel serial only when it gives a date a register could hold
  // (1990 to 2050); 20001 (3 October 1954) is more likely a reference in the wrong column.
  if (/^\d{4,6}(\.\d+)?$/.test(v)) return Number(v) >= PLAUSIBLE_SERIALS[0] && Number(v) <= PLAUSIBLE_SERIALS[1] ? fromExcelSerial(Number(v)) : null;
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
  if (!m) return null;
  // A two-digit year is this century's up to 69; 70 and later could be either, so it is asked for in full.
  if (m[3]!.length === 2 && Number(m[3]) >= TWO_DIGIT_CENTURY_TURN) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
