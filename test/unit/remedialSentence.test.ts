import { describe, expect, it } from 'vitest';
import { remedialSentence } from '../../main/exports/docx/complianceSection';

const summary = (open: number, byPriority: { priority: string; overdue: number; over90: number }[]) => ({
  asAt: '2026-11-23',
  open,
  overdue: byPriority.reduce((n, p) => n + p.overdue, 0),
  byPriority: byPriority.map((p) => ({ ...p, days0to30: 0, days31to90: p.overdue - p.over90 })),
  oldest: [],
});

describe('the committee paper’s sentence on remedial actions', () => {
  it('counts the overdue ones by priority, with those more than 90 days late', () => {
    expect(
      remedialSentence(
        summary(9, [
          { priority: '28_days', overdue: 6, over90: 6 },
          { priority: '3_months', overdue: 2, over90: 1 },
        ]),
      ),
    ).toBe(
      '8 of the 9 open remedial actions are overdue: 6 to be done within 28 days, all of them more than 90 days overdue; and 2 to be done within 3 months, 1 of them more than 90 days overdue.',
    );
    expect(remedialSentence(summary(1, [{ priority: 'immediate', overdue: 1, over90: 1 }]))).toBe(
      'The one open remedial action is overdue: 1 of immediate priority, more than 90 days overdue.',
    );
    expect(
      remedialSentence(
        summary(4, [
          { priority: '24h', overdue: 2, over90: 0 },
          { priority: 'advisory', overdue: 0, over90: 0 },
        ]),
      ),
    ).toBe('2 of the 4 open remedial actions are overdue: 2 to be done within 24 hours.');
    expect(remedialSentence(summary(3, [{ priority: 'advisory', overdue: 3, over90: 0 }]))).toBe(
      'All 3 open remedial actions are overdue: 3 of advisory priority.',
    );
  });

  it('says when none is overdue, or none is open', () => {
    expect(remedialSentence(summary(3, []))).toBe('None of the 3 open remedial actions is overdue.');
    expect(remedialSentence(summary(1, []))).toBe('The one open remedial action is not overdue.');
    expect(remedialSentence(summary(0, []))).toBe('No remedial action is open.');
  });
});
