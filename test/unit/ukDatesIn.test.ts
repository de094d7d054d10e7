import { describe, expect, it } from 'vitest';
import { ukDatesIn } from '../../shared/domain/dates';

describe('labels recorded with ISO dates, shown in the history', () => {
  it('read with UK dates', () => {
    expect(ukDatesIn('R1: note of 2026-07-06')).toBe('R1: note of 6 Jul 2026');
    expect(ukDatesIn('Housing Management Sub-Committee, 2026-05-07')).toBe('Housing Management Sub-Committee, 7 May 2026');
    expect(ukDatesIn('GAS no access 2026-01-05 and 2026-02-01')).toBe('GAS no access 5 Jan 2026 and 1 Feb 2026');
  });

  it('leave other text and impossible dates alone', () => {
    expect(ukDatesIn('R1 Publish repairs service standards')).toBe('R1 Publish repairs service standards');
    expect(ukDatesIn('Ref 2026-13-45')).toBe('Ref 2026-13-45');
    expect(ukDatesIn('UPRN 100012026-07-061')).toBe('UPRN 100012026-07-061');
  });
});
