import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';
import { readDocx } from '../helpers/docx';

// The public measures in the monthly update, over the demo loaded on 4 December 2026: November's
// update is published with them, December's is a draft that includes them.

let t: TestCore;
let programmeId: number;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
}, 60_000);
afterEach(async () => t.close());

describe('the public measures in the monthly update', () => {
  it('gives each public measure with a figure for the month the scorecard’s figure and target, in a sentence without codes', async () => {
    // October's update is not in the demo: these are the figures as they stand.
    const view = await t.call('monthly.get', { programmeId, month: '2026-10' });
    const card = await t.call('measures.scorecard', { year: '2026/27', period: '2026-10' });
    const lastYear = await t.call('measures.scorecard', { year: '2025/26' });
    const measures = await t.call('measures.list', {});
    const publicIds = new Set(measures.filter((m) => m.public).map((m) => m.id));
    const withFigure = card.rows.filter((r) => publicIds.has(r.measureId) && r.months.find((m) => m.month === '2026-10')!.value !== null);
    expect(withFigure.length).toBeGreaterThan(10);
    const monthly = view.publicMeasures.filter((l) => l.period === '2026-10');
    expect(monthly.map((l) => l.measureId)).toEqual(withFigure.map((r) => r.measureId));
    for (const line of monthly) {
      const row = card.rows.find((r) => r.measureId === line.measureId)!;
      expect([line.value, line.target]).toEqual([row.months.find((m) => m.month === '2026-10')!.value, row.target]);
      expect(line.sentence).toContain('October 2026');
      expect(line.sentence).not.toMatch(/\b(BS|CH|RP|NM)0\d|tolerance/);
    }
    // the Decent Homes figure is a year's: the last year ended, with that year's target
    const decent = view.publicMeasures.find((l) => l.name === 'Homes that do not meet the Decent Homes Standard')!;
    const row = lastYear.rows.find((r) => r.measureId === decent.measureId)!;
    expect([decent.period, decent.value, decent.target]).toEqual(['2025/26', row.months.at(-1)!.value, row.target]);
    const calls = view.publicMeasures.find((l) => l.name === 'Calls answered')!;
    expect(calls.sentence).toMatch(/^We answered \d+(\.\d)?% of calls in October 2026; we (met|just missed|missed) our target of 95%\.$/);
    // measures not public are never told
    const hidden = measures.filter((m) => !m.public).map((m) => m.id);
    expect(view.publicMeasures.some((l) => hidden.includes(l.measureId))).toBe(false);
  });

  it('is in the published demo update as it was published; a draft gives what is known, or says the figures are not ready yet', async () => {
    const november = await t.call('monthly.get', { programmeId, month: '2026-11' });
    expect(november).toMatchObject({ status: 'published', includeMeasures: true });
    expect(november.publicMeasures.length).toBeGreaterThan(10);
    const text = (await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64)).text;
    expect(text).toContain('How we are doing');
    for (const line of november.publicMeasures) expect(text).toContain(line.sentence);

    // December has not ended: only the year's Decent Homes figure is known
    const december = await t.call('monthly.get', { programmeId, month: '2026-12' });
    expect(december).toMatchObject({ status: 'draft', includeMeasures: true });
    expect(december.publicMeasures.map((l) => l.period)).toEqual(['2025/26']);
    const draft = (await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-12' })).base64)).text;
    expect(draft).toContain(`How we are doing\n`);
    expect(draft).toContain(december.publicMeasures[0]!.sentence);
    // a month without any figure says so
    await t.call('values.set', { measureId: december.publicMeasures[0]!.measureId, period: '2025/26', value: null });
    const none = (await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-12' })).base64)).text;
    expect(none).toContain('Our performance figures for December 2026 are not ready yet.');
  });

  it('is a choice kept with the update, audited, and refused once the month is published', async () => {
    let view = await t.call('monthly.setMeasures', { programmeId, month: '2026-12', include: false });
    expect(view.includeMeasures).toBe(false);
    const draft = (await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-12' })).base64)).text;
    expect(draft).not.toContain('How we are doing');
    const audit = t.database.sqlite.prepare("select before_json, after_json from audit_log where entity = 'monthly_update' order by id desc limit 1").get();
    expect(audit).toEqual({ before_json: JSON.stringify({ includeMeasures: true }), after_json: JSON.stringify({ includeMeasures: false }) });
    view = await t.call('monthly.setMeasures', { programmeId, month: '2026-12', include: true });
    expect(view.includeMeasures).toBe(true);

    const before = snapshot(t.database);
    expect(await t.raw('monthly.setMeasures', { programmeId, month: '2026-11', include: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('has been published') },
    });
    expect(await t.raw('monthly.setMeasures', { programmeId, month: '2026-12', include: 'yes' })).toMatchObject({ ok: false, error: { field: 'include' } });
    expect(snapshot(t.database)).toBe(before);
  });
});
