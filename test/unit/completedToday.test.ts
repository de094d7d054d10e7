import { describe, expect, it } from 'vitest';
import { completedToday } from '../../shared/domain/actionPlan';

describe('completing a recommendation by its status alone', () => {
  it('records today as the completion date', () => {
    expect(completedToday({ completionDate: null }, { status: 'completed' }, '2026-11-23')).toEqual({ status: 'completed', completionDate: '2026-11-23' });
  });

  it('keeps a completion date it has or is given, and leaves other changes alone', () => {
    expect(completedToday({ completionDate: '2026-10-01' }, { status: 'completed' }, '2026-11-23')).toEqual({ status: 'completed' });
    expect(completedToday({ completionDate: null }, { status: 'completed', completionDate: '2026-11-02' }, '2026-11-23')).toEqual({
      status: 'completed',
      completionDate: '2026-11-02',
    });
    expect(completedToday({ completionDate: null }, { status: 'in_progress' }, '2026-11-23')).toEqual({ status: 'in_progress' });
    expect(completedToday({ completionDate: null }, { title: 'New title' } as Record<string, unknown>, '2026-11-23')).toEqual({ title: 'New title' });
  });
});
