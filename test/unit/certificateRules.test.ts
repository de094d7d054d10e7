import { describe, expect, it } from 'vitest';
import { certificateOutcome, checkSubject, codeRemedials, intervalCode, previousCheckScope } from '../../shared/domain/certificateRules';

describe('the certificate rules', () => {
  it('says what a check is about', () => {
    expect(checkSubject('GAS', false)).toBe('home');
    expect(checkSubject('EICR', true)).toBe('home');
    expect(checkSubject('EICR', false)).toBe('block');
    expect(checkSubject('LIFT', false)).toBe('lift');
    expect(checkSubject('FRA', true)).toBe('block');
  });

  it('finds the interval by check type, fire risk assessments by tier', () => {
    expect(intervalCode('GAS', 'high')).toBe('GAS');
    expect(intervalCode('FRA', 'high')).toBe('FRA:high');
    expect(intervalCode('FRA', null)).toBe('FRA:medium');
  });

  it('looks for the previous check on the lift, else the home, else the block', () => {
    expect(previousCheckScope({ dwellingId: null, blockId: 3, liftId: 7 })).toEqual({ on: 'lift', liftId: 7 });
    expect(previousCheckScope({ dwellingId: 5, blockId: null, liftId: null })).toEqual({ on: 'home', dwellingId: 5 });
    expect(previousCheckScope({ dwellingId: null, blockId: 3, liftId: null })).toEqual({ on: 'block', blockId: 3 });
  });

  it('gives the outcome from the codes, and names the field that is wrong', () => {
    expect(certificateOutcome('EICR', null, 'c2 x2, C3')).toEqual({ outcome: 'unsatisfactory', codes: 'C2, C3' });
    expect(certificateOutcome('GAS', null, '')).toEqual({ outcome: 'satisfactory', codes: '' });
    expect(certificateOutcome('GAS', null, 'C3')).toMatchObject({ field: 'eicrCodes' });
    expect(certificateOutcome('EICR', 'satisfactory', 'FI')).toMatchObject({ field: 'outcome' });
  });

  it('raises the remedial work C1, C2 and FI call for, due from the day of the check', () => {
    expect(codeRemedials('C1, C2, C3, FI', '2026-11-01').map((r) => [r.priority, r.dueDate])).toEqual([
      ['immediate', '2026-11-01'],
      ['28_days', '2026-11-29'],
      ['28_days', '2026-11-29'],
    ]);
    expect(codeRemedials('C3', '2026-11-01')).toEqual([]);
  });
});
