import { describe, expect, it } from 'vitest';
import { checkStatus, deriveExpiry, gasChainChanges, lastYearEnd, measureFigure } from '../../shared/domain/compliance';

describe('check expiry', () => {
  it('runs the interval from the day the check was done', () => {
    expect(deriveExpiry('EICR', '2021-04-10', 60, null)).toBe('2026-04-10');
    expect(deriveExpiry('LIFT', '2026-08-31', 6, null)).toBe('2027-02-28');
  });
  it('keeps the gas anniversary for a check done in the two months before it falls due', () => {
    expect(deriveExpiry('GAS', '2026-03-01', 12, '2026-04-15')).toBe('2027-04-15');
    expect(deriveExpiry('GAS', '2026-02-15', 12, '2026-04-15')).toBe('2027-04-15');
    expect(deriveExpiry('GAS', '2026-02-14', 12, '2026-04-15')).toBe('2027-02-14');
    expect(deriveExpiry('GAS', '2026-04-16', 12, '2026-04-15')).toBe('2027-04-16');
    expect(deriveExpiry('FRA', '2026-03-01', 12, '2026-04-15')).toBe('2027-03-01');
  });
});

describe('a home’s chain of gas checks', () => {
  const recorded = [
    { id: 1, done: '2024-04-15', expiry: '2025-04-15', given: false },
    // recorded before check 4 was known: its own anniversary
    { id: 2, done: '2026-03-01', expiry: '2027-03-01', given: false },
    { id: 3, done: '2027-02-01', expiry: '2028-03-01', given: false },
  ];
  // the late one: done 15 Apr 2025, due 15 Apr 2026; check 2 was within two months of that
  const late = { id: 4, done: '2025-04-15', expiry: '2026-04-15', given: false };

  it('carries a check recorded late on down the chain, keeping entered expiries and the new check’s own', () => {
    expect(gasChainChanges(recorded, [...recorded, late], 12)).toEqual([
      { id: 2, before: '2027-03-01', after: '2027-04-15' },
      // check 3 was early for 1 Mar 2027 and is now more than two months early for 15 Apr 2027: its own date
      { id: 3, before: '2028-03-01', after: '2028-02-01' },
    ]);
    // an entered expiry is kept, and the chain goes on from it unchanged
    const entered = recorded.map((c) => (c.id === 2 ? { ...c, given: true } : c));
    expect(gasChainChanges(entered, [...entered, late], 12)).toEqual([]);
    // removing the late check takes the chain back
    const after = [recorded[0]!, { ...recorded[1]!, expiry: '2027-04-15' }, { ...recorded[2]!, expiry: '2028-02-01' }];
    expect(gasChainChanges([...after, late], after, 12)).toEqual([
      { id: 2, before: '2027-04-15', after: '2027-03-01' },
      { id: 3, before: '2028-02-01', after: '2028-03-01' },
    ]);
  });

  it('leaves what the change did not reach as it was, whatever the interval now', () => {
    // a check added after the last one touches nothing, even with an 11-month interval set since
    expect(gasChainChanges(recorded, [...recorded, { id: 5, done: '2027-12-01', expiry: '2028-11-01', given: false }], 11)).toEqual([]);
    // nor does a correction that keeps a check's expiry (its contractor, say)
    expect(gasChainChanges(recorded, recorded, 11)).toEqual([]);
    // a check added between 2 and 3 changes 3 only: no longer early for anything, it runs from its own date
    const between = { id: 6, done: '2026-12-20', expiry: '2027-12-20', given: false };
    expect(gasChainChanges(recorded, [...recorded, between], 12)).toEqual([{ id: 3, before: '2028-03-01', after: '2028-02-01' }]);
  });

  it('takes the check before one as the latest done on an earlier day, so a same-day re-test changes nothing', () => {
    const retest = { id: 7, done: '2026-03-01', expiry: '2027-03-01', given: false };
    expect(gasChainChanges(recorded, [...recorded, retest], 12)).toEqual([]);
  });
});

describe('check status on a date', () => {
  it('is in date, due soon, overdue, no access, missing or not required', () => {
    expect(checkStatus(false, null, null, '2026-11-23')).toBe('not_required');
    expect(checkStatus(true, '2027-06-01', null, '2026-11-23')).toBe('in_date');
    expect(checkStatus(true, '2026-12-23', null, '2026-11-23')).toBe('due_soon');
    expect(checkStatus(true, '2026-11-23', null, '2026-11-23')).toBe('due_soon');
    expect(checkStatus(true, '2026-11-22', null, '2026-11-23')).toBe('overdue');
    expect(checkStatus(true, '2026-11-01', '2026-11-10', '2026-11-23')).toBe('no_access');
    expect(checkStatus(true, null, null, '2026-11-23')).toBe('missing');
  });
});

describe('measures', () => {
  it('rounds to one decimal place and gives null when no home requires the check', () => {
    expect(measureFigure(3, 2)).toEqual({ requiring: 3, compliant: 2, percent: 66.7 });
    expect(measureFigure(0, 0)).toEqual({ requiring: 0, compliant: 0, percent: null });
    expect(measureFigure(8, 8).percent).toBe(100);
  });
  it('defaults to the last 31 March', () => {
    expect(lastYearEnd('2026-11-23')).toBe('2026-03-31');
    expect(lastYearEnd('2026-03-31')).toBe('2026-03-31');
    expect(lastYearEnd('2026-03-30')).toBe('2025-03-31');
  });
});
