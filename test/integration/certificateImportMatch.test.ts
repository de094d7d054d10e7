import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  await buildHandBuiltStock(t);
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
const run = (lines: string[], o = opts()) => runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(lines.join('\n')), o);
const certs = (where: string) =>
  t.database.sqlite.prepare(`select reference, outcome, eicr_codes, contractor, expiry_date from certificates where ${where} order by id`).all();

describe('a contractor’s file matched to the checks on record', () => {
  it('knows a file sent twice without references: nothing new the second time', async () => {
    const file = ['Check type,UPRN,Date done,Outcome', 'GAS,1001,01/10/2026,Pass', 'GAS,2001,02/10/2026,Pass'];
    expect(await run(file)).toMatchObject({ new: 2, applied: true });
    expect(await run(file, opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect(await run(file)).toMatchObject({ new: 0, unchanged: 2, applied: true });
    expect(certs("date_done >= '2026-10-01'")).toHaveLength(2);
  });

  it('counts a corrected outcome, codes, contractor or expiry as an update, with an audit row, and raises the remedial work new codes call for', async () => {
    await run(['Check type,UPRN,Date done,Outcome,Contractor,Reference', 'GAS,1001,01/10/2026,Pass,Warmhome,G-1', 'EICR,1002,01/10/2026,,Sparks Ltd,E-1']);
    const corrected = [
      'Check type,UPRN,Date done,Outcome,EICR codes,Contractor,Expiry date,Reference',
      'GAS,1001,01/10/2026,Fail,,Warmhome,,G-1',
      'EICR,1002,01/10/2026,,C2 C3,,01/10/2029,E-1',
    ];
    expect(await run(corrected, opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 2, unchanged: 0, problems: [] });
    expect(await run(corrected)).toMatchObject({ updated: 2, applied: true });
    expect(certs("reference in ('G-1', 'E-1')")).toEqual([
      { reference: 'G-1', outcome: 'unsatisfactory', eicr_codes: '', contractor: 'Warmhome', expiry_date: '2027-10-01' },
      // a blank contractor keeps the one on record
      { reference: 'E-1', outcome: 'unsatisfactory', eicr_codes: 'C2, C3', contractor: 'Sparks Ltd', expiry_date: '2029-10-01' },
    ]);
    const audit = t.database.sqlite
      .prepare("select before_json, after_json from audit_log where entity = 'certificate' and action = 'update' order by id")
      .all() as { before_json: string; after_json: string }[];
    expect(audit.map((a) => [JSON.parse(a.before_json), JSON.parse(a.after_json)])).toEqual([
      [{ outcome: 'satisfactory' }, { outcome: 'unsatisfactory', source: 'import' }],
      [
        { outcome: 'satisfactory', eicr_codes: '', expiry_date: '2031-10-01' },
        { outcome: 'unsatisfactory', eicr_codes: 'C2, C3', expiry_date: '2029-10-01', source: 'import' },
      ],
    ]);
    expect(
      t.database.sqlite.prepare("select r.priority from remedial_actions r join certificates c on c.id = r.certificate_id where c.reference = 'E-1'").all(),
    ).toEqual([{ priority: '28_days' }]);
    // sent again: unchanged, and no second remedial action
    expect(await run(corrected)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(t.database.sqlite.prepare('select count(*) n from remedial_actions').get()).toEqual({ n: 1 });
  });

  it('refuses the same check twice in a file without references, and a reference used for another check, by row and column', async () => {
    await run(['Check type,UPRN,Date done,Reference', 'GAS,1001,01/10/2026,G-1', 'GAS,1002,02/10/2026,']);
    const before = snapshot(t.database);
    const file = [
      'Check type,UPRN,Date done,Contractor,Reference',
      'GAS,2001,01/10/2026,,',
      'GAS,2001,01/10/2026,,',
      'GAS,1001,03/10/2026,,G-1',
      'GAS,1001,01/10/2026,,G-9',
      'GAS,1002,02/10/2026,Warmhome,G-2',
    ];
    const report = await run(file);
    expect(report.problems).toEqual([
      { row: 3, column: 'Date done', message: 'The same check (type, home or block, and date done) is also on row 2.' },
      { row: 4, column: 'Reference', message: 'Reference G-1 is already recorded for a different check.' },
    ]);
    // a second certificate the same day under its own reference is new; a reference given to a check recorded without one is an update
    expect(report).toMatchObject({ new: 2, updated: 1 });
    expect(report.applied).toBe(false);
    expect(snapshot(t.database)).toBe(before);
  });

  it('matches one row to a check recorded without a reference; another reference the same day is a new check', async () => {
    await run(['Check type,UPRN,Date done', 'GAS,1001,01/10/2026']);
    const file = ['Check type,UPRN,Date done,Reference', 'GAS,1001,01/10/2026,R-1', 'GAS,1001,01/10/2026,R-2'];
    expect(await run(file, opts({ dryRun: true }))).toMatchObject({ new: 1, updated: 1, unchanged: 0, problems: [] });
    expect(await run(file)).toMatchObject({ new: 1, updated: 1, applied: true });
    expect(certs("date_done = '2026-10-01' and dwelling_id = 1").map((c: any) => c.reference)).toEqual(['R-1', 'R-2']);
    expect(await run(file, opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
  });
});
