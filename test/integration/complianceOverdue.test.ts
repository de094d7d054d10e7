import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthEnds } from '../../main/compliance/trend';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

describe('the overdue list', () => {
  it('lists what the owner must get done: homes, blocks and lifts, never-checked first, with days overdue and owner', async () => {
    await buildHandBuiltStock(t);
    const gasOwner = await t.call('people.create', { name: 'Priya Shah' });
    await t.call('compliance.setOwner', { checkType: 'GAS', personId: gasOwner.id });
    const list = await t.call('compliance.overdue', { asAt: '2026-03-31', limit: 50 });
    // gas A2 and C1; electrical: 7 social homes and 3 blocks' communal supplies never checked;
    // fire: block A; water: block C never assessed; lifts: Cedar Tower's lift 2
    expect(list.total).toBe(15);
    expect(list.rows).toHaveLength(15);
    expect(list.rows.slice(0, 11).every((r) => r.coverUntil === null && r.status === 'missing' && r.daysOverdue === null)).toBe(true);
    expect(list.rows.filter((r) => r.checkType === 'EICR' && r.scope === 'block').map((r) => [r.blockName, r.homes])).toEqual([
      ['Ash House', 4],
      ['Birch Court', 2],
      ['Cedar Tower', 2],
    ]);
    expect(
      list.rows.slice(11).map((r) => [r.checkType, r.scope, r.uprn ?? r.blockName, r.liftName, r.coverUntil, r.daysOverdue, r.status, r.ownerName]),
    ).toEqual([
      ['GAS', 'home', '3001', null, '2026-01-10', 80, 'no_access', 'Priya Shah'],
      ['FRA', 'block', 'Ash House', null, '2026-02-01', 58, 'overdue', null],
      ['LIFT', 'lift', 'Cedar Tower', 'Lift 2', '2026-02-01', 58, 'overdue', null],
      ['GAS', 'home', '1002', null, '2026-03-01', 30, 'overdue', 'Priya Shah'],
    ]);
    expect(list.rows.find((r) => r.checkType === 'FRA')).toMatchObject({ homes: 4, estateName: 'Northgate Estate' });
  });

  it('filters by check type and limits the rows while still counting them all', async () => {
    const { a } = await buildHandBuiltStock(t);
    const gas = await t.call('compliance.overdue', { asAt: '2026-03-31', checkType: 'GAS' });
    expect(gas.total).toBe(2);
    expect(gas.rows.map((r) => r.uprn)).toEqual(['3001', '1002']);
    const firstThree = await t.call('compliance.overdue', { asAt: '2026-03-31', limit: 3 });
    expect(firstThree).toMatchObject({ total: 15 });
    expect(firstThree.rows).toHaveLength(3);
    // a check done later clears it
    await t.call('certificates.create', { checkType: 'FRA', blockId: a.id, dateDone: '2026-03-30' });
    expect((await t.call('compliance.overdue', { asAt: '2026-03-31', checkType: 'FRA' })).total).toBe(0);
    expect(await t.call('compliance.overdue', { asAt: '2026-03-31', checkType: 'LIFT', limit: 1 })).toMatchObject({ total: 1 });
  });
});

describe('who chases each check, and the intervals', () => {
  it('sets and clears an owner, refusing someone who is not on the list, with an audit row', async () => {
    const person = await t.call('people.create', { name: 'Tom Reid' });
    const after = await t.call('compliance.setOwner', { checkType: 'FRA', personId: person.id });
    expect(after.find((o) => o.checkType === 'FRA')).toMatchObject({ personId: person.id, personName: 'Tom Reid' });
    expect(await t.raw('compliance.setOwner', { checkType: 'FRA', personId: 9999 })).toMatchObject({ ok: false, error: { field: 'personId' } });
    const cleared = await t.call('compliance.setOwner', { checkType: 'FRA', personId: null });
    expect(cleared.find((o) => o.checkType === 'FRA')).toMatchObject({ personId: null, personName: null });
    const audit = t.database.sqlite.prepare("select before_json, after_json from audit_log where entity = 'check_owner' order by id").all() as {
      before_json: string;
      after_json: string;
    }[];
    expect(audit.map((a) => [JSON.parse(a.before_json).person_id, JSON.parse(a.after_json).person_id])).toEqual([
      [null, person.id],
      [person.id, null],
    ]);
  });

  it('changes an interval for checks recorded from then on, and refuses a nonsense one', async () => {
    const { h } = await buildHandBuiltStock(t);
    const settings = await t.call('compliance.checkSettings', {});
    expect(settings.find((s) => s.checkType === 'FRA')!.intervals).toEqual([
      { code: 'FRA:high', months: 12 },
      { code: 'FRA:medium', months: 24 },
      { code: 'FRA:low', months: 36 },
    ]);
    await t.call('compliance.setInterval', { code: 'GAS', months: 6 });
    expect((await t.call('certificates.create', { checkType: 'GAS', homeId: h.B1, dateDone: '2026-11-01' })).expiryDate).toBe('2027-05-01');
    expect(await t.raw('compliance.setInterval', { code: 'GAS', months: 0 })).toMatchObject({ ok: false, error: { field: 'months' } });
    expect(await t.raw('compliance.setInterval', { code: 'FRA', months: 12 })).toMatchObject({ ok: false, error: { field: 'code' } });
  });
});

describe('the trend by month', () => {
  it('takes the last day of each month, and the as-at date for its own month', () => {
    expect(monthEnds('2026-03-15', 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-15']);
    expect(monthEnds('2026-01-10', 3)).toEqual(['2025-11-30', '2025-12-31', '2026-01-10']);
    expect(monthEnds('2024-03-31', 2)).toEqual(['2024-02-29', '2024-03-31']);
  });

  it('gives the percentage in date at each month end, ending on the position figure, and follows new checks', async () => {
    const { h } = await buildHandBuiltStock(t);
    const trend = await t.call('compliance.trend', { asAt: '2026-03-31', months: 4 });
    expect(trend.points).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31']);
    const series = Object.fromEntries(trend.series.map((s) => [s.checkType, s.percent]));
    // gas: C1 ran out on 10 January, A2 on 1 March (5 homes)
    expect(series.GAS).toEqual([100, 80, 80, 60]);
    // fire: block A's assessment ran out on 1 February (4 of 8 homes)
    expect(series.FRA).toEqual([100, 100, 50, 50]);
    const position = await t.call('compliance.position', { asAt: '2026-03-31' });
    expect(trend.series.map((s) => s.percent[3])).toEqual(position.map((p) => p.percent));
    await t.call('certificates.create', { checkType: 'GAS', homeId: h.A2, dateDone: '2026-03-20' });
    expect((await t.call('compliance.trend', { asAt: '2026-03-31', months: 4 })).series[0]!.percent).toEqual([100, 80, 80, 80]);
    expect(await t.raw('compliance.trend', { months: 1 })).toMatchObject({ ok: false, error: { field: 'months' } });
  });
});

describe('electrical reports for leaseholders', () => {
  it('counts only the communal report for a leaseholder’s flat, and both for a social home', async () => {
    const { a, h } = await buildHandBuiltStock(t);
    await t.call('certificates.create', { checkType: 'EICR', blockId: a.id, dateDone: '2026-01-05', eicrCodes: 'C3' });
    const eicr = (await t.call('compliance.position', { asAt: '2026-03-31' })).find((p) => p.checkType === 'EICR')!;
    // A3 (leaseholder) is covered by the communal report; the social homes still need their own
    expect(eicr).toMatchObject({ requiring: 8, compliant: 1 });
    await t.call('certificates.create', { checkType: 'EICR', homeId: h.A1, dateDone: '2026-02-01' });
    expect((await t.call('compliance.position', { asAt: '2026-03-31' })).find((p) => p.checkType === 'EICR')).toMatchObject({ compliant: 2 });
    const leaseholder = await t.call('compliance.home', { uprn: '1003', asAt: '2026-03-31' });
    expect(leaseholder.checks.find((c) => c.checkType === 'GAS')).toMatchObject({ status: 'not_required' });
    expect(leaseholder.checks.find((c) => c.checkType === 'EICR')).toMatchObject({
      status: 'in_date',
      coverUntil: '2031-01-05',
      explanation: 'In date until 5 Jan 2031.',
    });
    const b1 = await t.call('compliance.home', { uprn: '2001', asAt: '2026-03-31' });
    expect(b1.checks.find((c) => c.checkType === 'EICR')!.explanation).toBe('No check has been recorded in the home or its block.');
  });
});

describe('the demo’s findings', () => {
  it('has owners for every check, electrical reports with codes, and remedial work done, open and overdue', async () => {
    const demo = await makeCore({ today: '2026-11-23', demo: true });
    try {
      const settings = await demo.call('compliance.checkSettings', {});
      expect(settings.every((s) => s.personName !== null)).toBe(true);
      const summary = await demo.call('compliance.remedials', { asAt: '2026-11-23' });
      expect(summary.open).toBeGreaterThan(summary.overdue);
      expect(summary.overdue).toBeGreaterThanOrEqual(3);
      expect(summary.oldest.some((r) => r.ownerName === null)).toBe(true);
      expect(summary.byPriority.find((p) => p.priority === '28_days')!.over90).toBeGreaterThan(0);
      const db = demo.database.sqlite;
      expect(
        (
          db.prepare("select count(*) n from certificates where check_type = 'EICR' and outcome = 'unsatisfactory' and eicr_codes like '%C2%'").get() as {
            n: number;
          }
        ).n,
      ).toBeGreaterThan(3);
      expect((db.prepare("select count(*) n from certificates where eicr_codes like 'C1%'").get() as { n: number }).n).toBe(1);
      expect((db.prepare('select count(*) n from remedial_actions where completed_date is not null').get() as { n: number }).n).toBeGreaterThan(5);
      const overdue = await demo.call('compliance.overdue', { asAt: '2026-11-23' });
      expect(overdue.rows.every((r) => r.ownerName !== null)).toBe(true);
      // a believable mix: every kind of check mostly in date, some overdue, some expiring, a few with no access
      const position = await demo.call('compliance.position', { asAt: '2026-11-23' });
      for (const p of position) {
        expect(p.requiring, p.checkType).toBeGreaterThan(0);
        // one overdue lift examination takes a whole tower out, so lifts may be only half covered
        expect(p.percent!, p.checkType).toBeGreaterThanOrEqual(50);
      }
      expect(position.filter((p) => p.overdue > 0).length).toBeGreaterThanOrEqual(3);
      expect(position.filter((p) => p.due30 > 0).length).toBeGreaterThanOrEqual(2);
      const statuses = new Set(overdue.rows.map((r) => r.status));
      expect([...statuses].sort()).toEqual(expect.arrayContaining(['no_access', 'overdue']));
      expect(new Set(overdue.rows.map((r) => r.scope))).toEqual(new Set(['home', 'block', 'lift']));
      const measures = await demo.call('compliance.measures', { asAt: '2026-03-31' });
      for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) expect(measures[code].requiring, code).toBeGreaterThan(0);
      // a few gas checks lapsed over the year end
      expect(measures.BS01.percent!).toBeLessThan(100);
      expect(measures.BS01.percent!).toBeGreaterThan(90);
    } finally {
      await demo.close();
    }
  });
});

describe('recording a no-access visit', () => {
  it('checks what the visit was to, naming the field, and a gas visit to a block is refused', async () => {
    const { a, b, h } = await buildHandBuiltStock(t);
    expect(await t.raw('noAccess.create', { checkType: 'GAS', homeId: 9999, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'homeId', message: 'There is no such home.' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'GAS', blockId: a.id, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'blockId' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'GAS', homeId: h.A4, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'homeId' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'FRA', homeId: h.A1, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'homeId' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'LIFT', blockId: b.id, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'blockId' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'WATER', blockId: b.id, visitDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { field: 'blockId' },
    });
    expect(await t.raw('noAccess.create', { checkType: 'FRA', blockId: a.id, visitDate: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { field: 'visitDate' },
    });
    // an electrical visit to the block counts for its homes; a gas visit to one home does not count for its neighbour
    await t.call('noAccess.create', { checkType: 'EICR', blockId: a.id, visitDate: '2026-03-20' });
    const a2 = await t.call('compliance.home', { uprn: '1002', asAt: '2026-03-31' });
    expect(a2.checks.find((c) => c.checkType === 'EICR')).toMatchObject({ status: 'no_access', lastNoAccess: '2026-03-20' });
    await t.call('noAccess.create', { checkType: 'GAS', homeId: h.A1, visitDate: '2026-03-20' });
    expect((await t.call('compliance.home', { uprn: '1002', asAt: '2026-03-31' })).checks.find((c) => c.checkType === 'GAS')).toMatchObject({
      status: 'overdue',
      lastNoAccess: null,
    });
    expect((await t.call('compliance.home', { uprn: '1001', asAt: '2026-03-31' })).checks.find((c) => c.checkType === 'GAS')).toMatchObject({
      status: 'in_date',
      lastNoAccess: '2026-03-20',
    });
  });
});
