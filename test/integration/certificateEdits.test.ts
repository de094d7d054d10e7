import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const audit = (entity: string) => auditRows(t.database, entity);

async function stock() {
  const estate = (await t.call('estates.create', { name: 'Northgate Estate' })).id;
  const block = await t.call('blocks.create', { estateId: estate, name: 'Ash House', storeys: 5, fireRiskTier: 'high', passengerLifts: 1 });
  const home = (await t.call('homes.create', { uprn: '1001', address: '1 Ash House', blockId: block.id, hasGas: true })).id;
  const other = (await t.call('homes.create', { uprn: '1002', address: '2 Ash House', blockId: block.id, hasGas: true })).id;
  return { block, home, other };
}

describe('correcting a certificate', () => {
  it('derives the expiry again when the date done or the check type changes, unless the expiry was entered', async () => {
    const s = await stock();
    const first = await t.call('certificates.create', { checkType: 'GAS', homeId: s.home, dateDone: '2025-01-10' });
    const gas = await t.call('certificates.create', { checkType: 'GAS', homeId: s.home, dateDone: '2025-12-01', reference: 'G-2' });
    // early renewal keeps the anniversary of the one before
    expect(gas.expiryDate).toBe('2027-01-10');
    // moved within the early window it still keeps the anniversary: it is not its own previous check
    expect(await t.call('certificates.update', { id: gas.id, patch: { dateDone: '2025-12-20' } })).toMatchObject({ expiryDate: '2027-01-10' });
    // moved after the previous expiry: 12 months from the day done (the certificate is not its own previous check)
    expect(await t.call('certificates.update', { id: gas.id, patch: { dateDone: '2026-02-01' } })).toMatchObject({
      dateDone: '2026-02-01',
      expiryDate: '2027-02-01',
      expiryGiven: false,
    });
    expect(audit('certificate').at(-1)).toMatchObject({
      action: 'update',
      before: { date_done: '2025-12-20', expiry_date: '2027-01-10' },
      after: { date_done: '2026-02-01', expiry_date: '2027-02-01' },
    });
    // an expiry entered by hand is kept when the date changes
    await t.call('certificates.update', { id: gas.id, patch: { expiryDate: '2026-12-31' } });
    expect(await t.call('certificates.update', { id: gas.id, patch: { dateDone: '2026-01-15', contractor: 'Warmhome' } })).toMatchObject({
      expiryDate: '2026-12-31',
      expiryGiven: true,
      contractor: 'Warmhome',
    });
    // clearing it derives it again
    expect(await t.call('certificates.update', { id: gas.id, patch: { expiryDate: null } })).toMatchObject({
      expiryDate: '2027-01-15',
      expiryGiven: false,
    });
    // a different check type: an electrical report for the home, 60 months
    expect(await t.call('certificates.update', { id: first.id, patch: { checkType: 'EICR', eicrCodes: 'C3' } })).toMatchObject({
      checkType: 'EICR',
      expiryDate: '2030-01-10',
      eicrCodes: 'C3',
    });
    // a fire risk assessment is for the block: it moves there, by the high tier (12 months)
    expect(await t.call('certificates.update', { id: first.id, patch: { checkType: 'FRA', homeId: null, blockId: s.block.id } })).toMatchObject({
      homeId: null,
      blockId: s.block.id,
      expiryDate: '2026-01-10',
    });
  });

  it('refuses corrections that do not fit, naming the field, and changes nothing', async () => {
    const s = await stock();
    const gas = await t.call('certificates.create', { checkType: 'GAS', homeId: s.home, dateDone: '2026-06-01', reference: 'G-1' });
    await t.call('certificates.create', { checkType: 'GAS', homeId: s.other, dateDone: '2026-06-01', reference: 'G-2' });
    const before = snapshot(t.database);
    const cases: [unknown, string][] = [
      [{ dateDone: '2027-01-01' }, 'dateDone'],
      [{ dateDone: '2026-02-30' }, 'dateDone'],
      [{ expiryDate: '2026-05-01' }, 'expiryDate'],
      [{ reference: 'G-2' }, 'reference'],
      [{ checkType: 'FRA' }, 'blockId'],
      [{ checkType: 'LIFT', homeId: null }, 'liftId'],
      [{ outcome: 'fine' }, 'outcome'],
      [{ homeId: 999 }, 'homeId'],
    ];
    for (const [patch, field] of cases)
      expect(await t.raw('certificates.update', { id: gas.id, patch }), JSON.stringify(patch)).toMatchObject({ ok: false, error: { field } });
    expect(await t.raw('certificates.update', { id: 999, patch: { contractor: 'x' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(t.database)).toBe(before);
  });

  it('will not delete a certificate with remedial actions until they are removed', async () => {
    const s = await stock();
    const gas = await t.call('certificates.create', { checkType: 'GAS', homeId: s.home, dateDone: '2026-06-01', outcome: 'unsatisfactory' });
    const r = await t.call('remedials.create', { certificateId: gas.id, description: 'Replace flue', priority: '28_days' });
    const before = snapshot(t.database);
    expect(await t.raw('certificates.delete', { id: gas.id })).toMatchObject({
      ok: false,
      error: { field: 'id', message: 'This certificate has 1 remedial action: remove it first, or keep the certificate.' },
    });
    expect(snapshot(t.database)).toBe(before);
    await t.call('remedials.delete', { id: r.id });
    expect(audit('remedial').at(-1)).toMatchObject({
      action: 'delete',
      before: { description: 'Replace flue' },
      parent_entity: 'certificate',
      parent_id: gas.id,
    });
    expect(await t.call('certificates.delete', { id: gas.id })).toEqual({ id: gas.id });
    expect(audit('certificate').at(-1)).toMatchObject({ action: 'delete', before: { check_type: 'GAS', date_done: '2026-06-01' }, after: null });
    expect((await t.call('homes.get', { id: s.home })).certificates).toEqual([]);
  });
});

describe('editing a remedial action', () => {
  it('changes description, priority (due date follows unless given), owner and completion, audited', async () => {
    const s = await stock();
    const owner = (await t.call('people.create', { name: 'Helen Marsh' })).id;
    const gas = await t.call('certificates.create', { checkType: 'GAS', homeId: s.home, dateDone: '2026-06-01', outcome: 'unsatisfactory' });
    const r = await t.call('remedials.create', { certificateId: gas.id, description: 'Service boiler', priority: '28_days' });
    expect(await t.call('remedials.update', { id: r.id, patch: { priority: '24h' } })).toMatchObject({ priority: '24h', dueDate: '2026-06-02' });
    expect(
      await t.call('remedials.update', {
        id: r.id,
        patch: { priority: '3_months', dueDate: '2026-07-15', ownerId: owner, description: 'Service the boiler' },
      }),
    ).toMatchObject({
      priority: '3_months',
      dueDate: '2026-07-15',
      ownerName: 'Helen Marsh',
      description: 'Service the boiler',
    });
    expect(audit('remedial').at(-1)).toMatchObject({
      action: 'update',
      before: { priority: '24h', due_date: '2026-06-02', owner_id: null },
      after: { priority: '3_months', due_date: '2026-07-15', owner_id: owner },
    });
    expect(await t.call('remedials.update', { id: r.id, patch: { completedDate: '2026-07-01' } })).toMatchObject({ completedDate: '2026-07-01' });
    expect(await t.call('remedials.update', { id: r.id, patch: { completedDate: null } })).toMatchObject({ completedDate: null });
    const before = snapshot(t.database);
    for (const [patch, field] of [
      [{ dueDate: '2026-05-01' }, 'dueDate'],
      [{ completedDate: '2026-12-01' }, 'completedDate'],
      [{ completedDate: '2026-05-31' }, 'completedDate'],
      [{ ownerId: 999 }, 'ownerId'],
      [{ priority: 'soon' }, 'priority'],
      [{ description: '' }, 'description'],
    ] as const) {
      expect(await t.raw('remedials.update', { id: r.id, patch }), JSON.stringify(patch)).toMatchObject({ ok: false, error: { field } });
    }
    expect(snapshot(t.database)).toBe(before);
    // a certificate cannot be moved after the work it found
    expect(await t.raw('certificates.update', { id: gas.id, patch: { dateDone: '2026-08-01' } })).toMatchObject({
      ok: false,
      error: { field: 'dateDone' },
    });
  });
});
