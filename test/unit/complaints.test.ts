import { describe, expect, it } from 'vitest';
import {
  acknowledgementDue,
  addWorkingDays,
  complaintClock,
  dueSoonUntil,
  financialYearDates,
  financialYearOf,
  isFinancialYear,
  NO_EXTRA_DAYS,
  openDaysLate,
  percentOnTime,
  responseDue,
  workingDaysAfter,
  type ComplaintDates,
} from '../../shared/domain/complaints';

const none = NO_EXTRA_DAYS;
const stage1 = (over: Partial<ComplaintDates> = {}): ComplaintDates => ({
  stage: 1,
  received: '2025-06-02',
  acknowledged: null,
  extensionDays: 0,
  responded: null,
  ...over,
});

describe('working days for the Complaint Handling Code', () => {
  it('counts day 1 as the first working day after the start date', () => {
    expect(addWorkingDays('2025-06-02', 1, none)).toBe('2025-06-03');
    expect(addWorkingDays('2025-06-02', 0, none)).toBe('2025-06-02');
    // received on a Saturday: day 1 is the Monday
    expect(acknowledgementDue('2025-06-07', none)).toBe('2025-06-13');
    expect(acknowledgementDue('2025-06-02', none)).toBe('2025-06-09');
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(acknowledgementDue('2025-04-17', none)).toBe('2025-04-28');
    // and the early May bank holiday on the way to the response
    expect(responseDue({ stage: 1, received: '2025-04-17', acknowledged: null, extensionDays: 0 }, none)).toBe('2025-05-13');
  });

  it('skips Christmas, Boxing Day, New Year and their substitute days', () => {
    // 2026: Boxing Day is a Saturday, its substitute the Monday 28th
    expect(acknowledgementDue('2026-12-23', none)).toBe('2027-01-04');
    // 2027: Christmas on a Saturday (Monday 27th), Boxing Day on a Sunday (Tuesday 28th); New Year 2028 on a Saturday (Monday 3 January)
    expect(acknowledgementDue('2027-12-24', none)).toBe('2028-01-05');
  });

  it("skips the landlord's own non-working days", () => {
    expect(acknowledgementDue('2025-06-02', new Set(['2025-06-05']))).toBe('2025-06-10');
  });

  it('counts working days after a date up to and including another', () => {
    expect(workingDaysAfter('2025-06-23', '2025-06-23', none)).toBe(0);
    expect(workingDaysAfter('2025-06-23', '2025-06-24', none)).toBe(1);
    expect(workingDaysAfter('2025-06-20', '2025-06-23', none)).toBe(1);
    expect(workingDaysAfter('2025-06-23', '2025-06-20', none)).toBe(0);
    expect(workingDaysAfter('2026-12-24', '2026-12-29', none)).toBe(1);
  });
});

describe('the response due date', () => {
  it('runs from the acknowledgement when it was on time', () => {
    expect(responseDue(stage1({ acknowledged: '2025-06-04' }), none)).toBe('2025-06-18');
    expect(responseDue(stage1({ acknowledged: '2025-06-09' }), none)).toBe('2025-06-23');
  });

  it("runs from the acknowledgement's due date when it was late or is not recorded", () => {
    expect(responseDue(stage1({ acknowledged: '2025-06-11' }), none)).toBe('2025-06-23');
    expect(responseDue(stage1({ acknowledged: null }), none)).toBe('2025-06-23');
  });

  it('gives stage 2 twenty working days', () => {
    expect(responseDue(stage1({ stage: 2, acknowledged: '2025-06-04' }), none)).toBe('2025-07-02');
  });

  it('adds an extension up to 10 working days at stage 1 and 20 at stage 2, no more', () => {
    expect(responseDue(stage1({ extensionDays: 9 }), none)).toBe('2025-07-04');
    expect(responseDue(stage1({ extensionDays: 10 }), none)).toBe('2025-07-07');
    expect(responseDue(stage1({ extensionDays: 11 }), none)).toBe('2025-07-07');
    expect(responseDue(stage1({ extensionDays: 30 }), none)).toBe('2025-07-07');
    expect(responseDue(stage1({ stage: 2, acknowledged: '2025-06-04', extensionDays: 20 }), none)).toBe('2025-07-30');
    expect(responseDue(stage1({ stage: 2, acknowledged: '2025-06-04', extensionDays: 21 }), none)).toBe('2025-07-30');
  });
});

describe('on time and days late', () => {
  it('is on time when responded on the due day, one day late the day after', () => {
    expect(complaintClock(stage1({ responded: '2025-06-23' }), none)).toEqual({
      acknowledgementDue: '2025-06-09',
      responseDue: '2025-06-23',
      onTime: true,
      daysLate: 0,
    });
    expect(complaintClock(stage1({ responded: '2025-06-24' }), none)).toMatchObject({ onTime: false, daysLate: 1 });
    expect(complaintClock(stage1({ responded: '2025-06-30' }), none)).toMatchObject({ onTime: false, daysLate: 5 });
    expect(complaintClock(stage1({ responded: '2025-06-03' }), none)).toMatchObject({ onTime: true, daysLate: 0 });
  });

  it('leaves an open case neither on time nor late', () => {
    expect(complaintClock(stage1(), none)).toMatchObject({ onTime: null, daysLate: null, responseDue: '2025-06-23' });
    expect(openDaysLate('2025-06-23', '2025-06-25', none)).toBe(2);
    expect(openDaysLate('2025-06-23', '2025-06-20', none)).toBe(0);
  });

  it('counts a case due within five working days as about to go late', () => {
    expect(dueSoonUntil('2025-06-20', none)).toBe('2025-06-27');
    expect(dueSoonUntil('2026-12-23', none)).toBe('2027-01-04');
  });
});

describe('financial years', () => {
  it('reads 2024/25 as 1 April 2024 to 31 March 2025', () => {
    expect(financialYearDates('2024/25')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(financialYearDates('1999/00')).toEqual({ from: '1999-04-01', to: '2000-03-31' });
    expect(isFinancialYear('2024/26')).toBe(false);
    expect(isFinancialYear('2024-25')).toBe(false);
    expect(() => financialYearDates('2024')).toThrow();
  });

  it('puts 31 March in the year before and 1 April in the year after', () => {
    expect(financialYearOf('2025-03-31')).toBe('2024/25');
    expect(financialYearOf('2025-04-01')).toBe('2025/26');
    expect(financialYearOf('2099-12-31')).toBe('2099/00');
  });

  it('gives the share on time to one decimal place, or null when nothing was responded to', () => {
    expect(percentOnTime(41, 100)).toBe(41);
    expect(percentOnTime(1, 3)).toBe(33.3);
    expect(percentOnTime(2, 3)).toBe(66.7);
    expect(percentOnTime(0, 0)).toBeNull();
  });
});
