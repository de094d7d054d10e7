import { describe, expect, it } from 'vitest';
import { offTargetSentence, reportPeriod, statusWord, STATUS_WORDS, targetWords, type OffTargetFigures } from '../../shared/domain/performanceReport';

const off = (f: Partial<OffTargetFigures>): string =>
  offTargetSentence({ name: 'Stage 1 responses on time', unit: 'percent', value: 41, target: 90, previous: 47, partYear: false, ...f });

describe('the off-target sentence', () => {
  it('reads as the committee paper writes it, a percentage without a trailing .0', () => {
    expect(off({})).toBe('Stage 1 responses on time: 41%, target 90%, down from 47%.');
    expect(off({ value: 41.0, target: 90.0, previous: 47.0 })).toBe('Stage 1 responses on time: 41%, target 90%, down from 47%.');
    expect(off({ value: 88.7, target: 95, previous: 93.9 })).toBe('Stage 1 responses on time: 88.7%, target 95%, down from 93.9%.');
  });

  it('writes each unit its own way', () => {
    expect(off({ name: 'Average working days to respond at stage 1', unit: 'days', value: 12.5, target: 10, previous: 14.5 })).toBe(
      'Average working days to respond at stage 1: 12.5 days, target 10 days, down from 14.5 days.',
    );
    expect(off({ name: 'Anti-social behaviour cases per 1,000 homes', unit: 'per_1000_homes', value: 2.6, target: 2, previous: 2.2 })).toBe(
      'Anti-social behaviour cases per 1,000 homes: 2.6 per 1,000 homes, target 2 per 1,000 homes, up from 2.2 per 1,000 homes.',
    );
    expect(off({ name: 'Compensation paid', unit: 'pounds', value: 14250, target: 10000, previous: 9800 })).toBe(
      'Compensation paid: £14,250, target £10,000, up from £9,800.',
    );
    expect(off({ name: 'Housing Ombudsman determinations', unit: 'number', value: 1200, target: 5, previous: 8 })).toBe(
      'Housing Ombudsman determinations: 1,200, target 5, up from 8.',
    );
  });

  it('says up or down as the figure went, whichever way is better for the measure', () => {
    // higher is better and off target: the figure fell, or rose and is still short
    expect(off({ value: 41, previous: 47 })).toMatch(/down from 47%\.$/);
    expect(off({ value: 52, previous: 47 })).toMatch(/up from 47%\.$/);
    // lower is better and off target: the figure rose, or fell and is still over
    expect(off({ name: 'Days', unit: 'days', value: 12, target: 10, previous: 11 })).toMatch(/up from 11 days\.$/);
    expect(off({ name: 'Days', unit: 'days', value: 12, target: 10, previous: 14.5 })).toMatch(/down from 14\.5 days\.$/);
  });

  it('says the same when the figures read the same', () => {
    expect(off({ value: 47, previous: 47 })).toBe('Stage 1 responses on time: 47%, target 90%, the same as last year.');
    expect(off({ value: 47.04, previous: 47 })).toMatch(/the same as last year\.$/);
  });

  it('leaves out the comparison when there is no figure for last year', () => {
    expect(off({ previous: null })).toBe('Stage 1 responses on time: 41%, target 90%.');
    expect(off({ previous: null, partYear: true })).toBe('Stage 1 responses on time: 41%, target 90%.');
  });

  it('says when the comparison is with the same point last year', () => {
    expect(off({ partYear: true })).toBe('Stage 1 responses on time: 41%, target 90%, down from 47% at this point last year.');
    expect(off({ partYear: true, value: 47 })).toBe('Stage 1 responses on time: 47%, target 90%, the same as at this point last year.');
  });
});

describe('the period a report covers', () => {
  it('is the last month complete on the date, in its financial year', () => {
    expect(reportPeriod('2026-12-04')).toEqual({ year: '2026/27', period: '2026-11' });
    expect(reportPeriod('2026-11-30')).toEqual({ year: '2026/27', period: '2026-11' });
    expect(reportPeriod('2027-01-15')).toEqual({ year: '2026/27', period: '2026-12' });
    expect(reportPeriod('2027-02-28')).toEqual({ year: '2026/27', period: '2027-02' });
  });

  it('in April before the month is out, is the whole of the year just ended', () => {
    expect(reportPeriod('2027-04-10')).toEqual({ year: '2026/27', period: '2027-03' });
    expect(reportPeriod('2027-03-31')).toEqual({ year: '2026/27', period: '2027-03' });
    expect(reportPeriod('2027-04-30')).toEqual({ year: '2027/28', period: '2027-04' });
  });
});

describe('status and target in words', () => {
  it('names a measure without a value or without a target as such', () => {
    expect(statusWord({ thisYear: null, target: 90, status: null })).toBe('no_value');
    expect(statusWord({ thisYear: 80, target: null, status: null })).toBe('no_target');
    expect(statusWord({ thisYear: 80, target: 90, status: 'off_target' })).toBe('off_target');
    expect(STATUS_WORDS.within_tolerance).toBe('Within tolerance');
    expect(STATUS_WORDS.no_value).toBe('No value');
  });

  it('says which side of the target is good', () => {
    expect(targetWords(95, 'percent', 'higher')).toBe('at least 95%');
    expect(targetWords(10, 'days', 'lower')).toBe('at most 10 days');
    expect(targetWords(null, 'days', 'lower')).toBe('–');
  });
});
