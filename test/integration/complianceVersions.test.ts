import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkVersions } from '../../main/compliance/checkVersions';
import { buildingSafetyMeasures } from '../../main/compliance/measures';
import { overdueChecks } from '../../main/compliance/overdue';
import { openDatabase } from '../../main/db/open';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The overdue list's items and the building-safety measures are kept per check type until a write
// moves that check type's version on (migration 018). Whatever is written, and by whichever
// connection, what is kept must equal what a connection with nothing kept works out.

const AS_AT = '2026-11-23';
let t: TestCore;
let stock: Awaited<ReturnType<typeof buildHandBuiltStock>>;
beforeEach(async () => {
  t = await makeCore({ today: AS_AT });
  stock = await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

/** The figures through the app's connection (kept) and through a new one (nothing kept). */
async function keptAndFresh() {
  const fresh = await openDatabase(t.database.path);
  try {
    return {
      kept: { overdue: await overdueChecks(t.database.db, AS_AT), measures: await buildingSafetyMeasures(t.database.db, AS_AT) },
      fresh: { overdue: await overdueChecks(fresh.db, AS_AT), measures: await buildingSafetyMeasures(fresh.db, AS_AT) },
    };
  } finally {
    await fresh.close();
  }
}

describe('compliance figures kept per check type', () => {
  it('moves on only the version of the check type written, and every one for a change to the stock', async () => {
    const before = (await checkVersions(t.database.db)).byType;
    await t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-11-01' });
    const afterGas = (await checkVersions(t.database.db)).byType;
    expect(afterGas.GAS).toBeGreaterThan(before.GAS);
    expect({ ...afterGas, GAS: before.GAS }).toEqual(before);

    t.database.sqlite.prepare("update certificates set contractor = 'Warmhome' where check_type = 'FRA'").run();
    expect((await checkVersions(t.database.db)).byType).toEqual(afterGas);

    t.database.sqlite.prepare("update dwellings set tenure = 'leaseholder' where uprn = '1001'").run();
    const afterStock = (await checkVersions(t.database.db)).byType;
    for (const type of Object.keys(before) as (keyof typeof before)[]) expect(afterStock[type], type).toBeGreaterThan(afterGas[type]);
  });

  it('gives after each kind of write what a connection with nothing kept gives', async () => {
    const first = await keptAndFresh();
    expect(first.kept).toEqual(first.fresh);
    expect(first.kept.overdue.rows.length).toBeGreaterThan(0);

    const writes: [string, () => Promise<unknown> | unknown][] = [
      ['a gas check done', () => t.call('certificates.create', { checkType: 'GAS', homeId: stock.h.A2, dateDone: '2026-11-01' })],
      ['a lift examined', () => t.call('certificates.create', { checkType: 'LIFT', liftId: stock.c.liftIds[1]!, dateDone: '2026-11-02' })],
      [
        'a fire risk assessment moved back (another connection)',
        () =>
          t.database.sqlite
            .prepare("update certificates set date_done = '2023-01-01', expiry_date = '2024-01-01' where check_type = 'FRA' and block_id = ?")
            .run(stock.c.id),
      ],
      ['a certificate deleted', () => t.database.sqlite.prepare("delete from certificates where check_type = 'WATER'").run()],
      [
        'a certificate turned into another check',
        () => t.database.sqlite.prepare("update certificates set check_type = 'EICR' where check_type = 'ASBESTOS'").run(),
      ],
      ['a home let to a leaseholder', () => t.database.sqlite.prepare("update dwellings set tenure = 'leaseholder' where uprn = '1001'").run()],
      ['a home without gas', () => t.database.sqlite.prepare("update dwellings set has_gas = 0 where uprn = '3002'").run()],
      ['a block losing its communal water', () => t.database.sqlite.prepare('update blocks set communal_water = 0 where id = ?').run(stock.a.id)],
      ['a lift removed', () => t.database.sqlite.prepare('delete from certificates where lift_id = ?').run(stock.a.liftIds[0]!)],
    ];
    for (const [what, write] of writes) {
      const before = await keptAndFresh();
      await write();
      const after = await keptAndFresh();
      expect(after.kept, what).toEqual(after.fresh);
      expect(after.kept, `${what} changes the figures`).not.toEqual(before.kept);
    }
  });

  it('answers an address change, which no figure counts, from what is kept but with the new address', async () => {
    await keptAndFresh();
    const versions = await checkVersions(t.database.db);
    t.database.sqlite.prepare("update dwellings set address = 'Flat 2, Ash House' where uprn = '1002'").run();
    expect(await checkVersions(t.database.db)).toEqual(versions);
    const { kept, fresh } = await keptAndFresh();
    expect(kept).toEqual(fresh);
    expect(kept.overdue.rows.some((r) => r.address === 'Flat 2, Ash House')).toBe(true);
  });
});
