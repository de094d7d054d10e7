import { describe, expect, it } from 'vitest';
import { complaintCaseClock, complaintStatus } from '../../shared/domain/complaintCase';
import { dueSoonUntil, NO_EXTRA_DAYS, type ComplaintDates } from '../../shared/domain/complaints';

const none = NO_EXTRA_DAYS;
// received Monday 2 June 2025: the acknowledgement is due Monday 9 June
const stage1 = (over: Partial<ComplaintDates> = {}): ComplaintDates => ({
  stage: 1,
  received: '2025-06-02',
  acknowledged: null,
  extensionDays: 0,
  responded: null,
  ...over,
});
const clockAt = (c: ComplaintDates, today: string) => complaintCaseClock(c, today, dueSoonUntil(today, none), none);

describe("a complaint stage's clock, step by step", () => {
  it('counts a late acknowledgement in working days and starts the response clock from its due day', () => {
    const c = clockAt(stage1({ acknowledged: '2025-06-11', responded: '2025-06-23' }), '2025-11-23');
    expect(c).toMatchObject({
      acknowledgementDue: '2025-06-09',
      acknowledgedLateBy: 2,
      responseFrom: '2025-06-09',
      responseFromDueDay: true,
      responseDays: 10,
      responseDue: '2025-06-23',
      onTime: true,
      daysLate: 0,
      daysLeft: null,
      status: 'on_time',
    });
  });

  it('starts the response clock from an early acknowledgement', () => {
    const c = clockAt(stage1({ acknowledged: '2025-06-04' }), '2025-06-16');
    expect(c).toMatchObject({ acknowledgedLateBy: 0, responseFrom: '2025-06-04', responseFromDueDay: false, responseDue: '2025-06-18' });
  });

  it('counts an extension only up to the limit, and says what was asked', () => {
    const c = clockAt(stage1({ extensionDays: 15, responded: '2025-07-09' }), '2025-11-23');
    expect(c).toMatchObject({
      extensionAsked: 15,
      extensionCounted: 10,
      extensionLimit: 10,
      responseDue: '2025-07-07',
      onTime: false,
      daysLate: 2,
      status: 'late',
    });
    const stage2 = clockAt({ ...stage1({ extensionDays: 20 }), stage: 2 }, '2025-06-03');
    expect(stage2).toMatchObject({ responseDays: 20, extensionCounted: 20, extensionLimit: 20 });
  });

  it('leaves an acknowledgement not recorded as null and a response on the due day on time', () => {
    const c = clockAt(stage1({ responded: '2025-06-23' }), '2025-11-23');
    expect(c).toMatchObject({ acknowledgedLateBy: null, responseFromDueDay: true, onTime: true, daysLate: 0 });
  });

  it('gives an open case its working days left, or how late it is so far', () => {
    // due Wednesday 18 June
    const open = stage1({ acknowledged: '2025-06-04' });
    expect(clockAt(open, '2025-06-16')).toMatchObject({ daysLeft: 2, daysLate: 0, onTime: null, status: 'due_soon' });
    expect(clockAt(open, '2025-06-18')).toMatchObject({ daysLeft: 0, daysLate: 0, status: 'due_soon' });
    expect(clockAt(open, '2025-06-05')).toMatchObject({ daysLeft: 9, status: 'open' });
    expect(clockAt(open, '2025-06-20')).toMatchObject({ daysLeft: null, daysLate: 2, status: 'open_late' });
  });
});

describe('complaintStatus', () => {
  it('reads the stored clock as the log does', () => {
    const s = (responded: string | null, onTime: boolean | null, responseDue: string) =>
      complaintStatus({ responded, onTime, responseDue }, '2025-06-16', '2025-06-23');
    expect([
      s('2025-06-10', true, '2025-06-18'),
      s('2025-06-20', false, '2025-06-18'),
      s(null, null, '2025-06-13'),
      s(null, null, '2025-06-23'),
      s(null, null, '2025-06-24'),
    ]).toEqual(['on_time', 'late', 'open_late', 'due_soon', 'open']);
  });
});
