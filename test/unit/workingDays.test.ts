import { describe, expect, it } from 'vitest';
import {
  bankHoliday,
  bankHolidays,
  easterSunday,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  notAWorkingDayWarning,
  previousWorkingDay,
} from '../../shared/domain/workingDays';

// England and Wales, as published on GOV.UK (https://www.gov.uk/bank-holidays).
const GOV_UK: Record<number, string[]> = {
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
};

describe('working days in England and Wales', () => {
  it.each(Object.entries(GOV_UK))('gives the bank holidays GOV.UK publishes for %s', (year, dates) => {
    expect(bankHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
  });

  it('names substitute days as GOV.UK does', () => {
    expect(bankHoliday('2026-12-28')?.name).toBe('Boxing Day (substitute day)');
    expect(bankHoliday('2027-12-27')?.name).toBe('Christmas Day (substitute day)');
    expect(bankHoliday('2027-12-28')?.name).toBe('Boxing Day (substitute day)');
    expect(bankHoliday('2028-01-03')?.name).toBe('New Year’s Day (substitute day)');
    // Christmas on a Sunday: Boxing Day keeps the Monday, Christmas takes the Tuesday
    expect(bankHolidays(2022).filter((h) => h.date >= '2022-12-01')).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('works out Easter by the Gregorian calendar', () => {
    expect(['2024', '2025', '2026', '2027', '2028', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('keeps the holidays moved or added by proclamation', () => {
    expect(bankHolidays(2022).map((h) => h.date)).toContain('2022-06-03');
    expect(bankHolidays(2022).map((h) => h.date)).not.toContain('2022-05-30');
    expect(bankHoliday('2023-05-08')).not.toBeNull();
  });

  it('finds the next and previous working day', () => {
    expect(isWeekend('2026-12-26')).toBe(true);
    expect(isWeekend('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-29');
    expect(previousWorkingDay('2026-12-28')).toBe('2026-12-24');
    expect(nextWorkingDay('2027-04-03')).toBe('2027-04-05');
  });

  it('asks about a weekend or a bank holiday, and says nothing of a working day', () => {
    expect(notAWorkingDayWarning('2026-12-26')).toBe('26 December 2026 is a Saturday: is that right?');
    expect(notAWorkingDayWarning('2026-12-27')).toBe('27 December 2026 is a Sunday: is that right?');
    expect(notAWorkingDayWarning('2026-12-28')).toBe('28 December 2026 is a bank holiday (Boxing Day, substitute day): is that right?');
    expect(notAWorkingDayWarning('2025-12-26')).toBe('26 December 2025 is a bank holiday (Boxing Day): is that right?');
    expect(notAWorkingDayWarning('2026-12-29')).toBeNull();
  });
});
