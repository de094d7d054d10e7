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
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
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
