import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import { checkPosition, positionQuery } from '../../main/compliance/position';
import { sqlReader } from '../../main/core/readSql';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The position is kept per check type beside its trend point (migration 016), dropped by the same
// triggers, so a write makes only the check types it touched be worked out again (issue 15: the
// compliance page's first load after a write). Kept figures must always equal fresh ones.

let t: TestCore;
let stock: Awaited<ReturnType<typeof buildHandBuiltStock>>;
const asAt = '2026-03-31';
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  stock = await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

const keptTypes = () =>
  t.database.sqlite.prepare('select check_type from compliance_trend_points where as_at = ? and due30 is not null order by 1').pluck().all(asAt) as string[];

/** Each check type's figures worked out now, with nothing kept. */
async function fresh() {
  const out = [];
  for (const type of CHECK_TYPES) out.push(checkPosition(type, (await positionQuery(type, asAt).execute(sqlReader(t.database.db))).rows[0]!));
  return out;
}

const expectFresh = async () => expect(await t.call('compliance.position', { asAt })).toEqual(await fresh());

describe('the position kept per check type', () => {
  it('is kept by the call and read back, not worked out again', async () => {
    await expectFresh();
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    // a kept figure altered by hand shows through once the in-memory copy is gone (any write empties it)
    t.database.sqlite.prepare("update compliance_trend_points set due90 = 999 where check_type = 'FRA' and as_at = ?").run(asAt);
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-01-15' });
    const fra = (await t.call('compliance.position', { asAt })).find((p) => p.checkType === 'FRA')!;
    expect(fra.due90).toBe(999);
  });

  it('a certificate drops only its check type, and the figures stay fresh', async () => {
    await expectFresh();
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-01-15' });
    expect(keptTypes()).toEqual(CHECK_TYPES.filter((c) => c !== 'GAS').sort());
    await expectFresh();
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    // a certificate done after the date changes nothing as at it, and drops nothing
    await t.call('certificates.create', { checkType: 'FRA', blockId: stock.b.id, dateDone: '2026-05-01' });
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    await expectFresh();
  });

  it('a change to a home or a block carries every check type, and the figures stay fresh', async () => {
    await expectFresh();
    await t.call('homes.update', { id: stock.h.A1, patch: { tenure: 'leaseholder' } });
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    await expectFresh();
    await t.call('blocks.update', { id: stock.b.id, patch: { communalWater: true } });
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    await expectFresh();
  });

  it('the trend keeps a point without taking away the position kept in its row', async () => {
    await expectFresh();
    await t.call('compliance.trend', { asAt, months: 3 });
    expect(keptTypes()).toEqual([...CHECK_TYPES].sort());
    await expectFresh();
  });
});

describe('the compliance page’s other figures kept in memory', () => {
  it('are worked out again after a write: the overdue list and BS01-BS05 see a gas check just recorded', async () => {
    const overdue = () => t.call('compliance.overdue', { asAt, checkType: 'GAS', limit: 200 });
    const measures = () => t.call('compliance.measures', { asAt });
    const before = { overdue: await overdue(), measures: await measures() };
    expect(await overdue()).toEqual(before.overdue);
    expect(before.overdue.rows.some((r) => r.uprn === '1002')).toBe(true);
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-03-20' });
    const after = { overdue: await overdue(), measures: await measures() };
    expect(after.overdue.total).toBe(before.overdue.total - 1);
    expect(after.overdue.rows.some((r) => r.uprn === '1002')).toBe(false);
    expect(after.measures.BS01.compliant).toBe(before.measures.BS01.compliant + 1);
  });
});
