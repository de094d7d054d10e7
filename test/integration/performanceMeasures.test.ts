import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthsOfYear } from '../../shared/domain/measures';
import { lastDay } from '../../shared/domain/months';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const measureId = async (code: string) => (await t.call('measures.list', {})).find((m) => m.code === code)!.id;
const error = async (name: string, input: unknown) => {
  const r = await t.raw(name, input);
  if (r.ok) throw new Error(`${name} was not refused`);
  return r.error;
};

describe('the measures register', () => {
  it('lists the built-in measures with their definitions', async () => {
    const list = await t.call('measures.list', {});
    expect(list.map((m) => m.code)).toEqual(
      expect.arrayContaining(['BS01', 'CH02-S1', 'RP02-EM', 'NM01', 'CALLS', 'S1-DAYS', 'HOS-MAL', 'COMPLIMENTS', 'TRAINING']),
    );
    expect(list.every((m) => m.definition.length > 20 && m.builtIn)).toBe(true);
    expect(list.find((m) => m.code === 'BS01')).toMatchObject({ computedFrom: 'compliance', unit: 'percent', polarity: 'higher' });
  });

  it('creates a measure, refuses a code taken, and keeps a built-in measure’s code', async () => {
    const m = await t.call('measures.create', {
      code: 'voids',
      name: 'Empty homes relet',
      unit: 'days',
      polarity: 'lower',
      frequency: 'monthly',
      aggregation: 'average',
    });
    expect(m).toMatchObject({ code: 'VOIDS', builtIn: false, computedFrom: null });
    expect(
      await error('measures.create', { code: 'CALLS', name: 'x', unit: 'days', polarity: 'lower', frequency: 'monthly', aggregation: 'average' }),
    ).toMatchObject({
      field: 'code',
      message: 'There is already a measure CALLS: choose another code.',
    });
    expect(await error('measures.update', { id: await measureId('BS01'), patch: { code: 'GAS' } })).toMatchObject({ field: 'code' });
    expect(await t.call('measures.update', { id: await measureId('BS01'), patch: { name: 'Gas safety' } })).toMatchObject({ name: 'Gas safety' });
  });

  it('refuses by field: a percentage over 100, a period in the future, an unknown measure, a computed measure', async () => {
    const days = await measureId('S1-DAYS');
    const calls = await measureId('CALLS');
    const before = snapshot(t.database);
    expect(await error('values.set', { measureId: calls, period: '2026-10', numerator: 120, denominator: 100 })).toMatchObject({ field: 'numerator' });
    expect(await error('values.set', { measureId: await measureId('TRAINING'), period: '2026-10', value: 101 })).toMatchObject({
      field: 'value',
      message: 'TRAINING is worked out from the training matrix: it cannot be typed or removed.',
    });
    expect(await error('values.set', { measureId: days, period: '2026-12', value: 9 })).toMatchObject({
      field: 'period',
      message: expect.stringContaining('in the future'),
    });
    expect(await error('values.set', { measureId: 9999, period: '2026-10', value: 9 })).toMatchObject({ field: 'measureId' });
    expect(await error('values.set', { measureId: await measureId('BS02'), period: '2026-10', value: 99 })).toMatchObject({
      message: 'BS02 is worked out from the compliance register: it cannot be typed or removed.',
    });
    expect(await error('targets.set', { measureId: calls, year: '2026', target: 95 })).toMatchObject({ field: 'year' });
    expect(await error('targets.set', { measureId: calls, year: '2026/27', target: 105 })).toMatchObject({ field: 'target' });
    expect(snapshot(t.database)).toBe(before);
  });

  it('saves, replaces and removes a typed value, with its history', async () => {
    const days = await measureId('S1-DAYS');
    expect(await t.call('values.set', { measureId: days, period: '2026-10', value: 10.4, note: 'from the CRM' })).toMatchObject({
      year: '2026/27',
      value: 10.4,
    });
    await t.call('values.set', { measureId: days, period: '2026-10', value: 9.7 });
    expect(await t.call('values.list', { year: '2026/27' })).toEqual([expect.objectContaining({ measureId: days, period: '2026-10', value: 9.7, note: '' })]);
    expect(await t.call('values.set', { measureId: days, period: '2026-10', value: null })).toBeNull();
    expect(await t.call('values.list', { year: '2026/27' })).toEqual([]);
    expect(auditRows(t.database, 'measure_value').map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('the scorecard', () => {
  it('puts this year to date beside last year to the same month, the target, the status and the direction', async () => {
    const calls = await measureId('CALLS');
    const days = await measureId('S1-DAYS');
    // last year: April-October 2025 at 94%, then the winter at 90%
    for (const m of monthsOfYear('2025/26'))
      await t.call('values.set', { measureId: calls, period: m, numerator: m <= '2025-10' ? 940 : 900, denominator: 1000 });
    for (const m of ['2026-04', '2026-05', '2026-06']) await t.call('values.set', { measureId: calls, period: m, numerator: 880, denominator: 1000 });
    await t.call('values.set', { measureId: calls, period: '2026-07', numerator: 1780, denominator: 2000 });
    await t.call('targets.set', { measureId: calls, year: '2026/27', target: 95, tolerance: 2 });
    await t.call('values.set', { measureId: days, period: '2025-10', value: 14 });
    await t.call('values.set', { measureId: days, period: '2026-05', value: 9 });
    await t.call('values.set', { measureId: days, period: '2026-06', value: 10 });
    await t.call('targets.set', { measureId: days, year: '2026/27', target: 10, tolerance: 1 });

    const card = await t.call('measures.scorecard', { year: '2026/27', period: '2026-07' });
    expect(card.upTo).toBe('2026-07');
    const row = card.rows.find((r) => r.code === 'CALLS')!;
    // (3 x 880 + 1780) / 5000 = 88.4%; last year to July 94%, in full (7 x 940 + 5 x 900) / 12000 = 92.3%
    expect(row).toMatchObject({ thisYear: 88.4, lastYear: 94, lastYearFull: 92.3, target: 95, status: 'off_target', direction: 'worse' });
    expect(row.months.map((m) => m.value)).toEqual([88, 88, 88, 89]);
    expect(card.rows.find((r) => r.code === 'S1-DAYS')).toMatchObject({
      thisYear: 9.5,
      lastYear: null,
      lastYearFull: 14,
      status: 'on_target',
      direction: null,
    });
    expect(card.rows.find((r) => r.code === 'NM01')).toMatchObject({ thisYear: null, status: null });

    // to date, without a period: to the end of the last month ended (October 2026, on 23 November)
    expect((await t.call('measures.scorecard', { year: '2026/27' })).upTo).toBe('2026-10');
    expect(await error('measures.scorecard', { year: '2026/27', period: '2025-10' })).toMatchObject({ field: 'period' });
  });

  it('judges a summed measure’s year to date against the share of its year’s target the months gone give', async () => {
    const compliments = await measureId('COMPLIMENTS');
    await t.call('targets.set', { measureId: compliments, year: '2026/27', target: 240, tolerance: 12 });
    for (const m of ['2026-04', '2026-05', '2026-06', '2026-07']) await t.call('values.set', { measureId: compliments, period: m, value: 20 });
    // 80 by July, against 240 x 4/12 = 80: on target (against the whole year's 240 it would read off target)
    const july = (await t.call('measures.scorecard', { year: '2026/27', period: '2026-07' })).rows.find((r) => r.code === 'COMPLIMENTS')!;
    expect(july).toMatchObject({ thisYear: 80, target: 240, status: 'on_target' });
    // 80 by August, against 240 x 5/12 = 100, tolerance 5: off target
    await t.call('values.set', { measureId: compliments, period: '2026-08', value: 0 });
    const august = (await t.call('measures.scorecard', { year: '2026/27', period: '2026-08' })).rows.find((r) => r.code === 'COMPLIMENTS')!;
    expect(august).toMatchObject({ thisYear: 80, status: 'off_target' });
  });
});

describe('computed values', () => {
  it('stores BS01-BS05 as at each month end equal to the compliance register’s figures, with a note', async () => {
    await buildHandBuiltStock(t);
    const result = await t.call('measures.recompute', { year: '2025/26' });
    const values = await t.call('values.list', { year: '2025/26' });
    const ids = new Map((await t.call('measures.list', {})).map((m) => [m.id, m.code]));
    expect(result.written).toBe(values.filter((v) => v.computed).length);
    expect(result.written).toBeGreaterThan(0);
    for (const month of monthsOfYear('2025/26')) {
      const register = await t.call('compliance.measures', { asAt: lastDay(month) });
      for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) {
        const v = values.find((x) => ids.get(x.measureId) === code && x.period === month);
        if (register[code].percent === null) expect(v).toBeUndefined();
        else
          expect(v).toMatchObject({
            value: register[code].percent,
            numerator: register[code].compliant,
            denominator: register[code].requiring,
            computed: true,
          });
      }
    }
    const march = values.find((x) => ids.get(x.measureId) === 'BS01' && x.period === '2026-03')!;
    expect(march.note).toBe('Worked out from the compliance register as at 31 March 2026: 3 of 5 homes.');

    // worked out again, the year holds each month once
    await t.call('measures.recompute', { year: '2025/26' });
    expect((await t.call('values.list', { year: '2025/26' })).length).toBe(values.length);
    // a year under way stops at the last month end passed (October 2026)
    await t.call('measures.recompute', { year: '2026/27' });
    const periods = new Set((await t.call('values.list', { year: '2026/27' })).map((v) => v.period));
    expect([...periods].sort().at(-1)).toBe('2026-10');
  });
});

describe('the demo', () => {
  it('holds two years of values and targets that give figures like seeds 003 and 004', async () => {
    const d = await makeCore({ today: '2026-11-23', demo: true });
    try {
      const card = await d.call('measures.scorecard', { year: '2026/27' });
      const row = (code: string) => card.rows.find((r) => r.code === code)!;
      expect(row('CALLS').thisYear).toBeGreaterThan(86);
      expect(row('CALLS').thisYear).toBeLessThan(91);
      expect(row('CALLS')).toMatchObject({ target: 95, status: 'off_target', direction: 'worse' });
      expect(row('S1-DAYS').direction).toBe('improving');
      expect(row('CALLS').months.map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
      expect(row('CALLS').months.every((m) => m.value !== null)).toBe(true);
      expect(row('RP01')).toMatchObject({ lastYearFull: 12.4, thisYear: null });
      // worked out from the demo's stock and training matrix, month by month
      expect(row('BS01').thisYear).not.toBeNull();
      expect(row('TRAINING').thisYear).not.toBeNull();
      // the training measure is the matrix's mandatory figure as at each month end
      const training = (await d.call('measures.list', {})).find((m) => m.code === 'TRAINING')!;
      const september = (await d.call('values.list', { year: '2026/27' })).find((v) => v.measureId === training.id && v.period === '2026-09')!;
      const matrix = (await d.call('training.summary', { asAt: '2026-09-30' })).mandatory;
      expect(september).toMatchObject({ value: matrix.percent, numerator: matrix.compliant, denominator: matrix.required, computed: true });
      expect(september.note).toMatch(/^Worked out from the training matrix as at 30 September 2026: /);
      const again = await d.call('measures.scorecard', { year: '2026/27' });
      expect(again).toEqual(card);
    } finally {
      await d.close();
    }
  });
});

describe('CH01 and CH02 from the complaints log', () => {
  it('a year of monthly values adds up to the log’s figures for the year (TSM tenures), each with its note', async () => {
    const demo = await makeCore({ today: '2026-12-04', demo: true });
    const ids = new Map((await demo.call('measures.list', {})).map((m) => [m.code, m.id]));
    const values = await demo.call('values.list', { year: '2025/26' });
    const year = await demo.call('complaints.figures', { year: '2025/26' });
    for (const [n, stage] of [
      [1, year.tsm.stage1],
      [2, year.tsm.stage2],
    ] as const) {
      const ch02 = values.filter((v) => v.measureId === ids.get(`CH02-S${n}`));
      expect(ch02.length).toBeGreaterThan(6);
      expect(ch02.every((v) => v.computed && /complaints log/.test(v.note))).toBe(true);
      const onTime = ch02.reduce((a, v) => a + v.numerator!, 0);
      const responded = ch02.reduce((a, v) => a + v.denominator!, 0);
      expect([onTime, responded]).toEqual([stage.onTime, stage.responded]);
      const ch01 = values.filter((v) => v.measureId === ids.get(`CH01-S${n}`));
      expect(ch01.reduce((a, v) => a + v.numerator!, 0)).toBe(stage.received);
    }
    const card = await demo.call('measures.scorecard', { year: '2025/26', period: '2026-03' });
    expect(card.rows.find((r) => r.code === 'CH02-S1')!.thisYear).toBe(year.tsm.stage1.percentOnTime);
    await demo.close();
  });
});
