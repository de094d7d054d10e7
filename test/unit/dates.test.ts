import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDateLong, formatDateShort, formatMonth, isIsoDate, parseUkDate } from '../../shared/domain/dates';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('23/11/2026')).toBe(false);
    expect(isIsoDate('soon')).toBe(false);
    expect(isIsoDate(20261123)).toBe(false);
  });

  it('reads UK dates as day first', () => {
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23');
    expect(parseUkDate('3/4/26')).toBe('2026-04-03');
    expect(parseUkDate('03.04.2026')).toBe('2026-04-03');
    expect(parseUkDate(' 2026-04-03 ')).toBe('2026-04-03');
    expect(parseUkDate('31/02/2026')).toBeNull();
    expect(parseUkDate('11/23/2026')).toBeNull();
    expect(parseUkDate('next week')).toBeNull();
  });

  it('formats for text and for grids', () => {
    expect(formatDateLong('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDateShort('2026-11-03')).toBe('03/11/2026');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatDateShort(null)).toBe('');
  });

  it('does date arithmetic without time-zone drift', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-23', -12)).toBe('2025-11-23');
    expect(addMonths('2026-11-23', 36)).toBe('2029-11-23');
    expect(daysBetween('2026-11-23', '2026-12-23')).toBe(30);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('knows the length of every month from 1900 to 2200, leap years included, as the calendar does', () => {
    for (let year = 1900; year <= 2200; year++)
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const ym = `${year}-${String(month).padStart(2, '0')}`;
        expect(isIsoDate(`${ym}-${last}`)).toBe(true);
        expect(isIsoDate(`${ym}-${last + 1}`)).toBe(false);
        if (year < 2200) expect(addMonths(`${year}-01-31`, month - 1)).toBe(`${ym}-${last}`);
      }
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });
});
