import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

// What the measure form and the targets table on a measure's page send.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const voids = () =>
  t.call('measures.create', { code: 'VOIDS', name: 'Empty homes relet', unit: 'days', polarity: 'lower', frequency: 'monthly', aggregation: 'average' });

describe('editing a measure and its targets', () => {
  it('refuses a target without a year, naming the field, and writes nothing', async () => {
    const m = await voids();
    const before = snapshot(t.database);
    expect(await t.raw('targets.set', { measureId: m.id, year: '', target: 20, tolerance: 2 })).toMatchObject({
      ok: false,
      error: { field: 'year', message: 'Enter the financial year, like 2025/26.' },
    });
    expect(snapshot(t.database)).toBe(before);
  });

  it('changes a target in place and audits it against the measure', async () => {
    const m = await voids();
    await t.call('targets.set', { measureId: m.id, year: '2026/27', target: 20, tolerance: 2 });
    await t.call('targets.set', { measureId: m.id, year: '2026/27', target: 18, tolerance: 1 });
    expect((await t.call('measures.get', { id: m.id })).targets).toEqual([{ measureId: m.id, year: '2026/27', target: 18, tolerance: 1 }]);
    expect(auditRows(t.database, 'measure_target').map((r) => [r.action, r.after.target])).toEqual([
      ['create', 20],
      ['update', 18],
    ]);
  });

  it("lets the council's own measure change its code, keeping its values, but not its unit once it has values", async () => {
    const m = await voids();
    await t.call('values.set', { measureId: m.id, period: '2026-10', value: 24 });
    expect(await t.call('measures.update', { id: m.id, patch: { code: 'relets', public: true } })).toMatchObject({ code: 'RELETS', public: true });
    expect((await t.call('measures.get', { id: m.id })).values.map((v) => v.value)).toEqual([24]);
    expect(await t.raw('measures.update', { id: m.id, patch: { unit: 'number' } })).toMatchObject({ ok: false, error: { field: 'unit' } });
    expect(await t.raw('measures.update', { id: m.id, patch: { code: 'bad code' } })).toMatchObject({ ok: false, error: { field: 'code' } });
  });
});
