import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditRows as readAudit, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const auditRows = (entity: string) => readAudit(t.database, entity);

async function stock() {
  const north = (await t.call('estates.create', { name: 'Northgate Estate' })).id;
  const river = (await t.call('estates.create', { name: 'Riverside Estate' })).id;
  const ash = await t.call('blocks.create', { estateId: north, name: 'Ash House', storeys: 5, fireRiskTier: 'high', passengerLifts: 2 });
  const birch = await t.call('blocks.create', { estateId: north, name: 'Birch Court', storeys: 2, fireRiskTier: 'low' });
  const home = async (uprn: string, address: string, blockId: number | null, hasGas = true) =>
    (await t.call('homes.create', { uprn, address, blockId, hasGas })).id;
  const homes = {
    a1: await home('1001', '1 Ash House, Northgate', ash.id),
    a2: await home('1002', '2 Ash House, Northgate', ash.id),
    b1: await home('2001', '1 Birch Court, Northgate', birch.id),
    street: await home('9001', '14 Mill Lane', null, false),
  };
  return { north, river, ash, birch, homes };
}

describe('estates and blocks', () => {
  it('lists estates with their block and home counts, and renames one (unique, audited)', async () => {
    const s = await stock();
    expect(await t.call('estates.list', {})).toEqual([
      { id: s.north, name: 'Northgate Estate', blocks: 2, homes: 3 },
      { id: s.river, name: 'Riverside Estate', blocks: 0, homes: 0 },
    ]);
    expect(await t.call('estates.update', { id: s.river, patch: { name: 'Riverside Gardens' } })).toMatchObject({ name: 'Riverside Gardens' });
    expect(auditRows('estate').at(-1)).toMatchObject({ action: 'update', before: { name: 'Riverside Estate' }, after: { name: 'Riverside Gardens' } });
    expect(await t.raw('estates.update', { id: s.river, patch: { name: 'northgate estate' } })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await t.raw('estates.update', { id: s.river, patch: { name: ' ' } })).toMatchObject({ ok: false, error: { field: 'name' } });
  });

  it('lists blocks with homes and lifts, for one estate or all, and gets one block', async () => {
    const s = await stock();
    const blocks = await t.call('blocks.list', { estateId: s.north });
    expect(blocks.map((b) => [b.name, b.homes, b.lifts.map((l) => l.name)])).toEqual([
      ['Ash House', 2, ['Lift 1', 'Lift 2']],
      ['Birch Court', 1, []],
    ]);
    expect(await t.call('blocks.list', { estateId: s.river })).toEqual([]);
    expect((await t.call('blocks.list', {})).length).toBe(2);
    await t.call('certificates.create', { checkType: 'FRA', blockId: s.ash.id, dateDone: '2026-01-10' });
    await t.call('certificates.create', { checkType: 'LIFT', liftId: s.ash.liftIds[0]!, dateDone: '2026-09-01' });
    await t.call('certificates.create', { checkType: 'GAS', homeId: s.homes.a1, dateDone: '2026-09-01' });
    await t.call('noAccess.create', { checkType: 'FRA', blockId: s.ash.id, visitDate: '2026-10-01', notes: 'Door entry broken' });
    const ash = await t.call('blocks.get', { id: s.ash.id });
    expect(ash).toMatchObject({ name: 'Ash House', estateName: 'Northgate Estate', fireRiskTier: 'high', homes: 2 });
    // the block's own checks and its lifts', not the homes' gas
    expect(ash.certificates.map((c) => [c.checkType, c.liftName])).toEqual([
      ['LIFT', 'Lift 1'],
      ['FRA', null],
    ]);
    expect(ash.lifts.map((l) => l.certificates)).toEqual([1, 0]);
    expect(ash.noAccess).toMatchObject([{ checkType: 'FRA', notes: 'Door entry broken' }]);
    expect(await t.raw('blocks.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('updates every attribute of a block, in one audit row with before and after', async () => {
    const s = await stock();
    const b = await t.call('blocks.update', {
      id: s.birch.id,
      patch: {
        estateId: s.river,
        name: 'Birch Court West',
        storeys: 3,
        yearBuilt: 1994,
        fireRiskTier: 'medium',
        communalWater: true,
        asbestosPresent: true,
        communalElectrics: false,
      },
    });
    expect(b).toMatchObject({
      estateName: 'Riverside Estate',
      name: 'Birch Court West',
      storeys: 3,
      yearBuilt: 1994,
      fireRiskTier: 'medium',
      communalWater: true,
      asbestosPresent: true,
      communalElectrics: false,
      removedLifts: [],
    });
    const audit = auditRows('block').filter((a) => a.action === 'update');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      before: { fire_risk_tier: 'low', storeys: 2, name: 'Birch Court' },
      after: { fire_risk_tier: 'medium', storeys: 3, name: 'Birch Court West' },
    });
    // the water risk assessment is now required for the block
    await t.call('certificates.create', { checkType: 'WATER', blockId: s.birch.id, dateDone: '2026-11-01' });
  });

  it('refuses a block update that does not fit, naming the field, and changes nothing', async () => {
    const s = await stock();
    const before = snapshot(t.database);
    const cases: [unknown, string][] = [
      [{ id: s.birch.id, patch: { name: 'ash house' } }, 'name'],
      [{ id: s.birch.id, patch: { estateId: 999 } }, 'estateId'],
      [{ id: s.birch.id, patch: { storeys: 0 } }, 'storeys'],
      [{ id: s.birch.id, patch: { fireRiskTier: 'severe' } }, 'fireRiskTier'],
      [{ id: s.birch.id, patch: { passengerLifts: -1 } }, 'passengerLifts'],
      [{ id: s.birch.id, patch: {} }, undefined as never],
    ];
    for (const [input, field] of cases)
      expect(await t.raw('blocks.update', input), JSON.stringify(input)).toMatchObject({ ok: false, error: field ? { field } : { code: 'validation' } });
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('lifts', () => {
  it('adds lifts numbered on from the highest, removes uncertified ones highest first, and refuses to drop a lift with certificates', async () => {
    const s = await stock();
    await t.call('certificates.create', { checkType: 'LIFT', liftId: s.ash.liftIds[1]!, dateDone: '2026-09-01' });
    const up = await t.call('blocks.update', { id: s.ash.id, patch: { passengerLifts: 4 } });
    expect(up.lifts.map((l) => [l.number, l.name])).toEqual([
      [1, 'Lift 1'],
      [2, 'Lift 2'],
      [3, 'Lift 3'],
      [4, 'Lift 4'],
    ]);
    expect(up.passengerLifts).toBe(4);
    expect(auditRows('block').at(-1)).toMatchObject({
      before: { passenger_lifts: 2, lifts: ['Lift 1', 'Lift 2'] },
      after: { passenger_lifts: 4, lifts: ['Lift 1', 'Lift 2', 'Lift 3', 'Lift 4'] },
    });

    // down to 1: lift 2 has a certificate, so lifts 4, 3 and 1 go (highest first), leaving lift 2
    const down = await t.call('blocks.update', { id: s.ash.id, patch: { passengerLifts: 1 } });
    expect(down.removedLifts).toEqual(['Lift 1', 'Lift 3', 'Lift 4']);
    expect(down.lifts.map((l) => l.name)).toEqual(['Lift 2']);
    const before = snapshot(t.database);
    expect(await t.raw('blocks.update', { id: s.ash.id, patch: { passengerLifts: 0 } })).toMatchObject({
      ok: false,
      error: { field: 'passengerLifts', message: expect.stringContaining('(Lift 2)') },
    });
    expect(snapshot(t.database)).toBe(before);
    // a new lift continues from the highest number, never reusing lift 2's
    const again = await t.call('blocks.update', { id: s.ash.id, patch: { passengerLifts: 2 } });
    expect(again.lifts.map((l) => [l.number, l.name])).toEqual([
      [2, 'Lift 2'],
      [3, 'Lift 3'],
    ]);
  });

  it('renames a lift (unique within its block) and removes one lift without certificates', async () => {
    const s = await stock();
    const renamed = await t.call('lifts.rename', { id: s.ash.liftIds[0]!, name: 'East lift' });
    expect(renamed.lifts.map((l) => l.name)).toEqual(['East lift', 'Lift 2']);
    expect(auditRows('lift').at(-1)).toMatchObject({
      action: 'update',
      before: { name: 'Lift 1' },
      after: { name: 'East lift' },
      parent_entity: 'block',
      parent_id: s.ash.id,
    });
    expect(await t.raw('lifts.rename', { id: s.ash.liftIds[1]!, name: 'east LIFT' })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await t.raw('lifts.rename', { id: s.ash.liftIds[1]!, name: '' })).toMatchObject({ ok: false, error: { field: 'name' } });

    await t.call('certificates.create', { checkType: 'LIFT', liftId: s.ash.liftIds[0]!, dateDone: '2026-09-01' });
    expect(await t.raw('lifts.remove', { id: s.ash.liftIds[0]! })).toMatchObject({
      ok: false,
      error: { field: 'id', message: expect.stringContaining('East lift has 1 certificate') },
    });
    const after = await t.call('lifts.remove', { id: s.ash.liftIds[1]! });
    expect(after).toMatchObject({ passengerLifts: 1, lifts: [{ name: 'East lift' }] });
    expect(auditRows('lift').at(-1)).toMatchObject({ action: 'delete', before: { name: 'Lift 2', block_passenger_lifts: 2 } });
  });
});

describe('homes', () => {
  it('says which checks each home has not in date today, and lists only those homes when asked', async () => {
    const estate = (await t.call('estates.create', { name: 'Elm Estate' })).id;
    const block = await t.call('blocks.create', { estateId: estate, name: 'Elm Walk', storeys: 3, fireRiskTier: 'low', communalElectrics: false });
    const home = async (uprn: string, hasGas: boolean, tenure = 'tenant') =>
      (await t.call('homes.create', { uprn, address: `${uprn} Elm Walk`, blockId: block.id, hasGas, tenure: tenure as never })).id;
    const h1 = await home('7001', true);
    const h2 = await home('7002', false);
    const h3 = await home('7003', true, 'leaseholder');
    const cert = (checkType: string, dateDone: string, target: Record<string, number>) =>
      t.call('certificates.create', { checkType: checkType as never, dateDone, ...target });
    await cert('FRA', '2026-01-01', { blockId: block.id }); // low tier: in date until 2029
    await cert('EICR', '2026-01-01', { homeId: h1 });
    await cert('GAS', '2025-06-01', { homeId: h1 }); // ran out on 1 Jun 2026
    // h2 has no electrical report; h3 is a leaseholder's flat, whose own gas and wiring are not the landlord's
    const all = await t.call('homes.list', {});
    expect(all.rows.map((r) => [r.uprn, r.notInDate])).toEqual([
      ['7001', ['GAS']],
      ['7002', ['EICR']],
      ['7003', []],
    ]);
    const gaps = await t.call('homes.list', { notCompliant: true });
    expect(gaps.total).toBe(2);
    expect(gaps.rows.map((r) => r.uprn)).toEqual(['7001', '7002']);
    expect((await t.call('homes.list', { notCompliant: true, search: '7002' })).rows.map((r) => r.uprn)).toEqual(['7002']);
    await cert('GAS', '2026-11-20', { homeId: h1 });
    expect((await t.call('homes.list', { notCompliant: true })).rows.map((r) => r.uprn)).toEqual(['7002']);
    expect((await t.call('homes.get', { id: h3 })).notInDate).toEqual([]);
    expect((await t.call('homes.get', { id: h2 })).notInDate).toEqual(['EICR']);
  });

  it('pages and searches homes on the server, by UPRN start or address, with the total', async () => {
    const s = await stock();
    for (let i = 0; i < 30; i++) await t.call('homes.create', { uprn: String(5000 + i), address: `${i + 1} Oak Street`, blockId: s.birch.id });
    const page1 = await t.call('homes.list', { limit: 10 });
    expect(page1.total).toBe(34);
    expect(page1.rows.map((r) => r.uprn)).toEqual(['1001', '1002', '2001', '5000', '5001', '5002', '5003', '5004', '5005', '5006']);
    const page4 = await t.call('homes.list', { limit: 10, offset: 30 });
    expect(page4.rows.map((r) => r.uprn)).toEqual(['5027', '5028', '5029', '9001']);
    expect(await t.call('homes.list', { search: '500', limit: 5 })).toMatchObject({ total: 10 });
    const oak = await t.call('homes.list', { search: 'oak street', sort: 'address', limit: 3 });
    expect(oak.total).toBe(30);
    expect(oak.rows[0]).toMatchObject({
      address: '1 Oak Street',
      blockName: 'Birch Court',
      estateName: 'Northgate Estate',
      tenure: 'tenant',
      hasGas: false,
      active: true,
      notInDate: ['EICR', 'FRA'],
    });
    expect((await t.call('homes.list', { blockId: s.ash.id })).rows.map((r) => r.uprn)).toEqual(['1001', '1002']);
    expect((await t.call('homes.list', { search: '%' })).total).toBe(0);
    expect((await t.call('homes.list', { search: 'mill' })).rows).toMatchObject([{ uprn: '9001', blockName: null }]);
    // UPRNs sort as numbers would, both ways: the longest first when descending
    await t.call('homes.create', { uprn: '100023336956', address: '2 Mill Lane', blockId: null });
    expect((await t.call('homes.list', { limit: 3, descending: true })).rows.map((r) => r.uprn)).toEqual(['100023336956', '9001', '5029']);
    expect((await t.call('homes.list', { limit: 2, offset: 33 })).rows.map((r) => r.uprn)).toEqual(['9001', '100023336956']);
    // the total is kept until the next write, per filter
    expect((await t.call('homes.list', { search: 'mill' })).total).toBe(2);
    await t.call('homes.create', { uprn: '9002', address: '3 Mill Lane', blockId: null });
    expect((await t.call('homes.list', { search: 'mill' })).total).toBe(3);
    // counted once for the filter, not with every page: the next page counts nothing
    const prepared = vi.spyOn(t.database.sqlite, 'prepare');
    expect(await t.call('homes.list', { search: 'mill', offset: 1, limit: 1 })).toMatchObject({ rows: [{ uprn: '9002' }], total: 3 });
    expect(prepared.mock.calls.filter(([text]) => /count\(/i.test(String(text)))).toEqual([]);
    expect(prepared.mock.calls.length).toBeGreaterThan(0);
    prepared.mockRestore();
    expect(await t.raw('homes.list', { limit: 501 })).toMatchObject({ ok: false, error: { field: 'limit' } });
    expect(await t.raw('homes.list', { offset: -1 })).toMatchObject({ ok: false, error: { field: 'offset' } });
  });

  it('gets a home with its certificates, remedial actions and no-access visits (its own and its block’s)', async () => {
    const s = await stock();
    const gas = await t.call('certificates.create', {
      checkType: 'GAS',
      homeId: s.homes.a1,
      dateDone: '2026-06-01',
      outcome: 'unsatisfactory',
      reference: 'G-1',
    });
    await t.call('remedials.create', { certificateId: gas.id, description: 'Replace flue', priority: '28_days' });
    await t.call('noAccess.create', { checkType: 'GAS', homeId: s.homes.a1, visitDate: '2026-05-20' });
    await t.call('noAccess.create', { checkType: 'FRA', blockId: s.ash.id, visitDate: '2026-05-21' });
    await t.call('noAccess.create', { checkType: 'GAS', homeId: s.homes.a2, visitDate: '2026-05-22' });
    const home = await t.call('homes.get', { id: s.homes.a1 });
    expect(home).toMatchObject({ uprn: '1001', blockName: 'Ash House', hasGas: true });
    expect(home.certificates).toMatchObject([
      {
        checkType: 'GAS',
        reference: 'G-1',
        expiryDate: '2027-06-01',
        expiryGiven: false,
        remedials: [{ description: 'Replace flue', dueDate: '2026-06-29', completedDate: null }],
      },
    ]);
    expect(home.noAccess.map((v) => v.visitDate)).toEqual(['2026-05-21', '2026-05-20']);
    expect(await t.call('certificates.list', { homeId: s.homes.a1 })).toEqual(home.certificates);
    expect(await t.raw('certificates.list', {})).toMatchObject({ ok: false, error: { field: 'homeId' } });
  });

  it('updates a home: UPRN unique, block checked, gas off keeps the gas certificates', async () => {
    const s = await stock();
    await t.call('certificates.create', { checkType: 'GAS', homeId: s.homes.a1, dateDone: '2026-06-01' });
    const home = await t.call('homes.update', {
      id: s.homes.a1,
      patch: { uprn: '1009', address: '1 Ash House, Northgate Road', blockId: s.birch.id, tenure: 'leaseholder', hasGas: false, active: false },
    });
    expect(home).toMatchObject({
      uprn: '1009',
      address: '1 Ash House, Northgate Road',
      blockName: 'Birch Court',
      tenure: 'leaseholder',
      hasGas: false,
      active: false,
    });
    expect(home.certificates).toHaveLength(1);
    expect(auditRows('dwelling').at(-1)).toMatchObject({
      action: 'update',
      before: { uprn: '1001', has_gas: 1, tenure: 'tenant' },
      after: { uprn: '1009', has_gas: 0, tenure: 'leaseholder' },
    });
    expect((await t.call('compliance.home', { uprn: '1009' })).checks.find((c) => c.checkType === 'GAS')!.status).toBe('not_required');
    const before = snapshot(t.database);
    for (const [patch, field] of [
      [{ uprn: '1002' }, 'uprn'],
      [{ uprn: '12a' }, 'uprn'],
      [{ blockId: 999 }, 'blockId'],
      [{ tenure: 'owner' }, 'tenure'],
      [{ address: '' }, 'address'],
    ] as const) {
      expect(await t.raw('homes.update', { id: s.homes.a1, patch }), JSON.stringify(patch)).toMatchObject({ ok: false, error: { field } });
    }
    expect(snapshot(t.database)).toBe(before);
    // out of any block
    expect(await t.call('homes.update', { id: s.homes.a1, patch: { blockId: null } })).toMatchObject({ blockId: null, blockName: null });
  });
});
