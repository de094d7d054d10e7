import { describe, expect, it } from 'vitest';
import { dataAsAtProblem, paperDataAsAt } from '../../shared/domain/paperDataAsAt';

describe('paperDataAsAt', () => {
  it('takes the figures today for a meeting still to come, not on the meeting date', () => {
    expect(paperDataAsAt(null, '2026-12-27', '2026-12-04')).toBe('2026-12-04');
  });
  it('takes the figures on the meeting date for a meeting held or past', () => {
    expect(paperDataAsAt(null, '2026-10-01', '2026-12-04')).toBe('2026-10-01');
    expect(paperDataAsAt(null, '2026-12-04', '2026-12-04')).toBe('2026-12-04');
  });
  it('takes the date the author set', () => {
    expect(paperDataAsAt('2026-11-30', '2026-12-27', '2026-12-04')).toBe('2026-11-30');
  });
});

describe('dataAsAtProblem', () => {
  it('refuses a date after today, which would be a projection', () => {
    expect(dataAsAtProblem('2026-12-05', '2026-12-27', '2026-12-04')).toMatch(/cannot be after today \(4 Dec 2026\)/);
  });
  it('refuses a date after the meeting', () => {
    expect(dataAsAtProblem('2026-10-02', '2026-10-01', '2026-12-04')).toMatch(/cannot be after the meeting on 1 Oct 2026/);
  });
  it('allows today, and any earlier date up to the meeting', () => {
    expect(dataAsAtProblem('2026-12-04', '2026-12-27', '2026-12-04')).toBeNull();
    expect(dataAsAtProblem('2026-09-30', '2026-10-01', '2026-12-04')).toBeNull();
  });
});
