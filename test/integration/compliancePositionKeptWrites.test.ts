import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { compliancePosition, positionQuery } from '../../main/compliance/position';
import { openDatabase } from '../../main/db/open';
import { sqlReader } from '../../main/core/readSql';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The position is kept per check type beside the trend’s points (migration 016), so a write works
// out again only the check types it can change (issue 15: the whole position, 220 ms at 60,000
// homes, on every load after any write). What is read back must always equal what is worked out afresh.

let t: TestCore;
let stock: Awaited<ReturnType<typeof buildHandBuiltStock>>;
const today = '2026-11-23';
beforeEach(async () => {
  t = await makeCore({ today });
  stock = await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

/** The check types whose position as at today is kept. */
const keptTypes = (asAt = today) =>
  (
    t.database.sqlite.prepare('select check_type from compliance_trend_points where as_at = ? and due30 is not null order by check_type').all(asAt) as {
      check_type: CheckType;
    }[]
  ).map((r) => r.check_type);

const allTypes = [...CHECK_TYPES].sort();
const without = (...types: CheckType[]) => allTypes.filter((c) => !types.includes(c));

async function expectPositionFresh() {
  const position = await t.call('compliance.position', { asAt: today });
  for (const type of CHECK_TYPES) {
    const r = (await positionQuery(type, today).execute(sqlReader(t.database.db))).rows[0]!;
    const p = position.find((x) => x.checkType === type)!;
    expect([p.requiring, p.compliant, p.due30, p.due60, p.due90], type).toEqual([r.requiring, r.compliant, r.due30, r.due60, r.due90].map(Number));
  }
  expect(keptTypes()).toEqual(allTypes);
}

describe('the position kept per check type', () => {
  it('is kept by the call and read back: a kept figure altered by hand shows through', async () => {
    await expectPositionFresh();
    await sql`update compliance_trend_points set compliant = 0 where check_type = 'FRA' and as_at = ${today}`.execute(t.database.db);
    // another connection (nothing kept in its memory) reads it back
    const other = await openDatabase(t.database.path);
    try {
      expect((await compliancePosition(other.db, today)).find((p) => p.checkType === 'FRA')!.compliant).toBe(0);
    } finally {
      await other.close();
    }
  });

  for (const [type, target] of [
    ['GAS', () => ({ homeId: stock.h.A2 })],
    ['EICR', () => ({ homeId: stock.h.B1 })],
    ['FRA', () => ({ blockId: stock.b.id })],
    ['WATER', () => ({ blockId: stock.c.id })],
    ['ASBESTOS', () => ({ blockId: stock.a.id })],
    ['LIFT', () => ({ liftId: stock.c.liftIds[1]! })],
  ] as const)
    it(`a ${type} certificate drops only ${type}'s figure, and the position equals the one worked out afresh`, async () => {
      await expectPositionFresh();
      await t.call('certificates.create', { checkType: type, dateDone: '2026-11-01', ...target() });
      expect(keptTypes()).toEqual(without(type));
      await expectPositionFresh();
    });

  it('a certificate dated after the date a position is kept for drops nothing of it', async () => {
    await t.call('compliance.position', { asAt: '2026-10-31' });
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-11-01' });
    expect(keptTypes('2026-10-31')).toEqual(allTypes);
  });

  it('a change to a home, a block or a lift is carried through every figure; an address changes none', async () => {
    await expectPositionFresh();
    await t.call('homes.update', { id: stock.h.A1, patch: { tenure: 'leaseholder' } });
    expect(keptTypes()).toEqual(allTypes);
    await expectPositionFresh();
    await t.call('blocks.update', { id: stock.b.id, patch: { communalWater: true } });
    expect(keptTypes()).toEqual(allTypes);
    await expectPositionFresh();
    await t.call('blocks.update', { id: stock.b.id, patch: { passengerLifts: 1 } });
    expect(keptTypes()).toEqual(allTypes);
    await expectPositionFresh();
    const lift = t.database.sqlite.prepare('select id from lifts where block_id = ?').get(stock.b.id) as { id: number };
    await t.call('lifts.remove', { id: lift.id });
    expect(keptTypes()).toEqual(allTypes);
    await expectPositionFresh();
    await t.call('homes.update', { id: stock.h.A1, patch: { address: 'Flat 1, Ash House' } });
    expect(keptTypes()).toEqual(allTypes);
  });

  it('settings change no figure (a new interval applies to checks recorded from then on; the target is not counted): nothing dropped', async () => {
    await expectPositionFresh();
    await t.call('compliance.setInterval', { code: 'GAS', months: 6 });
    expect(keptTypes()).toEqual(allTypes);
    await expectPositionFresh();
    await t.call('compliance.setTarget', { percent: 90 });
    expect(keptTypes()).toEqual(allTypes);
  });

  it('the trend’s last point reads the position’s kept figure, and the trend keeps no due counts over it', async () => {
    await expectPositionFresh();
    const trend = await t.call('compliance.trend', { asAt: today, months: 3 });
    const position = await t.call('compliance.position', { asAt: today });
    for (const s of trend.series) expect(s.percent.at(-1), s.checkType).toBe(position.find((p) => p.checkType === s.checkType)!.percent);
    expect(keptTypes()).toEqual(allTypes);
  });
});
