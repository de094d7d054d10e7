import { describe, expect, it } from 'vitest';
import { addedCodes, eicrOutcome, eicrRemedials, parseEicrCodes } from '../../shared/domain/eicr';

describe('electrical codes', () => {
  it('reads the ways contractors write them, and normalises', () => {
    expect(parseEicrCodes('C2, C3')).toEqual({ codes: 'C2, C3' });
    expect(parseEicrCodes('c3; 2xC2 / fi')).toEqual({ codes: 'C2, C3, FI' });
    expect(parseEicrCodes('C2 x3 and C1')).toEqual({ codes: 'C1, C2' });
    expect(parseEicrCodes('C3 C2')).toEqual({ codes: 'C2, C3' });
    expect(parseEicrCodes('C2(4)')).toEqual({ codes: 'C2' });
    expect(parseEicrCodes('')).toEqual({ codes: '' });
    expect(parseEicrCodes('C2, C4')).toEqual({ error: '“C4” is not an electrical code: use C1, C2, C3 or FI.' });
    expect(parseEicrCodes('danger')).toHaveProperty('error');
  });

  it('gives the outcome: satisfactory only without C1, C2 or FI, and refuses a contradiction', () => {
    expect(eicrOutcome('C3', null)).toEqual({ outcome: 'satisfactory' });
    expect(eicrOutcome('', null)).toEqual({ outcome: 'satisfactory' });
    expect(eicrOutcome('C2, C3', null)).toEqual({ outcome: 'unsatisfactory' });
    expect(eicrOutcome('FI', 'unsatisfactory')).toEqual({ outcome: 'unsatisfactory' });
    expect(eicrOutcome('C1, FI', 'satisfactory')).toEqual({ error: 'A report with C1 or FI codes is unsatisfactory, not satisfactory.' });
    expect(eicrOutcome('C3', 'unsatisfactory')).toHaveProperty('error');
    expect(eicrOutcome('', 'unsatisfactory')).toEqual({ outcome: 'unsatisfactory' });
    expect(eicrOutcome('C3', 'advisory')).toEqual({ outcome: 'advisory' });
  });

  it('calls for remedial work: C1 at once, C2 and FI within 28 days, nothing for C3', () => {
    expect(eicrRemedials('C1, C2, C3, FI').map((r) => r.priority)).toEqual(['immediate', '28_days', '28_days']);
    expect(eicrRemedials('C3')).toEqual([]);
  });
});

describe('codes a correction adds', () => {
  it('lists only the codes the new reading has that the old did not', () => {
    expect(addedCodes('C3', 'C2, C3, FI')).toBe('C2, FI');
    expect(addedCodes('C2, C3', 'C2')).toBe('');
    expect(addedCodes('', 'C1')).toBe('C1');
  });
});
