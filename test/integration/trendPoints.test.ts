import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { addDays } from '../../shared/domain/dates';
import { positionCounts } from '../../main/compliance/position';
import { monthEnds } from '../../main/compliance/trend';
import { trendPoints, trendPointsQuery } from '../../main/compliance/trendPoints';
import { generatedCore } from '../helpers/generatedCore';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The trend's points of a check type in one pass over its certificates (issue 15: a point at a
// time, the year's 66 points took 3.4 s after a change to the stock at 60,000 homes). Every point
// must equal the position's own count at that date, which works each home's cover out its own way.

const TODAY = '2026-11-23';

/** The position's counts at each date, one query per date. */
async function positionAt(t: TestCore, type: CheckType, dates: readonly string[]) {
  const out = [];
  for (const at of dates) {
    const c = (await positionCounts(t.database.db, [type], at))[0]![1];
    out.push({
      requiring: Number(c.requiring),
      compliant: Number(c.compliant),
      due: { due30: Number(c.due30), due60: Number(c.due60), due90: Number(c.due90) },
    });
  }
  return out;
}

/** Each point's figures, and those due soon at every `dueEvery`-th point, equal the position's at that date. */
async function expectSameAsPosition(t: TestCore, dates: readonly string[], dueEvery = 1) {
  for (const type of CHECK_TYPES) {
    const position = await positionAt(t, type, dates);
    const counts = await trendPoints(t.database.db, type, dates);
    expect(
      dates.map((_, i) => ({ requiring: counts.requiring, compliant: counts.compliant[i] })),
      type,
    ).toEqual(position.map(({ requiring, compliant }) => ({ requiring, compliant })));
    for (let i = 0; i < dates.length; i += dueEvery) {
      const withDue = await trendPoints(t.database.db, type, dates, dates[i]);
      expect(withDue.compliant, type).toEqual(counts.compliant);
      expect(withDue.due, `${type} ${dates[i]}`).toEqual(position[i]!.due);
    }
  }
}

describe('the trend’s points in one pass', () => {
  describe('on a generated landlord of 600 homes', () => {
    let t: TestCore;
    beforeAll(async () => {
      t = await generatedCore(600, 11, TODAY);
    }, 120_000);
    afterAll(() => t.close());

    it('equal the position’s counts at every month end of four years, and at days between, and its figures due soon', async () => {
      const dates = [...monthEnds(TODAY, 48), '2024-02-29', '2025-07-15', '2026-01-01'];
      await expectSameAsPosition(t, dates, 5);
      // the landlord has some of each: not a comparison of zeros
      for (const type of CHECK_TYPES) {
        const counts = await trendPoints(t.database.db, type, dates);
        expect(counts.requiring, type).toBeGreaterThan(0);
        expect(Math.max(...counts.compliant), type).toBeGreaterThan(0);
        expect(Math.min(...counts.compliant), type).toBeLessThan(counts.requiring);
      }
      expect((await trendPoints(t.database.db, 'GAS', dates, TODAY)).due!.due90).toBeGreaterThan(0);
    }, 60_000);

    it('read each source of a check type’s certificates once, however many points, with no per-home look-up', () => {
      const sources: Record<CheckType, number> = { GAS: 1, EICR: 2, FRA: 1, WATER: 1, ASBESTOS: 1, LIFT: 1 };
      for (const type of CHECK_TYPES) {
        const compiled = trendPointsQuery(type, monthEnds(TODAY, 12)).compile(t.database.db);
        const plan = (t.database.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[]).map(
          (r) => r.detail,
        );
        expect(plan.filter((l) => / c USING /.test(l) || /^SCAN c\b/.test(l)).length, type).toBe(sources[type]);
        expect(
          plan.filter((l) => l.startsWith('CORRELATED')),
          type,
        ).toEqual([]);
      }
    });
  });

  describe('at the edges of a check’s dates', () => {
    let t: TestCore;
    let stock: Awaited<ReturnType<typeof buildHandBuiltStock>>;
    beforeAll(async () => {
      t = await makeCore({ today: TODAY });
      stock = await buildHandBuiltStock(t);
      const { h, a, c } = stock;
      // renewed early: the new check is done before the old one runs out
      await t.call('certificates.create', { checkType: 'GAS', homeId: h.A1, dateDone: '2026-04-20' });
      // electrical: a social home's own report, the block's communal one, and a leaseholder's flat
      await t.call('certificates.create', { checkType: 'EICR', homeId: h.A1, dateDone: '2022-03-31' });
      await t.call('certificates.create', { checkType: 'EICR', blockId: a.id, dateDone: '2021-06-30' });
      await t.call('certificates.create', { checkType: 'EICR', homeId: h.A2, dateDone: '2025-09-30' });
      await t.call('blocks.update', { id: a.id, patch: { communalElectrics: true } });
      await t.call('blocks.update', { id: c.id, patch: { communalElectrics: true } });
      await t.call('certificates.create', { checkType: 'EICR', blockId: c.id, dateDone: '2024-01-31' });
      // a house in no block, and a leaseholder's flat in a block with no communal supply (which needs no report of ours)
      const house = (await t.call('homes.create', { uprn: '4001', address: '1 Elm Road', blockId: null, tenure: 'tenant', hasGas: true, active: true })).id;
      await t.call('certificates.create', { checkType: 'EICR', homeId: house, dateDone: '2023-05-31' });
      await t.call('certificates.create', { checkType: 'GAS', homeId: house, dateDone: '2025-11-30' });
      await t.call('blocks.update', { id: stock.b.id, patch: { communalElectrics: false } });
      await t.call('homes.create', { uprn: '2003', address: 'Flat 2003', blockId: stock.b.id, tenure: 'leaseholder', hasGas: false, active: true });
      // a block that says it has a lift, with none on record: its homes are never in lift cover
      t.database.sqlite.prepare('update blocks set passenger_lifts = 1 where id = ?').run(stock.b.id);
    });
    afterAll(() => t.close());

    it('count a check done on the day and one running out on the day, and not the day after', async () => {
      const dates = ['2025-02-28', '2025-03-01', '2026-02-28', '2026-03-01', '2026-03-02', '2026-04-30', '2026-05-01', '2026-05-02'];
      await expectSameAsPosition(t, dates);
      const gas = (await trendPoints(t.database.db, 'GAS', dates)).compliant;
      // A2's check counts from the day it was done, 2025-03-01, to the day it ran out, 2026-03-01
      expect(gas[1]! - gas[0]!).toBe(1);
      expect(gas[3]! - gas[4]!).toBe(1);
      // A1's, renewed on 2026-04-20 before it ran out on 2026-05-01, never lapses
      expect(gas[7]).toBe(gas[5]);
    });

    it('count electrical cover by the position’s rule, and lifts only when every lift of the block is in date', async () => {
      const dates = [...monthEnds(TODAY, 72), addDays('2027-03-31', 1), '2026-06-29', '2026-06-30', '2026-07-01'];
      await expectSameAsPosition(t, dates);
      // Cedar Tower's second lift ran out on 2026-02-01: its homes fall out of lift cover then
      const lift = await trendPoints(t.database.db, 'LIFT', ['2026-01-31', '2026-02-01', '2026-02-02']);
      expect(lift.compliant[1]! - lift.compliant[2]!).toBe(2);
    });
  });
});
