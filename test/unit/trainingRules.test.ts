import { describe, expect, it } from 'vitest';
import { countsAsCompliant, trainingCell, type TrainingCellInput } from '../../shared/domain/training';

// One person x course cell of the training matrix, at every threshold of its rules.

const cell = (over: Partial<TrainingCellInput>, asAt: string) =>
  trainingCell(
    {
      person: { startDate: '2025-01-06', leaveDate: null },
      course: { refreshMonths: 12 },
      required: true,
      completions: [],
      waivers: [],
      policyApprovedOn: null,
      ...over,
    },
    asAt,
  );

describe('who is in the matrix', () => {
  it('leaves out people not yet started and people who had left by the date; the leaving day itself is still employed', () => {
    const person = { startDate: '2026-02-02', leaveDate: '2026-10-30' };
    expect(cell({ person }, '2026-02-01')).toBeNull();
    expect(cell({ person }, '2026-02-02')).not.toBeNull();
    expect(cell({ person }, '2026-10-30')).not.toBeNull();
    expect(cell({ person }, '2026-10-31')).toBeNull();
  });

  it('shows a course the role does not need as not required, whatever was done', () => {
    expect(cell({ required: false, completions: [{ dateCompleted: '2026-01-01', expiryDate: null }] }, '2026-06-01')).toEqual({
      status: 'not_required',
      date: null,
    });
  });
});

describe('a completed course', () => {
  const completions = [{ dateCompleted: '2025-06-10', expiryDate: null }];

  it('runs out after its refresh interval: the expiry day itself is in date, the day after expired', () => {
    expect(cell({ completions }, '2026-06-10')).toEqual({ status: 'due_soon', date: '2026-06-10' });
    expect(cell({ completions }, '2026-06-11')).toEqual({ status: 'expired', date: '2026-06-10' });
  });

  it('is due soon when the expiry falls within 30 days after the date, in date before that', () => {
    expect(cell({ completions }, '2026-05-10')).toEqual({ status: 'in_date', date: '2026-06-10' });
    expect(cell({ completions }, '2026-05-11')).toEqual({ status: 'due_soon', date: '2026-06-10' });
  });

  it('takes an expiry recorded with the completion over the interval, and the latest completion over older ones', () => {
    expect(cell({ completions: [{ dateCompleted: '2025-06-10', expiryDate: '2025-12-31' }] }, '2026-01-01')).toEqual({
      status: 'expired',
      date: '2025-12-31',
    });
    const two = [
      { dateCompleted: '2026-03-01', expiryDate: null },
      { dateCompleted: '2024-03-01', expiryDate: null },
    ];
    expect(cell({ completions: two }, '2026-06-01')).toEqual({ status: 'in_date', date: '2027-03-01' });
  });

  it('of two completions on the same day, takes the one recorded last', () => {
    const sameDay = [
      { dateCompleted: '2026-03-01', expiryDate: '2026-04-01' },
      { dateCompleted: '2026-03-01', expiryDate: null },
    ];
    expect(cell({ completions: sameDay }, '2026-06-01')).toEqual({ status: 'in_date', date: '2027-03-01' });
  });

  it('does not count a completion dated after the date', () => {
    expect(cell({ completions: [{ dateCompleted: '2026-07-01', expiryDate: null }] }, '2026-06-01')).toEqual({ status: 'missing', date: null });
  });

  it('keeps a once-only course in date for ever', () => {
    expect(cell({ course: { refreshMonths: null }, completions: [{ dateCompleted: '2015-01-01', expiryDate: null }] }, '2026-06-01')).toEqual({
      status: 'in_date',
      date: null,
    });
  });
});

describe('nothing done yet', () => {
  const person = { startDate: '2026-03-02', leaveDate: null };

  it('is due by the start date plus the 90-day grace period, then missing', () => {
    expect(cell({ person }, '2026-05-30')).toEqual({ status: 'due', date: '2026-05-31' });
    expect(cell({ person }, '2026-05-31')).toEqual({ status: 'missing', date: null });
  });

  it('is missing at once for someone recorded without a start date, who is counted as employed', () => {
    expect(cell({ person: { startDate: null, leaveDate: null } }, '2026-05-30')).toEqual({ status: 'missing', date: null });
  });

  it('follows a grace period the settings change', () => {
    expect(cell({ person, graceDays: 30 }, '2026-03-31')).toEqual({ status: 'due', date: '2026-04-01' });
    expect(cell({ person, graceDays: 30 }, '2026-04-01')).toEqual({ status: 'missing', date: null });
  });
});

describe('waivers', () => {
  const waivers = [{ agreedOn: '2026-04-01', until: '2026-09-30' }];

  it('cover from the day agreed to the last day, and the cell falls back to its own status after', () => {
    expect(cell({ waivers }, '2026-03-31')).toEqual({ status: 'missing', date: null });
    expect(cell({ waivers }, '2026-04-01')).toEqual({ status: 'waived', date: null });
    expect(cell({ waivers }, '2026-09-30')).toEqual({ status: 'waived', date: null });
    expect(cell({ waivers }, '2026-10-01')).toEqual({ status: 'missing', date: null });
  });
});

describe('a new version of a linked policy', () => {
  const course = { refreshMonths: 36, policyRefreshDays: 60 };
  const completions = [{ dateCompleted: '2026-01-15', expiryDate: null }];

  it('stops completions before the approval counting: everyone is due within the refresh window, then missing', () => {
    const approved = { course, completions, policyApprovedOn: '2026-06-10' };
    expect(cell(approved, '2026-06-09')).toEqual({ status: 'in_date', date: '2029-01-15' });
    expect(cell(approved, '2026-06-10')).toEqual({ status: 'due', date: '2026-08-09' });
    expect(cell(approved, '2026-08-08')).toEqual({ status: 'due', date: '2026-08-09' });
    expect(cell(approved, '2026-08-09')).toEqual({ status: 'missing', date: null });
  });

  it('counts a completion on or after the approval day', () => {
    const redone = [...completions, { dateCompleted: '2026-06-10', expiryDate: null }];
    expect(cell({ course, completions: redone, policyApprovedOn: '2026-06-10' }, '2026-07-01')).toEqual({ status: 'in_date', date: '2029-06-10' });
  });

  it('gives a new starter the later of the two deadlines', () => {
    const person = { startDate: '2026-06-01', leaveDate: null };
    expect(cell({ person, course, policyApprovedOn: '2026-06-10' }, '2026-08-20')).toEqual({ status: 'due', date: '2026-08-30' });
  });
});

describe('compliance', () => {
  it('counts in date, due soon and waived cells', () => {
    expect((['in_date', 'due_soon', 'waived', 'due', 'expired', 'missing'] as const).map(countsAsCompliant)).toEqual([true, true, true, false, false, false]);
  });
});
