import type { TestCore } from './testCore';

/**
 * A hand-built stock whose measures are worked out by hand below:
 * block A (high risk tier, 1 lift, communal water, asbestos) with an overdue fire risk assessment;
 * block B (low tier, no lift); block C (2 lifts, one overdue; communal water never assessed).
 */
export async function buildHandBuiltStock(t: TestCore) {
  const estate = (await t.call('estates.create', { name: 'Northgate Estate' })).id;
  const a = await t.call('blocks.create', {
    estateId: estate,
    name: 'Ash House',
    storeys: 5,
    fireRiskTier: 'high',
    passengerLifts: 1,
    communalWater: true,
    asbestosPresent: true,
  });
  const b = await t.call('blocks.create', { estateId: estate, name: 'Birch Court', storeys: 2, fireRiskTier: 'low' });
  const c = await t.call('blocks.create', {
    estateId: estate,
    name: 'Cedar Tower',
    storeys: 8,
    fireRiskTier: 'medium',
    passengerLifts: 2,
    communalWater: true,
  });
  const home = async (uprn: string, blockId: number, tenure: string, hasGas: boolean, active = true) =>
    (await t.call('homes.create', { uprn, address: `Flat ${uprn}`, blockId, tenure: tenure as never, hasGas, active })).id;
  const h = {
    A1: await home('1001', a.id, 'tenant', true),
    A2: await home('1002', a.id, 'tenant', true),
    A3: await home('1003', a.id, 'leaseholder', true),
    A4: await home('1004', a.id, 'shared_ownership', false),
    B1: await home('2001', b.id, 'tenant', true),
    B2: await home('2002', b.id, 'tenant', false),
    C1: await home('3001', c.id, 'tenant', true),
    C2: await home('3002', c.id, 'tenant', true),
    D1: await home('2009', b.id, 'tenant', true, false),
  };
  const cert = (checkType: string, dateDone: string, target: Record<string, number>) =>
    t.call('certificates.create', { checkType: checkType as never, dateDone, ...target });
  await cert('FRA', '2025-02-01', { blockId: a.id }); // high tier: due 2026-02-01, overdue at 31 March
  await cert('FRA', '2024-01-10', { blockId: b.id }); // low tier: due 2027-01-10
  await cert('FRA', '2025-06-01', { blockId: c.id }); // medium tier: due 2027-06-01
  await cert('GAS', '2025-05-01', { homeId: h.A1 });
  await cert('GAS', '2025-03-01', { homeId: h.A2 }); // expired 2026-03-01
  await cert('GAS', '2025-10-01', { homeId: h.B1 });
  await cert('GAS', '2025-01-10', { homeId: h.C1 }); // expired; then no access
  await t.call('noAccess.create', { checkType: 'GAS', homeId: h.C1, visitDate: '2026-01-05' });
  await cert('GAS', '2025-06-01', { homeId: h.C2 });
  await cert('LIFT', '2025-12-01', { liftId: a.liftIds[0]! });
  await cert('LIFT', '2025-11-01', { liftId: c.liftIds[0]! });
  await cert('LIFT', '2025-08-01', { liftId: c.liftIds[1]! }); // expired 2026-02-01: the whole block fails
  await cert('WATER', '2024-06-01', { blockId: a.id });
  await cert('ASBESTOS', '2025-04-15', { blockId: a.id });
  return { a, b, c, h };
}
