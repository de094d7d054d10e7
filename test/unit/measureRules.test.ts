import { describe, expect, it } from 'vitest';
import {
  aggregate,
  checkMeasureValue,
  directionOfTravel,
  financialYearOf,
  monthsOfYear,
  parseFinancialYear,
  parsePeriod,
  periodForMeasure,
  ratioValue,
  targetStatus,
  targetToDate,
  valueProblem,
  type PeriodValue,
} from '../../shared/domain/measures';
import { lastDay } from '../../shared/domain/months';

const month = (m: string, value: number, numerator?: number, denominator?: number): PeriodValue => ({
  period: m,
  end: lastDay(m),
  value,
  numerator,
  denominator,
});
const Y2025 = { start: '2025-04-01', end: '2026-03-31' };

describe('periods', () => {
  it('reads months, financial quarters (Q1 = April to June) and financial years', () => {
    expect(parsePeriod('2025-10')).toMatchObject({ ok: true, value: { kind: 'month', start: '2025-10-01', end: '2025-10-31', year: '2025/26' } });
    expect(parsePeriod('2026-02')).toMatchObject({ ok: true, value: { end: '2026-02-28', year: '2025/26' } });
    expect(parsePeriod('2025-Q1')).toMatchObject({ ok: true, value: { kind: 'quarter', start: '2025-04-01', end: '2025-06-30', year: '2025/26' } });
    expect(parsePeriod('2025-q4')).toMatchObject({ ok: true, value: { text: '2025-Q4', start: '2026-01-01', end: '2026-03-31', year: '2025/26' } });
    expect(parsePeriod('2024/25')).toMatchObject({ ok: true, value: { kind: 'year', start: '2024-04-01', end: '2025-03-31', year: '2024/25' } });
    expect(parsePeriod('1999/00')).toMatchObject({ ok: true, value: { start: '1999-04-01' } });
  });

  it('refuses what is not a period, saying how to write one', () => {
    expect(parsePeriod('2025-13')).toEqual({ ok: false, message: '“2025-13” is not a month: the month must be 01 to 12.' });
    expect(parsePeriod('2025/27')).toEqual({ ok: false, message: '“2025/27” is not a financial year: after 2025 comes 2025/26.' });
    expect(parsePeriod('Oct 2025')).toMatchObject({ ok: false, message: expect.stringContaining('a month like 2025-10') });
    expect(parsePeriod('2025-Q5').ok).toBe(false);
    expect(parseFinancialYear('2025').ok).toBe(false);
    expect(parseFinancialYear(' ')).toEqual({ ok: false, message: 'Enter the financial year, like 2025/26.' });
  });

  it('puts 31 March in the year that ends then and 1 April in the next', () => {
    expect(financialYearOf('2026-03-31')).toBe('2025/26');
    expect(financialYearOf('2026-04-01')).toBe('2026/27');
    expect(monthsOfYear('2025/26')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('takes only the period a measure is given for, and none in the future', () => {
    const today = '2026-12-04';
    expect(periodForMeasure('2026-12', { code: 'CALLS', frequency: 'monthly' }, today).ok).toBe(true);
    expect(periodForMeasure('2027-01', { code: 'CALLS', frequency: 'monthly' }, today)).toEqual({
      ok: false,
      message: '2027-01 is in the future: a value can only be given for a period that has begun.',
    });
    expect(periodForMeasure('2026-Q3', { code: 'CALLS', frequency: 'monthly' }, today)).toEqual({
      ok: false,
      message: 'CALLS is monthly: give a month like 2025-10, not “2026-Q3”.',
    });
    expect(periodForMeasure('2025/26', { code: 'RP01', frequency: 'annual' }, today).ok).toBe(true);
  });
});

describe('values', () => {
  it('refuses a percentage over 100 and a negative figure', () => {
    expect(valueProblem(100.1, 'percent')).toBe('100.1% is over 100%: give a percentage from 0 to 100.');
    expect(valueProblem(100, 'percent')).toBeNull();
    expect(valueProblem(150, 'days')).toBeNull();
    expect(valueProblem(-1, 'number')).toBe('The value cannot be negative.');
  });

  it('works a ratio out from its numerator and denominator, scaled to the unit', () => {
    expect(ratioValue(887, 1000, 'percent')).toEqual({ ok: true, value: 88.7 });
    expect(ratioValue(12, 4000, 'per_1000_homes')).toEqual({ ok: true, value: 3 });
    expect(ratioValue(5, 4, 'percent').ok).toBe(false);
    expect(ratioValue(5, 0, 'percent').ok).toBe(false);
  });
});

describe('aggregation across the financial-year boundary', () => {
  // March belongs to 2024/25; April and May to 2025/26.
  const values = [month('2025-02', 10, 80, 100), month('2025-03', 20, 90, 100), month('2025-04', 30, 45, 50), month('2025-05', 40, 10, 150)];

  it('sums only the months of the year', () => {
    expect(aggregate('sum', 'number', values, Y2025)).toBe(70);
    expect(aggregate('sum', 'number', values, { start: '2024-04-01', end: '2025-03-31' })).toBe(30);
  });

  it('averages only the months of the year', () => {
    expect(aggregate('average', 'days', values, Y2025)).toBe(35);
  });

  it('takes the latest month of the year to date', () => {
    expect(aggregate('latest', 'percent', values, Y2025)).toBe(40);
    expect(aggregate('latest', 'percent', values, Y2025, '2025-04-30')).toBe(30);
  });

  it('divides the sums, not the monthly ratios', () => {
    // (45 + 10) / (50 + 150) = 27.5%, where the average of 90% and 6.7% would be 48.3%
    expect(aggregate('ratio', 'percent', values, Y2025)).toBe(27.5);
    expect(aggregate('ratio', 'percent', values, Y2025, '2025-04-30')).toBe(90);
  });

  it('has nothing to show for a year without values', () => {
    expect(aggregate('sum', 'number', values, Y2025, '2025-03-31')).toBeNull();
    expect(aggregate('ratio', 'percent', [month('2025-04', 5)], Y2025)).toBeNull();
  });
});

describe('status against target', () => {
  const t = { target: 95, tolerance: 2 };
  it('higher is better', () => {
    expect(targetStatus(95, t, 'higher')).toBe('on_target');
    expect(targetStatus(96, t, 'higher')).toBe('on_target');
    expect(targetStatus(93, t, 'higher')).toBe('within_tolerance');
    expect(targetStatus(92.9, t, 'higher')).toBe('off_target');
  });
  it('lower is better', () => {
    const days = { target: 10, tolerance: 1 };
    expect(targetStatus(10, days, 'lower')).toBe('on_target');
    expect(targetStatus(9.7, days, 'lower')).toBe('on_target');
    expect(targetStatus(10.4, days, 'lower')).toBe('within_tolerance');
    expect(targetStatus(11.1, days, 'lower')).toBe('off_target');
  });
  it('has no status without a figure or a target', () => {
    expect(targetStatus(null, t, 'higher')).toBeNull();
    expect(targetStatus(90, null, 'higher')).toBeNull();
  });
});

describe('direction of travel', () => {
  it('follows the polarity', () => {
    expect(directionOfTravel(88.7, 93.9, 'higher')).toBe('worse');
    expect(directionOfTravel(10.4, 14.5, 'lower')).toBe('improving');
    expect(directionOfTravel(12, 10, 'lower')).toBe('worse');
    expect(directionOfTravel(50, 50, 'higher')).toBe('no_change');
    expect(directionOfTravel(50, null, 'higher')).toBeNull();
  });
});

describe('a value for a measure', () => {
  const calls = { code: 'CALLS', unit: 'percent', frequency: 'monthly', aggregation: 'ratio', computedFrom: null } as const;
  const days = { code: 'S1-DAYS', unit: 'days', frequency: 'monthly', aggregation: 'average', computedFrom: null } as const;
  const today = '2026-12-04';
  it('is refused for a computed measure, saying where it comes from', () => {
    expect(
      checkMeasureValue({ ...days, code: 'BS01', computedFrom: 'compliance' }, { period: '2026-10', value: 99, numerator: null, denominator: null }, today),
    ).toEqual({
      ok: false,
      field: 'value',
      message: 'BS01 is worked out from the compliance register: it cannot be typed.',
    });
  });
  it('takes a ratio as its two parts and works the value out', () => {
    expect(checkMeasureValue(calls, { period: '2026-10', value: null, numerator: 887, denominator: 1000 }, today)).toMatchObject({
      ok: true,
      value: { value: 88.7, numerator: 887, denominator: 1000 },
    });
    expect(checkMeasureValue(calls, { period: '2026-10', value: 88.7, numerator: null, denominator: null }, today)).toMatchObject({
      ok: false,
      field: 'numerator',
    });
    expect(checkMeasureValue(calls, { period: '2026-10', value: null, numerator: 5, denominator: 0 }, today)).toMatchObject({
      ok: false,
      field: 'denominator',
    });
  });
  it('names the field of the first problem', () => {
    expect(checkMeasureValue(days, { period: '2027-01', value: 9, numerator: null, denominator: null }, today)).toMatchObject({ ok: false, field: 'period' });
    expect(checkMeasureValue(days, { period: '2026-10', value: null, numerator: null, denominator: null }, today)).toMatchObject({ ok: false, field: 'value' });
    expect(checkMeasureValue({ ...days, unit: 'percent' }, { period: '2026-10', value: 101, numerator: null, denominator: null }, today)).toMatchObject({
      ok: false,
      field: 'value',
      message: '101% is over 100%: give a percentage from 0 to 100.',
    });
  });
});

describe('a year’s target to date', () => {
  const compliments = { target: 240, tolerance: 12 };
  it('is a summed measure’s target in proportion to the months gone, so that half a year is judged against half the total', () => {
    expect(targetToDate(compliments, 'sum', 6)).toEqual({ target: 120, tolerance: 6 });
    expect(targetStatus(118, targetToDate(compliments, 'sum', 6), 'higher')).toBe('within_tolerance');
    expect(targetStatus(203, targetToDate(compliments, 'sum', 8), 'higher')).toBe('on_target');
    expect(targetToDate(compliments, 'sum', 12)).toEqual(compliments);
  });
  it('is the year’s target for an average, a latest figure or a ratio', () => {
    for (const aggregation of ['average', 'latest', 'ratio'] as const)
      expect(targetToDate({ target: 95, tolerance: 2 }, aggregation, 3)).toEqual({ target: 95, tolerance: 2 });
  });
  it('has nothing before the first month ends', () => {
    expect(targetToDate(compliments, 'sum', 0)).toBeNull();
    expect(targetToDate(null, 'sum', 6)).toBeNull();
  });
});
