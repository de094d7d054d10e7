import { afterEach, describe, expect, it } from 'vitest';
import { checkVersions, perCheckType, STOCK_CHANGES_CARRIED, type StockChanges } from '../../main/compliance/checkVersions';
import { homeGapIds } from '../../main/compliance/homeGaps';
import { overdueChecks } from '../../main/compliance/overdue';
import type { ReadDb } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';
import { generatedCore } from '../helpers/generatedCore';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { randomStockChanges } from '../helpers/randomStockChanges';
import { makeCore, type TestCore } from '../helpers/testCore';

// What is kept per check type (the overdue list's items, the homes with a check not in date) is
// moved on by the stock changes since it (migration 022) rather than worked out again over the
// whole stock, when nothing else has moved its check type's version: it must equal what a
// connection with nothing kept works out.

const TODAY = '2026-11-23';
let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a result kept per check type', () => {
  it('is carried through the stock changes alone, with the homes and blocks they name, and worked out again after anything else', async () => {
    t = await makeCore({ today: TODAY });
    const stock = await buildHandBuiltStock(t);
    const sqlite = t.database.sqlite;
    const kept = perCheckType<string>();
    const seen: string[] = [];
    const carried: StockChanges[] = [];
    const read = async (type: CheckType) =>
      kept(
        t!.database.db,
        await checkVersions(t!.database.db),
        type,
        'key',
        async () => (seen.push(`worked out ${type}`), 'afresh'),
        async (value, changes) => (seen.push(`carried ${type} from ${value}`), carried.push(changes), 'carried'),
      );
    const sorted = (c: StockChanges) => ({ homes: c.homes.toSorted(), blocks: c.blocks.toSorted(), blocksOfHomes: c.blocksOfHomes.toSorted() });

    await read('GAS');
    await read('FRA');
    await read('GAS');
    expect(seen.splice(0)).toEqual(['worked out GAS', 'worked out FRA']);

    // a tenure changed, and an address (which no figure counts)
    sqlite.prepare("update dwellings set tenure = 'leaseholder', address = 'x' where id = ?").run(stock.h.A1);
    sqlite.prepare("update dwellings set address = 'y' where id = ?").run(stock.h.B1);
    expect(await read('GAS')).toBe('carried');
    expect(seen.splice(0)).toEqual(['carried GAS from afresh']);
    expect(sorted(carried.pop()!)).toEqual({ homes: [stock.h.A1], blocks: [], blocksOfHomes: [stock.a.id] });

    // a home moved between blocks, a block's water and a lift moved: both check types carried, FRA over everything since it was kept
    sqlite.prepare('update dwellings set block_id = ? where id = ?').run(stock.b.id, stock.h.C1);
    sqlite.prepare('update blocks set communal_water = 0 where id = ?').run(stock.a.id);
    sqlite.prepare('update lifts set block_id = ?, number = 9 where id = ?').run(stock.b.id, stock.c.liftIds[0]!);
    await read('GAS');
    await read('FRA');
    expect(seen.splice(0)).toEqual(['carried GAS from carried', 'carried FRA from afresh']);
    expect(sorted(carried[0]!)).toEqual({
      homes: [stock.h.C1],
      blocks: [stock.a.id, stock.b.id, stock.c.id].toSorted(),
      blocksOfHomes: [stock.b.id, stock.c.id].toSorted(),
    });
    expect(sorted(carried[1]!)).toEqual({
      homes: [stock.h.A1, stock.h.C1].toSorted(),
      blocks: [stock.a.id, stock.b.id, stock.c.id].toSorted(),
      blocksOfHomes: [stock.a.id, stock.b.id, stock.c.id].toSorted(),
    });

    // a gas certificate beside a change to the stock: gas worked out again, fire risk carried
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-11-01' });
    sqlite.prepare("update dwellings set tenure = 'tenant' where id = ?").run(stock.h.A1);
    await read('GAS');
    await read('FRA');
    expect(seen.splice(0)).toEqual(['worked out GAS', 'carried FRA from carried']);

    // more changes than are carried: worked out again
    const flip = sqlite.prepare("update dwellings set tenure = case tenure when 'tenant' then 'leaseholder' else 'tenant' end where id = ?");
    for (let i = 0; i <= STOCK_CHANGES_CARRIED; i++) flip.run(stock.h.B1);
    await read('GAS');
    expect(seen.splice(0)).toEqual(['worked out GAS']);
    flip.run(stock.h.B1);
    await read('GAS');
    expect(seen.splice(0)).toEqual(['carried GAS from afresh']);
  });
});

describe('the overdue list and the homes with a gap, carried', () => {
  it('equal what a connection with nothing kept works out, through random changes to the stock and certificates', async () => {
    t = await generatedCore(400, 3, TODAY);
    const sqlite = t.database.sqlite;
    const { rnd, op } = randomStockChanges(sqlite, 777);
    const figures = async (db: ReadDb, asAt: string) => ({
      overdue: await overdueChecks(db, asAt, { limit: 1000 }),
      // each check type's homes (together, a home with another gap would hide one)
      gaps: await Promise.all(CHECK_TYPES.map((type) => homeGapIds(db, asAt, [type]))),
    });
    const afresh = async (asAt: string) => {
      // a new connection has nothing kept: it works everything out
      const fresh = await openDatabase(t!.database.path);
      try {
        return await figures(fresh.db, asAt);
      } finally {
        await fresh.close();
      }
    };
    const log: string[] = [];
    let stockOnly = 0;
    await figures(t.database.db, TODAY);
    for (let round = 0; round < 60; round++) {
      const before = await checkVersions(t.database.db);
      const n = 1 + rnd(2);
      for (let i = 0; i < n; i++) {
        try {
          op(log);
        } catch (e) {
          log.push(`op failed ${(e as Error).message}`);
        }
      }
      const after = await checkVersions(t.database.db);
      if (after.stock > before.stock && after.byType.GAS - before.byType.GAS === after.stock - before.stock) stockOnly++;
      log.push(`-- round ${round}: ${after.stock - before.stock} stock changes`);
      const asAt = round % 5 === 4 ? '2026-06-30' : TODAY;
      const [kept, fresh] = [await figures(t.database.db, asAt), await afresh(asAt)];
      if (JSON.stringify(kept) !== JSON.stringify(fresh)) console.log(log.join('\n'));
      expect(kept.overdue, `round ${round}`).toEqual(fresh.overdue);
      expect(kept.gaps, `round ${round}`).toEqual(fresh.gaps);
      expect(fresh.overdue.total).toBeGreaterThan(0);
    }
    // most rounds changed only the stock, so the figures were carried
    expect(stockOnly).toBeGreaterThan(25);
  }, 120_000);
});
