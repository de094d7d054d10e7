import { describe, expect, it } from 'vitest';
import { PUBLIC_PHRASES } from '../../shared/domain/publicMeasurePhrases';
import { periodWords, publicMeasureSentence, type PublicFigure } from '../../shared/domain/publicMeasures';

const calls: PublicFigure = {
  name: 'Calls answered',
  phrase: PUBLIC_PHRASES.CALLS!,
  unit: 'percent',
  polarity: 'higher',
  aggregation: 'ratio',
  value: 88.7,
  period: '2026-10',
  target: { target: 95, tolerance: 2 },
};

describe('a public measure in one plain sentence', () => {
  it('a percentage, higher is better: met, just missed (within tolerance) and missed', () => {
    expect(publicMeasureSentence(calls)).toBe('We answered 88.7% of calls in October 2026; we missed our target of 95%.');
    expect(publicMeasureSentence({ ...calls, value: 93.5 })).toBe('We answered 93.5% of calls in October 2026; we just missed our target of 95%.');
    expect(publicMeasureSentence({ ...calls, value: 95 })).toBe('We answered 95% of calls in October 2026; we met our target of 95%.');
  });

  it('days, lower is better: "no more than" the target, met below it and missed above', () => {
    const days: PublicFigure = {
      ...calls,
      phrase: PUBLIC_PHRASES['S1-DAYS']!,
      unit: 'days',
      polarity: 'lower',
      aggregation: 'average',
      value: 9.2,
      target: { target: 10, tolerance: 1 },
    };
    expect(publicMeasureSentence(days)).toBe(
      'We took 9.2 working days on average to answer a complaint in October 2026; we met our target of no more than 10 working days.',
    );
    expect(publicMeasureSentence({ ...days, value: 12.4 })).toBe(
      'We took 12.4 working days on average to answer a complaint in October 2026; we missed our target of no more than 10 working days.',
    );
    expect(publicMeasureSentence({ ...days, value: 1, target: null })).toBe('We took 1 working day on average to answer a complaint in October 2026.');
  });

  it('a number and a rate per 1,000 homes, in words that count: 1 compliment, 2.1 cases', () => {
    const compliments: PublicFigure = { ...calls, phrase: PUBLIC_PHRASES.COMPLIMENTS!, unit: 'number', aggregation: 'sum', value: 1, target: null };
    expect(publicMeasureSentence(compliments)).toBe('Residents sent us 1 compliment in October 2026.');
    expect(publicMeasureSentence({ ...compliments, value: 27 })).toBe('Residents sent us 27 compliments in October 2026.');
    const asb: PublicFigure = {
      ...calls,
      phrase: PUBLIC_PHRASES.NM01!,
      unit: 'per_1000_homes',
      polarity: 'lower',
      aggregation: 'sum',
      value: 2.1,
      target: null,
    };
    expect(publicMeasureSentence(asb)).toBe('We opened 2.1 anti-social behaviour cases for every 1,000 homes in October 2026.');
  });

  it('pounds, in whole pounds with a thousands comma', () => {
    const paid: PublicFigure = {
      ...calls,
      phrase: PUBLIC_PHRASES.COMPENSATION!,
      unit: 'pounds',
      polarity: 'lower',
      aggregation: 'sum',
      value: 4625.4,
      target: null,
    };
    expect(publicMeasureSentence(paid)).toBe('We paid £4,625 in compensation on complaints in October 2026.');
  });

  it('a month of a summed measure is not set against the year’s target', () => {
    const compliments: PublicFigure = {
      ...calls,
      phrase: PUBLIC_PHRASES.COMPLIMENTS!,
      unit: 'number',
      aggregation: 'sum',
      value: 27,
      target: { target: 300, tolerance: 0 },
    };
    expect(publicMeasureSentence(compliments)).toBe('Residents sent us 27 compliments in October 2026.');
  });

  it('a number, higher is better, with a target: "at least"', () => {
    const visits: PublicFigure = {
      ...calls,
      name: 'Home visits',
      phrase: null,
      unit: 'number',
      aggregation: 'average',
      value: 41,
      target: { target: 40, tolerance: 0 },
    };
    expect(publicMeasureSentence(visits)).toBe('Home visits: 41 in October 2026; we met our target of at least 40.');
  });

  it('a measure without a public phrase is written with its name, and a quarter or a year in words', () => {
    const local: PublicFigure = { ...calls, name: 'Voids relet within 28 days', phrase: null, period: '2026-Q2' };
    expect(publicMeasureSentence(local)).toBe('Voids relet within 28 days: 88.7% in July to September 2026; we missed our target of 95%.');
    expect(periodWords('2026-Q4')).toBe('January to March 2027');
    const decent: PublicFigure = {
      ...calls,
      phrase: PUBLIC_PHRASES.RP01!,
      polarity: 'lower',
      aggregation: 'latest',
      value: 12.4,
      period: '2025/26',
      target: { target: 10, tolerance: 2 },
    };
    expect(publicMeasureSentence(decent)).toBe(
      '12.4% of our homes did not meet the Decent Homes Standard at the end of 2025/26; we missed our target of no more than 10%.',
    );
  });

  it('no phrase names a code, and every one says its figure and its period', () => {
    for (const [code, phrase] of Object.entries(PUBLIC_PHRASES)) {
      expect(phrase, code).toMatch(/\{(value|number)\}/);
      expect(phrase, code).toContain('{period}');
      expect(phrase, code).not.toMatch(/\b(BS|CH|RP|NM)0\d/);
    }
  });
});
