import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { checkVersions, perCheckType, STOCK_CHANGES_CARRIED, type StockChanges } from '../../main/compliance/checkVersions';
import { homeGapIds } from '../../main/compliance/homeGaps';
import { overdueChecks } from '../../main/compliance/overdue';
import type { ReadDb } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import type { Database } from '../../main/db/schema';
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

/** The figures kept per check type: the overdue list, and each check type's homes with a gap (together, a home with another gap would hide one). */
const figures = async (db: ReadDb, asAt: string) => ({
  overdue: await overdueChecks(db, asAt, { limit: 1000 }),
  gaps: await Promise.all(CHECK_TYPES.map((type) => homeGapIds(db, asAt, [type]))),
});

/** The same from a new connection, which has nothing kept: it works everything out. */
async function afresh(asAt: string) {
  const fresh = await openDatabase(t!.database.path);
  try {
    return await figures(fresh.db, asAt);
  } finally {
    await fresh.close();
  }
}

/** A connection to the same file that notes the SQL of each query it runs. */
function noting(sqlite: BetterSqlite3.Database) {
  const queries: string[] = [];
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: (e) => void (e.level === 'query' && queries.push(e.query.sql)) });
  return { db, queries };
}

/** The queries run over the whole stock: the overdue items' or the gaps', not limited to some homes or blocks. */
const overWholeStock = (queries: string[]) =>
  queries.filter((q) => (q.includes('items as materialized') || q.includes("coalesce(c.cover, '') <")) && !/ in \(\?|0 = 1/.test(q));

describe('each kind of change to the stock, alone', () => {
  const AS_AT = '2026-03-31';
  type Stock = Awaited<ReturnType<typeof buildHandBuiltStock>>;
  const at = "strftime('%Y-%m-%dT%H:%M:%fZ')";
  const changes: [string, (sqlite: BetterSqlite3.Database, stock: Stock) => void][] = [
    [
      'a lift added to a block with homes',
      (q, st) => q.prepare(`insert into lifts (block_id, number, name, created_at, updated_at) values (?, 7, 'New', ${at}, ${at})`).run(st.a.id),
    ],
    ['a lift removed (one never examined, added before the figures were kept)', (q) => q.prepare("delete from lifts where name = 'Spare'").run()],
    ['a lift moved to another block', (q, st) => q.prepare('update lifts set block_id = ?, number = 9 where id = ?').run(st.b.id, st.c.liftIds[1]!)],
    ['a home in a block deleted', (q, st) => q.prepare('delete from dwellings where id = ?').run(st.h.A4)],
    [
      'a home added to a block',
      (q, st) =>
        q
          .prepare(
            `insert into dwellings (uprn, address, block_id, tenure, has_gas, created_at, updated_at) values ('5001', 'x', ?, 'tenant', 1, ${at}, ${at})`,
          )
          .run(st.c.id),
    ],
    [
      'a street home added',
      (q) => q.prepare(`insert into dwellings (uprn, address, tenure, has_gas, created_at, updated_at) values ('5002', 'x', 'tenant', 1, ${at}, ${at})`).run(),
    ],
    ['a home moved out of its block', (q, st) => q.prepare('update dwellings set block_id = null where id = ?').run(st.h.C1)],
    ['a home no longer let', (q, st) => q.prepare('update dwellings set active = 0 where id = ?').run(st.h.B1)],
    ['a home let to a leaseholder', (q, st) => q.prepare("update dwellings set tenure = 'leaseholder' where id = ?").run(st.h.A2)],
    ['a block found to hold asbestos', (q, st) => q.prepare('update blocks set asbestos_present = 1 where id = ?').run(st.c.id)],
    ['a block’s communal electrics taken out', (q, st) => q.prepare('update blocks set communal_electrics = 0 where id = ?').run(st.a.id)],
  ];
  it.each(changes)('%s: carried, not worked out over the whole stock, and what a new connection works out', async (_what, change) => {
    t = await makeCore({ today: AS_AT });
    const stock = await buildHandBuiltStock(t);
    t.database.sqlite.prepare(`insert into lifts (block_id, number, name, created_at, updated_at) values (?, 8, 'Spare', ${at}, ${at})`).run(stock.c.id);
    const { db, queries } = noting(t.database.sqlite);
    const before = await figures(db, AS_AT);
    expect(overWholeStock(queries).length).toBeGreaterThan(0);
    queries.length = 0;
    change(t.database.sqlite, stock);
    const kept = await figures(db, AS_AT);
    expect(overWholeStock(queries)).toEqual([]);
    expect(kept).toEqual(await afresh(AS_AT));
    expect(kept).not.toEqual(before);
  });
});

describe('the overdue list and the homes with a gap, carried', () => {
  it('equal what a connection with nothing kept works out, through random changes to the stock and certificates', async () => {
    t = await generatedCore(400, 3, TODAY);
    const sqlite = t.database.sqlite;
    const { rnd, op } = randomStockChanges(sqlite, 777);
    const { db, queries } = noting(sqlite);
    const log: string[] = [];
    let carried = 0;
    let lastAsAt = TODAY;
    await figures(db, TODAY);
    for (let round = 0; round < 60; round++) {
      const before = await checkVersions(db);
      const n = 1 + rnd(2);
      for (let i = 0; i < n; i++) {
        try {
          op(log);
        } catch (e) {
          log.push(`op failed ${(e as Error).message}`);
        }
      }
      const after = await checkVersions(db);
      const stockOnly = after.stock > before.stock && CHECK_TYPES.every((type) => after.byType[type] - before.byType[type] === after.stock - before.stock);
      log.push(`-- round ${round}: ${after.stock - before.stock} stock changes`);
      const asAt = round % 5 === 4 ? '2026-06-30' : TODAY;
      queries.length = 0;
      const [kept, fresh] = [await figures(db, asAt), await afresh(asAt)];
      if (JSON.stringify(kept) !== JSON.stringify(fresh)) console.log(log.join('\n'));
      expect(kept.overdue, `round ${round}`).toEqual(fresh.overdue);
      expect(kept.gaps, `round ${round}`).toEqual(fresh.gaps);
      expect(fresh.overdue.total).toBeGreaterThan(0);
      // kept at this date after the last round, and only the stock changed since: nothing worked out whole
      if (stockOnly && asAt === lastAsAt) {
        expect(overWholeStock(queries), `round ${round}`).toEqual([]);
        carried++;
      }
      lastAsAt = asAt;
    }
    expect(carried).toBeGreaterThan(10);
  }, 120_000);
});
