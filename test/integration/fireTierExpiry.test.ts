import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const audit = (entity: string) => auditRows(t.database, entity);

async function block(tier: 'high' | 'medium' | 'low' = 'medium') {
  const estate = (await t.call('estates.create', { name: 'Northgate Estate' })).id;
  return (await t.call('blocks.create', { estateId: estate, name: 'Ash House', storeys: 5, fireRiskTier: tier })).id;
}
const cert = async (id: number) => (await t.call('blocks.get', { id: (await t.call('blocks.list', {}))[0]!.id })).certificates.find((c) => c.id === id)!;

describe('a new fire risk tier and the latest fire risk assessment', () => {
  it('medium to high: the latest derived expiry comes 12 months earlier, in the same change, with its own audit row; older ones keep theirs', async () => {
    const b = await block('medium');
    const older = await t.call('certificates.create', { checkType: 'FRA', blockId: b, dateDone: '2024-03-01' });
    const latest = await t.call('certificates.create', { checkType: 'FRA', blockId: b, dateDone: '2026-01-10', reference: 'FRA-26' });
    expect(latest.expiryDate).toBe('2028-01-10');
    const saved = await t.call('blocks.update', { id: b, patch: { fireRiskTier: 'high' } });
    expect(saved.latestFireRiskAssessment).toEqual({
      certificateId: latest.id,
      dateDone: '2026-01-10',
      expiryBefore: '2028-01-10',
      expiryDate: '2027-01-10',
      expiryGiven: false,
    });
    expect(saved.certificates.find((c) => c.id === latest.id)).toMatchObject({ expiryDate: '2027-01-10', expiryGiven: false });
    expect((await cert(older.id)).expiryDate).toBe('2026-03-01');
    const certAudit = audit('certificate').filter((a) => a.action === 'update');
    expect(certAudit).toHaveLength(1);
    expect(certAudit[0]).toMatchObject({
      entity_id: latest.id,
      label: 'FRA FRA-26',
      before: { expiry_date: '2028-01-10' },
      after: { expiry_date: '2027-01-10' },
      parent_entity: 'block',
      parent_id: b,
    });
    expect(audit('block').at(-1)).toMatchObject({ action: 'update', before: { fire_risk_tier: 'medium' }, after: { fire_risk_tier: 'high' } });
    // and to low: 36 months from the date done
    expect((await t.call('blocks.update', { id: b, patch: { fireRiskTier: 'low' } })).latestFireRiskAssessment).toMatchObject({
      expiryBefore: '2027-01-10',
      expiryDate: '2029-01-10',
    });
    // back to high
    expect((await t.call('blocks.update', { id: b, patch: { fireRiskTier: 'high' } })).latestFireRiskAssessment).toMatchObject({
      expiryDate: '2027-01-10',
    });
  });

  it('keeps an expiry entered by hand, and changes nothing when the tier stays the same or there is no assessment', async () => {
    const b = await block('medium');
    const older = await t.call('certificates.create', { checkType: 'FRA', blockId: b, dateDone: '2024-03-01' });
    const entered = await t.call('certificates.create', { checkType: 'FRA', blockId: b, dateDone: '2026-01-10', expiryDate: '2027-06-30' });
    const saved = await t.call('blocks.update', { id: b, patch: { fireRiskTier: 'high' } });
    expect(saved.latestFireRiskAssessment).toEqual({
      certificateId: entered.id,
      dateDone: '2026-01-10',
      expiryBefore: '2027-06-30',
      expiryDate: '2027-06-30',
      expiryGiven: true,
    });
    expect((await cert(entered.id)).expiryDate).toBe('2027-06-30');
    expect(audit('certificate').filter((a) => a.action === 'update')).toEqual([]);
    // an older derived one behind an entered latest one is not touched either
    expect((await cert(older.id)).expiryDate).toBe('2026-03-01');
    // the tier unchanged: nothing to say
    expect((await t.call('blocks.update', { id: b, patch: { storeys: 6 } })).latestFireRiskAssessment).toBeNull();
    const other = (await t.call('blocks.create', { estateId: (await t.call('estates.list', {}))[0]!.id, name: 'Birch Court', storeys: 2, fireRiskTier: 'low' }))
      .id;
    expect((await t.call('blocks.update', { id: other, patch: { fireRiskTier: 'high' } })).latestFireRiskAssessment).toBeNull();
  });

  it('a refused block change leaves the assessment’s expiry as it was', async () => {
    const b = await block('medium');
    await t.call('certificates.create', { checkType: 'FRA', blockId: b, dateDone: '2026-01-10' });
    await t.call('blocks.create', { estateId: (await t.call('estates.list', {}))[0]!.id, name: 'Birch Court', storeys: 2, fireRiskTier: 'low' });
    const before = snapshot(t.database);
    expect(await t.raw('blocks.update', { id: b, patch: { fireRiskTier: 'high', name: 'birch court' } })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
    expect(snapshot(t.database)).toBe(before);
  });
});
