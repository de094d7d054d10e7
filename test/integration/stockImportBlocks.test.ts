import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const opts = (o: Partial<{ dryRun: boolean; validOnly: boolean }> = {}) => ({
  dryRun: false,
  validOnly: false,
  actor: 'Importer',
  now: '2026-11-23T10:00:00.000Z',
  today: '2026-11-23',
  ...o,
});
const HEAD = 'UPRN,Address,Estate,Block,Tenure,Gas,Storeys,Fire risk tier,Passenger lifts,Communal water';
const file = (...rows: string[]) => Buffer.from([HEAD, ...rows].join('\n'));
const stock = (lifts: number, water = 'No', tier = 'high') =>
  file(
    `1001,1 Ash House,Northgate,Ash House,Tenant,Yes,5,${tier},${lifts},${water}`,
    `1002,2 Ash House,Northgate,Ash House,Tenant,No,5,${tier},${lifts},${water}`,
  );
const import_ = (buf: Buffer, o = opts()) => runImport(t.database.sqlite, 'stock', 'stock.csv', buf, o);
const lifts = () =>
  t.database.sqlite.prepare("select l.number, l.name from lifts l join blocks b on b.id = l.block_id where b.name = 'Ash House' order by l.number").all();
const block = () => t.database.sqlite.prepare("select storeys, fire_risk_tier, passenger_lifts, communal_water from blocks where name = 'Ash House'").get();

describe('stock import: blocks', () => {
  it('counts a change to a block as an update, writes it with an audit row, and the position follows', async () => {
    await import_(stock(0));
    expect(await import_(stock(0), opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect(await import_(stock(0, 'Yes'), opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 1, unchanged: 1 });
    const before = (await t.call('compliance.position', {})).find((p) => p.checkType === 'WATER')!;
    expect(before.requiring).toBe(0);
    expect(await import_(stock(0, 'Yes'))).toMatchObject({ updated: 1, applied: true });
    expect(block()).toMatchObject({ communal_water: 1 });
    const audit = t.database.sqlite.prepare("select action, before_json, after_json from audit_log where entity = 'block' order by id").all() as {
      action: string;
      before_json: string | null;
      after_json: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ water: false });
    expect(JSON.parse(audit[1]!.after_json)).toMatchObject({ water: true });
    expect((await t.call('compliance.position', {})).find((p) => p.checkType === 'WATER')).toMatchObject({ requiring: 2, compliant: 0 });
    expect((await t.call('compliance.trend', { months: 2 })).series.find((s) => s.checkType === 'WATER')!.percent).toEqual([0, 0]);
  });

  it('reads the communal electrical supply: a new block has one unless the file says not, and a change is an update', async () => {
    const electrics = () => t.database.sqlite.prepare("select communal_electrics from blocks where name = 'Ash House'").pluck().get();
    await import_(stock(0));
    expect(electrics()).toBe(1);
    const without = Buffer.from(
      [
        'UPRN,Address,Estate,Block,Tenure,Gas,Communal_Electrical supply',
        '1001,1 Ash House,Northgate,Ash House,Tenant,Yes,N',
        '1002,2 Ash House,Northgate,Ash House,Tenant,No,',
      ].join('\n'),
    );
    expect(await import_(without, opts({ dryRun: true }))).toMatchObject({ updated: 1, unchanged: 1, problems: [] });
    await import_(without);
    expect(electrics()).toBe(0);
    // the homes now need only their own reports
    expect((await t.call('compliance.overdue', { checkType: 'EICR' })).rows.map((r) => r.scope)).toEqual(['home', 'home']);
    const bad = Buffer.from(['UPRN,Address,Estate,Block,Tenure,Gas,Communal electrics', '1001,1 Ash House,Northgate,Ash House,Tenant,Yes,perhaps'].join('\n'));
    expect((await import_(bad)).problems).toEqual([{ row: 2, column: 'Communal electrics', message: '“perhaps” is not yes or no.' }]);
  });

  it('keeps what is recorded for a column the file lacks or leaves blank', async () => {
    await import_(stock(2, 'Yes', 'high'));
    const slim = Buffer.from(
      [
        'UPRN,Address,Estate,Block,Tenure,Gas,Storeys',
        '1001,1 Ash House,Northgate,Ash House,Tenant,Yes,',
        '1002,2 Ash House,Northgate,Ash House,Tenant,No,6',
      ].join('\n'),
    );
    expect(await import_(slim, opts({ dryRun: true }))).toMatchObject({ updated: 1, unchanged: 1, problems: [] });
    await import_(slim);
    expect(block()).toEqual({ storeys: 6, fire_risk_tier: 'high', passenger_lifts: 2, communal_water: 1 });
    expect(lifts()).toHaveLength(2);
  });

  it('keeps the number of lifts on record equal to the passenger lifts, never dropping one with certificates', async () => {
    await import_(stock(3));
    const ash = (await t.call('blocks.list', {}))[0]!;
    await t.call('lifts.remove', { id: ash.lifts[1]!.id });
    await import_(stock(3));
    expect(lifts()).toEqual([
      { number: 1, name: 'Lift 1' },
      { number: 3, name: 'Lift 3' },
      { number: 4, name: 'Lift 4' },
    ]);
    await t.call('certificates.create', { checkType: 'LIFT', liftId: ash.lifts[0]!.id, dateDone: '2026-11-01' });
    await import_(stock(1));
    expect(lifts()).toEqual([{ number: 1, name: 'Lift 1' }]);
    const before = snapshot(t.database);
    const refused = await import_(stock(0));
    expect(refused.applied).toBe(false);
    expect(refused.problems).toEqual([
      { row: 2, column: 'Passenger lifts', message: 'Ash House has 1 lifts with certificates, so it cannot have 0: lifts with certificates stay on record.' },
      { row: 3, column: 'Block', message: 'Ash House cannot be imported: see row 2.' },
    ]);
    expect(snapshot(t.database)).toBe(before);
    expect(block()).toMatchObject({ passenger_lifts: 1 });
  });

  it('reworks the latest fire risk assessment’s derived expiry when the file changes the tier, as the app does', async () => {
    await import_(stock(0, 'No', 'medium'));
    const ash = (await t.call('blocks.list', {}))[0]!;
    await t.call('certificates.create', { checkType: 'FRA', blockId: ash.id, dateDone: '2025-01-10' });
    const latest = await t.call('certificates.create', { checkType: 'FRA', blockId: ash.id, dateDone: '2026-01-10' });
    expect(latest.expiryDate).toBe('2028-01-10');
    await import_(stock(0, 'No', 'high'));
    const expiries = t.database.sqlite.prepare("select date_done, expiry_date from certificates where check_type = 'FRA' order by date_done").all();
    expect(expiries).toEqual([
      { date_done: '2025-01-10', expiry_date: '2027-01-10' },
      { date_done: '2026-01-10', expiry_date: '2027-01-10' },
    ]);
    expect(
      t.database.sqlite.prepare("select before_json, after_json, parent_entity from audit_log where entity = 'certificate' and action = 'update'").get(),
    ).toEqual({
      before_json: JSON.stringify({ expiry_date: '2028-01-10' }),
      after_json: JSON.stringify({ expiry_date: '2027-01-10', source: 'import' }),
      parent_entity: 'block',
    });
  });

  it('matches a block whatever its case, takes block details from valid rows only, and never names two lifts alike', async () => {
    await import_(stock(1));
    expect(
      await import_(
        file('1001,1 Ash House,Northgate,ash house,Tenant,Yes,5,high,1,No', '1002,2 Ash House,northgate,ASH HOUSE,Tenant,No,5,high,1,No'),
        opts({ dryRun: true }),
      ),
    ).toMatchObject({ updated: 0, unchanged: 2 });
    // a refused row (bad UPRN) does not change its block, even when the valid rows are imported
    const withBad = file('x1,9 Ash House,Northgate,Ash House,Tenant,Yes,9,low,3,Yes', '1001,1 Ash House,Northgate,Ash House,Tenant,Yes,,,,');
    expect(await import_(withBad, opts({ validOnly: true }))).toMatchObject({ applied: true, updated: 0, unchanged: 1 });
    expect(block()).toEqual({ storeys: 5, fire_risk_tier: 'high', passenger_lifts: 1, communal_water: 0 });
    // lift 1 renamed "Lift 3": the new third lift is not also called "Lift 3"
    const ash = (await t.call('blocks.list', {}))[0]!;
    await t.call('lifts.rename', { id: ash.lifts[0]!.id, name: 'Lift 3' });
    await import_(stock(3));
    expect(lifts()).toEqual([
      { number: 1, name: 'Lift 3' },
      { number: 2, name: 'Lift 2' },
      { number: 3, name: 'Lift 3 (new)' },
    ]);
  });
});
