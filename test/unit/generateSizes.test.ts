import { describe, expect, it } from 'vitest';
import { prng } from '../../main/generate/prng';
import { sizesFor } from '../../main/generate/sizes';

describe('the generator’s sizes and random numbers', () => {
  it('has the issue’s figures at 60,000 homes, in proportion below, with a floor', () => {
    expect(sizesFor(60_000)).toMatchObject({
      homes: 60_000,
      estates: 150,
      blocks: 2_000,
      teams: 40,
      people: 2_000,
      policies: 300,
      recommendations: 21_000,
      largestProgramme: 1_000,
    });
    expect(sizesFor(6_000)).toMatchObject({ estates: 15, blocks: 200, teams: 4, people: 200, policies: 30, recommendations: 2_100, largestProgramme: 100 });
    expect(sizesFor(120_000).blocks).toBe(4_000);
    expect(sizesFor(10)).toMatchObject({ estates: 1, blocks: 2, teams: 2, people: 12, largestProgramme: 12 });
  });

  it('gives the same numbers for the same seed, others for another seed or another fork', () => {
    const draw = (seed: number, fork?: string) => {
      const r = fork ? prng(seed).fork(fork) : prng(seed);
      return Array.from({ length: 20 }, () => r.int(1, 1_000_000));
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1, 'stock')).not.toEqual(draw(1, 'people'));
    expect(draw(1, 'stock')).toEqual(draw(1, 'stock'));
  });

  it('keeps to its ranges, and picks by weight', () => {
    const r = prng(42);
    const ints = Array.from({ length: 5_000 }, () => r.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const picks = Array.from({ length: 10_000 }, () =>
      r.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    const share = picks.filter((p) => p === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.87);
    expect(share).toBeLessThan(0.93);
  });
});
