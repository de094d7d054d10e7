import { describe, expect, it } from 'vitest';
import { nextReviewDate, reviewState, reviewTimeline } from '../../shared/domain/policies';

describe('policy review dates', () => {
  it('is the approval date plus the review period for a policy in force', () => {
    expect(nextReviewDate({ stage: 'approved', approvalDate: '2024-02-29', reviewPeriodMonths: 36, extendedTo: null })).toBe('2027-02-28');
    expect(nextReviewDate({ stage: 'published', approvalDate: '2026-01-31', reviewPeriodMonths: 1, extendedTo: null })).toBe('2026-02-28');
    expect(nextReviewDate({ stage: 'review_due', approvalDate: '2023-05-10', reviewPeriodMonths: 36, extendedTo: null })).toBe('2026-05-10');
  });
  it('is the extension date once an extension is approved', () => {
    expect(nextReviewDate({ stage: 'extended', approvalDate: '2023-05-10', reviewPeriodMonths: 36, extendedTo: '2027-01-31' })).toBe('2027-01-31');
  });
  it('is none for a policy not in force', () => {
    for (const stage of [
      'identified_missing',
      'drafting',
      'staff_consultation',
      'resident_consultation',
      'awaiting_committee',
      'superseded',
      'withdrawn',
    ] as const) {
      expect(nextReviewDate({ stage, approvalDate: '2024-01-01', reviewPeriodMonths: 36, extendedTo: null })).toBeNull();
    }
  });
  it('bands the review date against today', () => {
    const today = '2026-11-23';
    expect(reviewState(null, today)).toBe('none');
    expect(reviewState('2026-11-22', today)).toBe('overdue');
    expect(reviewState('2026-11-23', today)).toBe('due_3');
    expect(reviewState('2027-02-23', today)).toBe('due_3');
    expect(reviewState('2027-02-24', today)).toBe('due_6');
    expect(reviewState('2027-05-23', today)).toBe('due_6');
    expect(reviewState('2027-11-23', today)).toBe('due_12');
    expect(reviewState('2027-11-24', today)).toBe('later');
  });
});

describe('review clustering', () => {
  it('counts reviews per month from this month and flags months over the threshold', () => {
    const months = reviewTimeline(['2026-12-01', '2026-12-15', '2026-12-31', '2027-01-05', null, '2025-01-01', '2030-01-01'], '2026-11-23', 3, 2);
    expect(months).toEqual([
      { month: '2026-11', count: 0, clustered: false },
      { month: '2026-12', count: 3, clustered: true },
      { month: '2027-01', count: 1, clustered: false },
    ]);
  });
});
