import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inWritingOrder, type PlannedCheck } from '../../main/imports/certificateWrite';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// An import writes its new checks grouped by check type and home, lift or block, oldest first
// within each, so that the inserts walk the certificates' indexes in their order (issue 15), with
// the ids they took when written in date order; and carries a home's gas chain on from the last day
// before its first new check rather than from the start of its history.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const importFile = (csv: string) =>
  runImport(t.database.sqlite, 'certificates', 'file.csv', Buffer.from(csv), {
    dryRun: false,
    validOnly: false,
    actor: 'Importer',
    now: '2026-11-23T10:00:00.000Z',
    today: '2026-11-23',
  });

const check = (row: number, type: PlannedCheck['type'], on: { dwellingId?: number; blockId?: number; liftId?: number }, done: string): PlannedCheck => ({
  row,
  type,
  dwellingId: on.dwellingId ?? null,
  blockId: on.blockId ?? null,
  liftId: on.liftId ?? null,
  done,
  expiry: null,
  outcome: 'satisfactory',
  codes: '',
  contractor: '',
  reference: null,
  evidence: '',
});

describe('the order an import writes its checks in', () => {
  it('groups them by check type and home, lift or block, oldest first within each, and keeps a day’s rows in the file’s order', () => {
    const rows = [
      check(2, 'GAS', { dwellingId: 9 }, '2026-03-01'),
      check(3, 'WATER', { blockId: 4 }, '2025-01-01'),
      check(4, 'GAS', { dwellingId: 2 }, '2026-05-01'),
      check(5, 'GAS', { dwellingId: 9 }, '2025-03-01'),
      check(6, 'LIFT', { blockId: 4, liftId: 7 }, '2026-01-01'),
      check(7, 'GAS', { dwellingId: 2 }, '2026-05-01'),
      check(8, 'GAS', { dwellingId: 10 }, '2024-01-01'),
      check(9, 'EICR', { blockId: 4 }, '2026-02-01'),
      check(10, 'EICR', { dwellingId: 9 }, '2026-02-01'),
    ];
    expect(inWritingOrder(rows).map((r) => r.row)).toEqual([9, 10, 4, 7, 5, 2, 8, 6, 3]);
    // the plan itself is left as it was
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('works out a renewal from the check before it in the same file, wherever the file lists it', async () => {
    await buildHandBuiltStock(t);
    const lastId = t.database.sqlite.prepare('select max(id) from certificates').pluck().get() as number;
    // 1003 has no gas check on record: the renewal of 20 Apr 2026 is early for the check of 1 May 2025
    const r = await importFile(
      'Check type,UPRN,Date done,Reference\nGAS,1003,20/04/2026,R1\nGAS,1002,01/02/2026,R2\nGAS,1003,01/05/2025,R3\nEICR,1001,01/02/2026,R4\nGAS,1001,01/02/2026,R5\n',
    );
    expect(r).toMatchObject({ new: 5, applied: true, problems: [] });
    // the new checks' ids are in the order of their dates (a day's in the file's order), as they were when written in that order
    expect(t.database.sqlite.prepare('select id, reference from certificates where id > ? order by id').all(lastId)).toEqual(
      ['R3', 'R2', 'R4', 'R5', 'R1'].map((reference, i) => ({ id: lastId + 1 + i, reference })),
    );
    const gas = t.database.sqlite
      .prepare(
        "select d.uprn, c.date_done, c.expiry_date from certificates c join dwellings d on d.id = c.dwelling_id where c.check_type = 'GAS' and d.uprn in ('1002', '1003') order by 1, 2",
      )
      .all();
    expect(gas).toEqual([
      { uprn: '1002', date_done: '2025-03-01', expiry_date: '2026-03-01' },
      // done a month before the check on record ran out: the anniversary kept
      { uprn: '1002', date_done: '2026-02-01', expiry_date: '2027-03-01' },
      { uprn: '1003', date_done: '2025-05-01', expiry_date: '2026-05-01' },
      { uprn: '1003', date_done: '2026-04-20', expiry_date: '2027-05-01' },
    ]);
  });
});

describe('a home’s gas chain after an import', () => {
  const expiries = () =>
    t.database.sqlite
      .prepare(
        "select date_done, expiry_date, expiry_given from certificates c join dwellings d on d.id = c.dwelling_id where c.check_type = 'GAS' and d.uprn = '2001' order by date_done, c.id",
      )
      .all();

  it('leaves a later check alone when the check recorded late before it runs out on the same day as the one it follows, though the interval has changed since', async () => {
    await buildHandBuiltStock(t);
    // 2001: done 1 Oct 2025 (to 1 Oct 2026), renewed early on 20 Sep 2026 (to 1 Oct 2027), and a
    // second check on 1 Oct 2025 from another contractor
    const home = (await t.call('homes.list', {})).rows.find((h) => h.uprn === '2001')!.id;
    await t.call('certificates.create', { checkType: 'GAS', homeId: home, dateDone: '2026-09-20' });
    await t.call('certificates.create', { checkType: 'GAS', homeId: home, dateDone: '2025-10-01', reference: 'SECOND' });
    await t.call('compliance.setInterval', { code: 'GAS', months: 11 });
    // a check of 1 Mar 2026 recorded late, its expiry given as 1 Oct 2026: the renewal's check
    // before it now runs out on the same day as before, so its expiry stays as worked out then
    const r = await importFile('Check type,UPRN,Date done,Expiry date\nGAS,2001,01/03/2026,01/10/2026\n');
    expect(r).toMatchObject({ new: 1, applied: true, problems: [] });
    expect(r.rederived ?? 0).toBe(0);
    expect(expiries()).toEqual([
      { date_done: '2025-10-01', expiry_date: '2026-10-01', expiry_given: 0 },
      { date_done: '2025-10-01', expiry_date: '2026-10-01', expiry_given: 0 },
      { date_done: '2026-03-01', expiry_date: '2026-10-01', expiry_given: 1 },
      { date_done: '2026-09-20', expiry_date: '2027-10-01', expiry_given: 0 },
    ]);
  });

  it('carries the chain on from the check recorded late: each later check from the one before it', async () => {
    await buildHandBuiltStock(t);
    const home = (await t.call('homes.list', {})).rows.find((h) => h.uprn === '2001')!.id;
    // 2001: 1 Oct 2025 (to 1 Oct 2026), then 20 Sep 2026, early (to 1 Oct 2027)
    await t.call('certificates.create', { checkType: 'GAS', homeId: home, dateDone: '2026-09-20' });
    // checks of 1 Aug 2026 and of 1 Feb 2025 recorded late, in one file
    const r = await importFile('Check type,UPRN,Date done\nGAS,2001,01/08/2026\nGAS,2001,01/02/2025\n');
    expect(r).toMatchObject({ new: 2, applied: true, rederived: 1, problems: [] });
    expect(expiries()).toEqual([
      { date_done: '2025-02-01', expiry_date: '2026-02-01', expiry_given: 0 },
      { date_done: '2025-10-01', expiry_date: '2026-10-01', expiry_given: 0 },
      // early for the check of 1 Oct 2025: the anniversary kept
      { date_done: '2026-08-01', expiry_date: '2027-10-01', expiry_given: 0 },
      // the check before it now runs out on 1 Oct 2027, more than two months after it: from its own date
      { date_done: '2026-09-20', expiry_date: '2027-09-20', expiry_given: 0 },
    ]);
  });
});
