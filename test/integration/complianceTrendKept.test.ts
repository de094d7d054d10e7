import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import Database from 'better-sqlite3';
import { complianceTrend, monthEnds, trendPointCounts, type CountPoints } from '../../main/compliance/trend';
import { positionCounts } from '../../main/compliance/position';
import { keeperFor } from '../../main/db/keeper';
import { openDatabase } from '../../main/db/open';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The trend's points are kept between calls and dropped by triggers when a write could change
// them (issue 15: 72 look-ups over the whole stock on every load after any write). Kept points
// must always equal the points worked out afresh.

let t: TestCore;
let stock: Awaited<ReturnType<typeof buildHandBuiltStock>>;
const asAt = '2026-03-31';
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  stock = await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

const kept = () =>
  t.database.sqlite.prepare('select check_type, as_at from compliance_trend_points order by check_type, as_at').all() as {
    check_type: string;
    as_at: string;
  }[];

/** The dates of one check type's kept points. */
const keptOf = (type: string) =>
  kept()
    .filter((p) => p.check_type === type)
    .map((p) => p.as_at);

/** Every point as the position counts it from the registers now, without anything kept. */
async function fresh(months: number) {
  const series = [];
  for (const type of CHECK_TYPES) {
    const percent = [];
    for (const at of monthEnds(asAt, months)) {
      const c = (await positionCounts(t.database.db, [type], at))[0]![1];
      percent.push(c.requiring ? Math.round((c.compliant / c.requiring) * 1000) / 10 : null);
    }
    series.push({ checkType: type, percent });
  }
  return series;
}

async function expectTrendFresh(months = 6) {
  expect((await t.call('compliance.trend', { asAt, months })).series).toEqual(await fresh(months));
}

describe('the trend’s kept points', () => {
  it('are kept by the call, read back by another connection, and equal to the points worked out afresh', async () => {
    await expectTrendFresh();
    expect(kept()).toHaveLength(6 * CHECK_TYPES.length);
    // Read back, not worked out again: a kept point altered by hand shows through on a new connection.
    t.database.sqlite.prepare("update compliance_trend_points set compliant = 0 where check_type = 'FRA' and as_at = ?").run(asAt);
    const other = await openDatabase(t.database.path);
    try {
      const trend = await complianceTrend(other.db, asAt, 6);
      expect(trend.series.find((s) => s.checkType === 'FRA')!.percent.at(-1)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('a certificate written drops its check type’s points on and after its date, and no others', async () => {
    await expectTrendFresh();
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-01-15' });
    expect(keptOf('GAS')).toEqual(['2025-10-31', '2025-11-30', '2025-12-31']);
    expect(keptOf('FRA')).toHaveLength(6);
    await expectTrendFresh();
  });

  it('a certificate changed or deleted drops the points of its old and new dates', async () => {
    const { id } = await t.call('certificates.create', { checkType: 'WATER', blockId: stock.c.id, dateDone: '2026-02-10' });
    await expectTrendFresh();
    await t.call('certificates.update', { id, patch: { dateDone: '2025-11-20' } });
    expect(keptOf('WATER')).toEqual(['2025-10-31']);
    await expectTrendFresh();
    await t.call('certificates.delete', { id });
    expect(keptOf('WATER')).toEqual(['2025-10-31']);
    await expectTrendFresh();
  });

  it('a change to a home, a block or a lift is carried through the points (stockCarry.test.ts)', async () => {
    await expectTrendFresh();
    await t.call('homes.update', { id: stock.h.A1, patch: { tenure: 'leaseholder' } });
    expect(kept()).toHaveLength(6 * CHECK_TYPES.length);
    await expectTrendFresh();
    await t.call('blocks.update', { id: stock.b.id, patch: { communalWater: true } });
    expect(kept()).toHaveLength(6 * CHECK_TYPES.length);
    await expectTrendFresh();
    await t.call('blocks.update', { id: stock.b.id, patch: { passengerLifts: 2 } });
    expect(kept()).toHaveLength(6 * CHECK_TYPES.length);
    await expectTrendFresh();
    // an address is not part of any figure: the points stay
    await t.call('homes.update', { id: stock.h.A1, patch: { address: 'Flat 1, Ash House' } });
    expect(kept()).toHaveLength(6 * CHECK_TYPES.length);
  });
});

describe('keeping', () => {
  it('keeps nothing when anything was written after the figures were read', () => {
    const keeper = keeperFor(t.database.sqlite);
    const write = (s: typeof t.database.sqlite) =>
      s.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values ('GAS', '2020-01-31', 1, 1)").run();
    const mark = keeper.mark();
    t.database.sqlite.prepare("update settings set value = value where key = 'organisation'").run();
    t.database.sqlite.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values ('FRA', '2020-01-31', 1, 1)").run();
    expect(keeper.keep(mark, write)).toBe(false);
    expect(keeper.keep(keeper.mark(), write)).toBe(true);
    expect(kept()).toHaveLength(2);
  });

  it('keeps what two reads worked out side by side: keeping is not a write that makes the other’s figures stale', () => {
    const keeper = keeperFor(t.database.sqlite);
    const point = (type: string) => (s: typeof t.database.sqlite) =>
      s.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values (?, '2020-01-31', 1, 1)").run(type);
    const trend = keeper.mark();
    const position = keeperFor(t.database.sqlite).mark();
    expect(keeper.keep(position, point('GAS'))).toBe(true);
    expect(keeper.keep(trend, point('FRA'))).toBe(true);
    // a register written after both marks still stops a keep
    const later = keeper.mark();
    t.database.sqlite.prepare("update settings set value = value where key = 'organisation'").run();
    expect(keeper.keep(later, point('LIFT'))).toBe(false);
    expect(kept()).toHaveLength(2);
  });

  it('keeps no position from the trend’s pass when another connection wrote after the trend began', async () => {
    // The trend's pass reads, then another connection writes a gas check that makes C1 in date,
    // all before the position (which marks later) asks the pass for its figures.
    const other = new Database(t.database.path);
    const dueRow = () =>
      t.database.sqlite
        .prepare("select requiring, compliant, due30, due60, due90 from compliance_trend_points where check_type = 'GAS' and as_at = ?")
        .get(asAt);
    try {
      // the pass's figures, read before the write
      const before = await trendPointCounts(
        t.database.db,
        CHECK_TYPES.flatMap((type) => monthEnds(asAt, 6).map((at) => ({ type, at }))),
        asAt,
      );
      const points: CountPoints = async (wanted) => {
        other
          .prepare(
            "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', ?, '2026-03-01', '2027-03-01', '2026-03-01', '2026-03-01')",
          )
          .run(stock.h.C1);
        return wanted.map(({ type, at }) => before.find((p) => p.check_type === type && p.as_at === at)!);
      };
      await complianceTrend(t.database.db, asAt, 6, keeperFor(t.database.sqlite), {
        points,
        positions: (types, at) => positionCounts(t.database.db, types, at),
      });
      const now = (await positionCounts(t.database.db, ['GAS'], asAt))[0]![1];
      expect(now.compliant).toBe(before.find((p) => p.check_type === 'GAS' && p.as_at === asAt)!.compliant + 1);
      // kept, and as the registers are now, not as the pass counted them
      expect(dueRow()).toEqual(now);
    } finally {
      other.close();
    }
  });

  it('keeps nothing on a read-only connection', async () => {
    const readOnly = await openDatabase(t.database.path, { readOnly: true });
    try {
      await complianceTrend(readOnly.db, asAt, 3, keeperFor(readOnly.sqlite));
      expect(kept()).toEqual([]);
    } finally {
      await readOnly.close();
    }
  });
});
