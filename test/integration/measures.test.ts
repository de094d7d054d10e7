import { spawnSync } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const handBuiltStock = () => buildHandBuiltStock(t);

describe('building-safety measures BS01-BS05', () => {
  it('counts homes, not buildings, as worked out by hand', async () => {
    await handBuiltStock();
    // Social, active homes: A1 A2 A4 B1 B2 C1 C2 (A3 is a leaseholder, D1 is inactive).
    const m = await t.call('compliance.measures', { asAt: '2026-03-31' });
    expect(m).toEqual({
      asAt: '2026-03-31',
      // gas homes A1 A2 B1 C1 C2; in date: A1 B1 C2 (A2 expired, C1 no access)
      BS01: { requiring: 5, compliant: 3, percent: 60 },
      // every home; block A's overdue assessment fails A1 A2 A4
      BS02: { requiring: 7, compliant: 4, percent: 57.1 },
      // block A only
      BS03: { requiring: 3, compliant: 3, percent: 100 },
      // blocks A and C; C never assessed
      BS04: { requiring: 5, compliant: 3, percent: 60 },
      // blocks A and C (B has no lift); one of C's two lifts is overdue
      BS05: { requiring: 5, compliant: 3, percent: 60 },
    });
    // the default date is the last 31 March
    expect((await t.call('compliance.measures', {})).asAt).toBe('2026-03-31');
  });

  it('never counts a block whose lifts are missing from the register as covered', async () => {
    const { b } = await handBuiltStock();
    // Birch Court is recorded with a lift that is not on the register (as a hand-edited or damaged file could leave it)
    t.database.sqlite.prepare('update blocks set passenger_lifts = 1 where id = ?').run(b.id);
    const m = await t.call('compliance.measures', { asAt: '2026-03-31' });
    // B1 and B2 join the denominator and are not compliant, as the position says
    expect(m.BS05).toEqual({ requiring: 7, compliant: 3, percent: 42.9 });
    const lift = (await t.call('compliance.position', { asAt: '2026-03-31' })).find((p) => p.checkType === 'LIFT')!;
    // the position counts every home the lifts serve, the leaseholder's too: Ash House's four
    expect(lift).toMatchObject({ requiring: 8, compliant: 4 });
  });

  it('keeps the gas anniversary for an early renewal', async () => {
    const { h } = await handBuiltStock();
    const renewal = await t.call('certificates.create', { checkType: 'GAS', homeId: h.A1, dateDone: '2026-03-15' });
    expect(renewal.expiryDate).toBe('2027-05-01');
    const late = await t.call('certificates.create', { checkType: 'GAS', homeId: h.A2, dateDone: '2026-04-10' });
    expect(late.expiryDate).toBe('2027-04-10');
    // by hand at 20 Apr 2027: A1 in date until 1 May 2027 (it would have run out on 15 Mar 2027 without
    // the anniversary rule); A2 ran out on 10 Apr 2027; B1, C1 and C2 ran out in 2026
    expect((await t.call('compliance.measures', { asAt: '2027-04-20' })).BS01).toEqual({ requiring: 5, compliant: 1, percent: 20 });
  });

  it('works out again the gas checks after one recorded late, corrected or removed, with audit rows', async () => {
    const { h } = await handBuiltStock();
    const expiries = () =>
      t.database.sqlite.prepare("select date_done, expiry_date from certificates where check_type = 'GAS' and dwelling_id = ? order by date_done").all(h.B1);
    // B1: done 1 Oct 2025, due 1 Oct 2026. A renewal on 20 Sep 2026 keeps the anniversary.
    await t.call('certificates.create', { checkType: 'GAS', homeId: h.B1, dateDone: '2026-09-20' });
    expect(expiries()).toEqual([
      { date_done: '2025-10-01', expiry_date: '2026-10-01' },
      { date_done: '2026-09-20', expiry_date: '2027-10-01' },
    ]);
    const first = (await t.call('homes.get', { id: h.B1 })).certificates.find((c) => c.dateDone === '2025-10-01')!;
    // the first check corrected to 1 Aug 2025: the renewal was then more than two months early
    await t.call('certificates.update', { id: first.id, patch: { dateDone: '2025-08-01' } });
    expect(expiries()).toEqual([
      { date_done: '2025-08-01', expiry_date: '2026-08-01' },
      { date_done: '2026-09-20', expiry_date: '2027-09-20' },
    ]);
    // a check done on 1 Oct 2025 but recorded only now: the renewal was early for it, so keeps its anniversary
    await runImport(t.database.sqlite, 'certificates', 'late.csv', Buffer.from('Check type,UPRN,Date done\nGAS,2001,01/10/2025\n'), {
      dryRun: false,
      validOnly: false,
      actor: 'Importer',
      now: '2026-11-23T10:00:00.000Z',
      today: '2026-11-23',
    });
    expect(expiries()).toEqual([
      { date_done: '2025-08-01', expiry_date: '2026-08-01' },
      { date_done: '2025-10-01', expiry_date: '2026-10-01' },
      { date_done: '2026-09-20', expiry_date: '2027-10-01' },
    ]);
    const audit = t.database.sqlite
      .prepare(
        "select actor, before_json, after_json from audit_log where entity = 'certificate' and action = 'update' and after_json like '%worked out again%' order by id",
      )
      .all() as { actor: string; before_json: string; after_json: string }[];
    expect(audit.map((a) => [a.actor, JSON.parse(a.before_json).expiry_date, JSON.parse(a.after_json).expiry_date])).toEqual([
      ['Test Manager', '2027-10-01', '2027-09-20'],
      ['Importer', '2027-09-20', '2027-10-01'],
    ]);
    // removing the late check takes the renewal back to its own date
    const late = (await t.call('homes.get', { id: h.B1 })).certificates.find((c) => c.dateDone === '2025-10-01')!;
    await t.call('certificates.delete', { id: late.id });
    expect(expiries()).toEqual([
      { date_done: '2025-08-01', expiry_date: '2026-08-01' },
      { date_done: '2026-09-20', expiry_date: '2027-09-20' },
    ]);
  });

  it('carries a retyped check, and a corrected expiry from a file, down the chain; an edit of nothing that matters touches no other check', async () => {
    const { h } = await handBuiltStock();
    const expiries = () =>
      t.database.sqlite
        .prepare("select date_done, expiry_date, expiry_given from certificates where check_type = 'GAS' and dwelling_id = ? order by date_done")
        .all(h.B1);
    const renewal = await t.call('certificates.create', { checkType: 'GAS', homeId: h.B1, dateDone: '2026-09-20', reference: 'B1-RENEW' });
    expect(renewal.expiryDate).toBe('2027-10-01');
    // the interval changes; a contractor corrected on the first check moves nothing
    await t.call('compliance.setInterval', { code: 'GAS', months: 11 });
    const first = (await t.call('homes.get', { id: h.B1 })).certificates.find((c) => c.dateDone === '2025-10-01')!;
    await t.call('certificates.update', { id: first.id, patch: { contractor: 'Warmhome Gas Services' } });
    expect(expiries()).toEqual([
      { date_done: '2025-10-01', expiry_date: '2026-10-01', expiry_given: 0 },
      { date_done: '2026-09-20', expiry_date: '2027-10-01', expiry_given: 0 },
    ]);
    await t.call('compliance.setInterval', { code: 'GAS', months: 12 });
    // a contractor's file corrects the first check's expiry: the renewal is now late, and runs from its own date
    const file = 'Check type,UPRN,Date done,Expiry date\nGAS,2001,01/10/2025,01/09/2026\n';
    const run = () =>
      runImport(t.database.sqlite, 'certificates', 'fix.csv', Buffer.from(file), {
        dryRun: false,
        validOnly: false,
        actor: 'Importer',
        now: '2026-11-23T10:00:00.000Z',
        today: '2026-11-23',
      });
    expect(await run()).toMatchObject({ updated: 1, applied: true, rederived: 1 });
    expect(expiries()).toEqual([
      { date_done: '2025-10-01', expiry_date: '2026-09-01', expiry_given: 1 },
      { date_done: '2026-09-20', expiry_date: '2027-09-20', expiry_given: 0 },
    ]);
    // an electrical report on B1 retyped as the gas check it really was, done 1 Nov 2025: the renewal follows it
    const eicr = await t.call('certificates.create', { checkType: 'EICR', homeId: h.B1, dateDone: '2025-11-01' });
    await t.call('certificates.update', { id: eicr.id, patch: { checkType: 'GAS' } });
    expect(expiries()).toEqual([
      { date_done: '2025-10-01', expiry_date: '2026-09-01', expiry_given: 1 },
      { date_done: '2025-11-01', expiry_date: '2026-11-01', expiry_given: 0 },
      { date_done: '2026-09-20', expiry_date: '2027-11-01', expiry_given: 0 },
    ]);
  });

  it('carries the chain on from the checks on record when one file brings a late check and corrects another of the same home', async () => {
    const { h } = await handBuiltStock();
    const expiries = () =>
      t.database.sqlite
        .prepare("select date_done, expiry_date, expiry_given from certificates where check_type = 'GAS' and dwelling_id = ? order by date_done")
        .all(h.B1);
    await t.call('certificates.create', { checkType: 'GAS', homeId: h.B1, dateDone: '2026-09-20', reference: 'B1-RENEW' });
    // B1: done 1 Oct 2025, renewed early on 20 Sep 2026 (to 1 Oct 2027). The file brings a check of
    // 1 Aug 2025 recorded late, and corrects the October check's expiry to 1 Sep 2026: the renewal
    // is then late for it, and runs from its own date.
    const file = 'Check type,UPRN,Date done,Expiry date,Reference\nGAS,2001,01/08/2025,,B1-LATE\nGAS,2001,01/10/2025,01/09/2026,\n';
    const result = await runImport(t.database.sqlite, 'certificates', 'mixed.csv', Buffer.from(file), {
      dryRun: false,
      validOnly: false,
      actor: 'Importer',
      now: '2026-11-23T10:00:00.000Z',
      today: '2026-11-23',
    });
    expect(result).toMatchObject({ new: 1, updated: 1, applied: true, rederived: 1 });
    expect(expiries()).toEqual([
      { date_done: '2025-08-01', expiry_date: '2026-08-01', expiry_given: 0 },
      { date_done: '2025-10-01', expiry_date: '2026-09-01', expiry_given: 1 },
      { date_done: '2026-09-20', expiry_date: '2027-09-20', expiry_given: 0 },
    ]);
  });

  it('refuses certificates that do not fit, naming the field, and writes nothing', async () => {
    const { a, b, h } = await handBuiltStock();
    await t.call('certificates.create', { checkType: 'EICR', blockId: b.id, dateDone: '2022-01-01', reference: 'EICR-7' });
    const before = snapshot(t.database);
    const cases: [unknown, string][] = [
      [{ checkType: 'GAS', homeId: h.A4, dateDone: '2026-01-01' }, 'homeId'],
      [{ checkType: 'WATER', blockId: b.id, dateDone: '2026-01-01' }, 'blockId'],
      [{ checkType: 'FRA', homeId: h.A1, dateDone: '2026-01-01' }, 'blockId'],
      [{ checkType: 'GAS', homeId: h.A1, dateDone: '2027-01-01' }, 'dateDone'],
      [{ checkType: 'GAS', homeId: h.A1, dateDone: '2026-02-30' }, 'dateDone'],
      [{ checkType: 'EICR', blockId: a.id, dateDone: '2026-01-01', reference: 'EICR-7' }, 'reference'],
      [{ checkType: 'SMOKE', blockId: a.id, dateDone: '2026-01-01' }, 'checkType'],
    ];
    for (const [input, field] of cases) expect(await t.raw('certificates.create', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { field } });
    expect(snapshot(t.database)).toBe(before);
  });

  it('prints exactly the measures JSON from the command line', async () => {
    await handBuiltStock();
    const db = t.database.path;
    const out = spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/housing-desk.js'), 'tsm', '--db', db, '--as-at', '2026-03-31', '--json'], {
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      '{"asAt":"2026-03-31","projected":false,"BS01":{"requiring":5,"compliant":3,"percent":60.0},"BS02":{"requiring":7,"compliant":4,"percent":57.1},"BS03":{"requiring":3,"compliant":3,"percent":100.0},"BS04":{"requiring":5,"compliant":3,"percent":60.0},"BS05":{"requiring":5,"compliant":3,"percent":60.0}}\n',
    );
    // a landlord with no homes needing a check: percent is null, not 0
    const empty = await makeCore({ today: '2026-11-23' });
    const none = spawnSync(
      process.execPath,
      [path.resolve(__dirname, '../../bin/housing-desk.js'), 'tsm', '--db', empty.database.path, '--as-at', '2026-03-31', '--json'],
      { encoding: 'utf8' },
    );
    await empty.close();
    const zero = '{"requiring":0,"compliant":0,"percent":null}';
    expect(none.stdout).toBe(`{"asAt":"2026-03-31","projected":false,"BS01":${zero},"BS02":${zero},"BS03":${zero},"BS04":${zero},"BS05":${zero}}\n`);
    // a UK date gives the same figures; a date that does not exist is refused in a sentence
    const uk = spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/housing-desk.js'), 'tsm', '--db', db, '--as-at', '31/03/2026', '--json'], {
      encoding: 'utf8',
    });
    expect(uk.stdout).toBe(out.stdout);
    const bad = spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/housing-desk.js'), 'tsm', '--db', db, '--as-at', '31/02/2026'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--as-at must be a real date, for example 31\/03\/2027 or 2027-03-31, not "31\/02\/2026"/);
  });
});

describe('compliance position and the per-home view', () => {
  it('keeps the position until something is written, from any connection', async () => {
    const { h } = await handBuiltStock();
    const gas = async () => (await t.call('compliance.position', { asAt: '2026-03-31' })).find((p) => p.checkType === 'GAS')!.compliant;
    expect(await gas()).toBe(3);
    expect(await gas()).toBe(3);
    // a certificate written by another connection (as an import's worker does) is seen at once
    const other = new BetterSqlite3(t.database.path);
    other
      .prepare(
        "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', ?, '2026-03-01', '2027-03-01', 'x', 'x')",
      )
      .run(h.A2);
    other.close();
    expect(await gas()).toBe(4);
    const added = (await t.call('homes.get', { id: h.A2 })).certificates.find((c) => c.dateDone === '2026-03-01')!;
    await t.call('certificates.delete', { id: added.id });
    expect(await gas()).toBe(3);
  });

  it('counts every home a check serves, with what falls due in 30, 60 and 90 days', async () => {
    await handBuiltStock();
    const position = await t.call('compliance.position', { asAt: '2026-03-31' });
    const by = Object.fromEntries(position.map((p) => [p.checkType, p]));
    // gas: social homes with gas (A1 A2 B1 C1 C2); A1 runs out 2026-05-01 (31 days), C2 2026-06-01 (62 days)
    expect(by.GAS).toMatchObject({ requiring: 5, compliant: 3, overdue: 2, due30: 0, due60: 1, due90: 2 });
    // fire: every active home, leaseholders too (communal checks serve them): A1-A4 overdue
    expect(by.FRA).toMatchObject({ requiring: 8, compliant: 4, overdue: 4 });
    expect(by.LIFT).toMatchObject({ requiring: 6, compliant: 4 });
    expect(by.WATER).toMatchObject({ requiring: 6, compliant: 4 });
    expect(by.ASBESTOS).toMatchObject({ requiring: 4, compliant: 4, percent: 100 });
    // no electrical report at all: every home needing one is non-compliant
    expect(by.EICR!.compliant).toBe(0);
  });

  it('explains each non-compliance of a home: which check and since when', async () => {
    await handBuiltStock();
    const a2 = await t.call('compliance.home', { uprn: '1002', asAt: '2026-03-31' });
    const byType = Object.fromEntries(a2.checks.map((c) => [c.checkType, c]));
    expect(byType.GAS).toMatchObject({
      status: 'overdue',
      coverUntil: '2026-03-01',
      explanation: 'Overdue since 1 Mar 2026: the last check in the home ran out then.',
    });
    expect(byType.FRA).toMatchObject({ status: 'overdue', coverUntil: '2026-02-01' });
    expect(byType.LIFT).toMatchObject({ status: 'in_date', coverUntil: '2026-06-01' });
    expect(byType.ASBESTOS).toMatchObject({ status: 'due_soon', coverUntil: '2026-04-15' });
    const c1 = await t.call('compliance.home', { uprn: '3001', asAt: '2026-03-31' });
    expect(c1.checks.find((c) => c.checkType === 'GAS')).toMatchObject({ status: 'no_access', lastNoAccess: '2026-01-05' });
    expect(c1.checks.find((c) => c.checkType === 'ASBESTOS')).toMatchObject({ status: 'not_required' });
    expect(c1.checks.find((c) => c.checkType === 'WATER')).toMatchObject({ status: 'missing' });
    expect(await t.raw('compliance.home', { uprn: '999' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('remedial actions', () => {
  it('takes its due date from the priority, and counts overdue actions by priority and age', async () => {
    const { h } = await handBuiltStock();
    const gas = await t.call('certificates.create', {
      checkType: 'GAS',
      homeId: h.B1,
      dateDone: '2026-06-01',
      outcome: 'unsatisfactory',
      reference: 'G-R1',
    });
    const owner = (await t.call('people.create', { name: 'Helen Marsh' })).id;
    expect((await t.call('remedials.create', { certificateId: gas.id, description: 'Cap the cooker supply', priority: '24h', ownerId: owner })).dueDate).toBe(
      '2026-06-02',
    );
    expect((await t.call('remedials.create', { certificateId: gas.id, description: 'Service the boiler', priority: '28_days' })).dueDate).toBe('2026-06-29');
    const advisory = await t.call('remedials.create', {
      certificateId: gas.id,
      description: 'Consider a carbon monoxide alarm upgrade',
      priority: 'advisory',
    });
    expect(advisory.dueDate).toBe('2027-06-01');
    const summary = await t.call('compliance.remedials', { asAt: '2026-10-01' });
    expect(summary).toMatchObject({ open: 3, overdue: 2 });
    expect(summary.byPriority.find((p) => p.priority === '24h')).toMatchObject({ overdue: 1, over90: 1 });
    expect(summary.byPriority.find((p) => p.priority === '28_days')).toMatchObject({ overdue: 1, days31to90: 0, over90: 1 });
    expect(summary.oldest[0]).toMatchObject({
      description: 'Cap the cooker supply',
      daysOverdue: 121,
      ownerName: 'Helen Marsh',
      where: 'UPRN 2001, Flat 2001',
    });
    const first = summary.oldest[0]!.id;
    expect(await t.raw('remedials.complete', { id: first, completedDate: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { field: 'completedDate' },
    });
    await t.call('remedials.complete', { id: first, completedDate: '2026-06-02' });
    expect(await t.call('compliance.remedials', { asAt: '2026-10-01' })).toMatchObject({ open: 2, overdue: 1 });
  });
});
