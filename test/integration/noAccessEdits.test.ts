import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const audit = (entity: string) => auditRows(t.database, entity);

async function visits() {
  const estate = (await t.call('estates.create', { name: 'Northgate Estate' })).id;
  const block = await t.call('blocks.create', { estateId: estate, name: 'Ash House', storeys: 5, fireRiskTier: 'high' });
  const home = (await t.call('homes.create', { uprn: '1001', address: '1 Ash House', blockId: block.id, hasGas: true })).id;
  const gas = (await t.call('noAccess.create', { checkType: 'GAS', homeId: home, visitDate: '2026-10-01', notes: 'No answer' })).id;
  const fra = (await t.call('noAccess.create', { checkType: 'FRA', blockId: block.id, visitDate: '2026-10-02', notes: 'Door entry broken' })).id;
  return { block, home, gas, fra };
}

describe('correcting a no-access visit', () => {
  it('changes the visit date and notes, with one audit row holding before and after', async () => {
    const s = await visits();
    expect(await t.call('noAccess.update', { id: s.gas, patch: { visitDate: '2026-09-30', notes: 'No answer; card left' } })).toEqual({
      id: s.gas,
      checkType: 'GAS',
      homeId: s.home,
      blockId: null,
      visitDate: '2026-09-30',
      notes: 'No answer; card left',
    });
    const rows = audit('no_access').filter((a) => a.action === 'update');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity_id: s.gas,
      label: 'GAS no access 30 Sep 2026',
      before: { visit_date: '2026-10-01', notes: 'No answer' },
      after: { visit_date: '2026-09-30', notes: 'No answer; card left' },
      parent_entity: 'dwelling',
      parent_id: s.home,
    });
    // notes alone: only the notes are in the audit row; today itself is allowed
    await t.call('noAccess.update', { id: s.fra, patch: { notes: '' } });
    await t.call('noAccess.update', { id: s.fra, patch: { visitDate: '2026-11-23' } });
    expect(audit('no_access').at(-2)).toMatchObject({ before: { notes: 'Door entry broken' }, after: { notes: '' }, parent_entity: 'block' });
    expect((await t.call('blocks.get', { id: s.block.id })).noAccess).toMatchObject([{ id: s.fra, visitDate: '2026-11-23', notes: '' }]);
  });

  it('refuses a visit date in the future or not a date, and an empty patch, naming the field, and changes nothing', async () => {
    const s = await visits();
    const before = snapshot(t.database);
    const cases: [unknown, string | undefined][] = [
      [{ id: s.gas, patch: { visitDate: '2026-11-24' } }, 'visitDate'],
      [{ id: s.gas, patch: { visitDate: '2026-02-30' } }, 'visitDate'],
      [{ id: s.gas, patch: { visitDate: '01/10/2026' } }, 'visitDate'],
      [{ id: s.gas, patch: { notes: 'x'.repeat(2001) } }, 'notes'],
      [{ id: s.gas, patch: { checkType: 'EICR' } }, 'checkType'],
      [{ id: s.gas, patch: {} }, undefined],
    ];
    for (const [input, field] of cases) {
      expect(await t.raw('noAccess.update', input), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: field ? { code: 'validation', field } : { code: 'validation' },
      });
    }
    expect(await t.raw('noAccess.update', { id: s.gas, patch: { visitDate: '2026-11-24' } })).toMatchObject({
      ok: false,
      error: { message: 'The visit date cannot be in the future.' },
    });
    expect(await t.raw('noAccess.update', { id: 999, patch: { notes: 'x' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('deleting a no-access visit', () => {
  it('removes the visit, with an audit row holding it, and the home’s check no longer says no access', async () => {
    const s = await visits();
    expect((await t.call('compliance.home', { uprn: '1001' })).checks.find((c) => c.checkType === 'GAS')!.status).toBe('no_access');
    expect(await t.call('noAccess.delete', { id: s.gas })).toEqual({ id: s.gas });
    expect(audit('no_access').at(-1)).toMatchObject({
      action: 'delete',
      entity_id: s.gas,
      before: { check_type: 'GAS', visit_date: '2026-10-01', notes: 'No answer' },
      after: null,
      parent_entity: 'dwelling',
      parent_id: s.home,
    });
    expect((await t.call('homes.get', { id: s.home })).noAccess.map((v) => v.id)).toEqual([s.fra]);
    expect((await t.call('compliance.home', { uprn: '1001' })).checks.find((c) => c.checkType === 'GAS')!.status).toBe('missing');
    const before = snapshot(t.database);
    expect(await t.raw('noAccess.delete', { id: s.gas })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.raw('noAccess.delete', { id: 'x' })).toMatchObject({ ok: false, error: { field: 'id' } });
    expect(snapshot(t.database)).toBe(before);
  });
});
