import { describe, expect, it } from 'vitest';
import { whyNotPublishable, type PublishState } from '../../shared/domain/monthlyPublish';

const state = (s: Partial<PublishState>): PublishState => ({ month: '2026-11', today: '2026-11-23', status: 'draft', publishedAt: null, itemCount: 2, ...s });

describe('why a month cannot be published', () => {
  it('allows a month that has begun and has bullets', () => {
    expect(whyNotPublishable(state({}))).toBeNull();
    expect(whyNotPublishable(state({ month: '2026-10' }))).toBeNull();
  });

  it('names the day a month not yet begun can be published from', () => {
    expect(whyNotPublishable(state({ month: '2027-01' }))).toEqual({
      code: 'validation',
      field: 'month',
      message: 'January 2027 has not started yet: you can publish its update once the month has begun (1 Jan 2027).',
    });
  });

  it('asks for a bullet when there is none', () => {
    for (const s of [state({ itemCount: 0 }), state({ status: 'empty', itemCount: 0 })]) {
      expect(whyNotPublishable(s)).toEqual({
        code: 'validation',
        field: 'month',
        message: 'The update for November 2026 has no bullets yet: add at least one bullet before publishing.',
      });
    }
  });

  it('gives the date a published month was published, as a UK date', () => {
    expect(whyNotPublishable(state({ status: 'published', publishedAt: '2026-12-03T12:00:00.000Z' }))).toEqual({
      code: 'conflict',
      message: 'The update for November 2026 was already published on 3 Dec 2026.',
    });
  });
});
