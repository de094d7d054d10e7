import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';

const issues = (name: keyof typeof contract, input: unknown) => {
  const r = contract[name].input.safeParse(input);
  if (r.success) throw new Error('expected a validation error');
  return r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a required date left blank', () => {
  it('asks for it by name, rather than calling it not a real date', () => {
    expect(issues('meetings.create', { committeeId: 1, meetingDate: '' })).toEqual([['meetingDate', 'Enter the meeting date.']]);
    expect(issues('meetings.create', { committeeId: 1, meetingDate: '  ' })).toEqual([['meetingDate', 'Enter the meeting date.']]);
    expect(issues('meetings.create', { committeeId: 1, meetingDate: null })).toEqual([['meetingDate', 'Enter the meeting date.']]);
    expect(issues('meetings.create', { committeeId: 1 })).toEqual([['meetingDate', 'Enter the meeting date.']]);
    expect(issues('meetings.postpone', { id: 1, newDate: '', reason: 'Not quorate' })).toEqual([['newDate', 'Enter the new meeting date.']]);
  });

  it('still explains a date that is not a real one, and lets an optional date be left out', () => {
    expect(issues('meetings.create', { committeeId: 1, meetingDate: '2026-02-30' })).toEqual([
      ['meetingDate', 'Meeting date must be a real date, for example 31/03/2027.'],
    ]);
    expect(issues('meetings.create', { committeeId: 1, meetingDate: 20261210 })).toEqual([
      ['meetingDate', 'Meeting date must be a date, for example 31/03/2027.'],
    ]);
    expect(contract['meetings.create'].input.safeParse({ committeeId: 1, meetingDate: '2026-12-10', papersDeadline: null }).success).toBe(true);
    expect(issues('meetings.create', { committeeId: 1, meetingDate: '2026-12-10', papersDeadline: '' })).toEqual([
      ['papersDeadline', 'Papers deadline must be a real date, for example 31/03/2027.'],
    ]);
  });
});
