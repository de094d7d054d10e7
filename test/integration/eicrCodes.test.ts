import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
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
const remedials = () =>
  t.database.sqlite
    .prepare('select c.reference, r.priority, r.due_date from remedial_actions r join certificates c on c.id = r.certificate_id order by c.reference, r.id')
    .all();

describe('electrical codes from a contractor’s file', () => {
  it('reads codes from their own column or from the outcome, derives the outcome, and raises the remedial work', async () => {
    await buildHandBuiltStock(t);
    const csv = [
      'Check type,UPRN,Block,Date done,Outcome,Codes,Reference',
      'EICR,1001,,01/10/2026,,"C2, C3",E-1',
      'EICR,1002,,02/10/2026,Unsatisfactory - C1 and FI,,E-2',
      'EICR,,Ash House,03/10/2026,Satisfactory,C3,E-3',
      'EICR,2001,,04/10/2026,,,E-4',
    ].join('\n');
    const report = await runImport(t.database.sqlite, 'certificates', 'eicr.csv', Buffer.from(csv), opts());
    expect(report).toMatchObject({ new: 4, problems: [], applied: true });
    expect(t.database.sqlite.prepare("select reference, outcome, eicr_codes from certificates where check_type = 'EICR' order by reference").all()).toEqual([
      { reference: 'E-1', outcome: 'unsatisfactory', eicr_codes: 'C2, C3' },
      { reference: 'E-2', outcome: 'unsatisfactory', eicr_codes: 'C1, FI' },
      { reference: 'E-3', outcome: 'satisfactory', eicr_codes: 'C3' },
      { reference: 'E-4', outcome: 'satisfactory', eicr_codes: '' },
    ]);
    expect(remedials()).toEqual([
      { reference: 'E-1', priority: '28_days', due_date: '2026-10-29' },
      { reference: 'E-2', priority: 'immediate', due_date: '2026-10-02' },
      { reference: 'E-2', priority: '28_days', due_date: '2026-10-30' },
    ]);
    expect(t.database.sqlite.prepare("select count(*) n from audit_log where entity = 'remedial' and parent_entity = 'certificate'").get()).toEqual({ n: 3 });
  });

  it('reports a code that is not one, a contradiction and codes on a gas record by row and column, importing nothing', async () => {
    await buildHandBuiltStock(t);
    const before = snapshot(t.database);
    const csv = [
      'Check type,UPRN,Date done,Outcome,EICR codes,Reference',
      'EICR,1001,01/10/2026,,C2 C4,X-1',
      'EICR,1002,01/10/2026,Satisfactory,C2,X-2',
      'GAS,1001,01/10/2026,Pass,C3,X-3',
      'EICR,2001,01/10/2026,Unsatisfactory,C3,X-4',
      'EICR,2002,01/10/2026,,C3,X-5',
    ].join('\n');
    const report = await runImport(t.database.sqlite, 'certificates', 'bad.csv', Buffer.from(csv), opts());
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([
      { row: 2, column: 'EICR codes', message: '“C4” is not an electrical code: use C1, C2, C3 or FI.' },
      { row: 3, column: 'Outcome', message: 'A report with C2 codes is unsatisfactory, not satisfactory.' },
      { row: 4, column: 'EICR codes', message: 'C1, C2, C3 and FI codes belong to electrical reports, not to a GAS.' },
      { row: 5, column: 'Outcome', message: 'A report with only C3 codes is satisfactory: unsatisfactory needs a C1, C2 or FI code.' },
    ]);
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('electrical codes entered one at a time', () => {
  it('derives the outcome, raises the remedial actions, and names the field when codes and outcome disagree', async () => {
    const { h, a } = await buildHandBuiltStock(t);
    const added = await t.call('certificates.create', {
      checkType: 'EICR',
      homeId: h.A1,
      dateDone: '2026-11-01',
      eicrCodes: 'c1, c3',
      reference: 'M-1',
    });
    expect(added).toMatchObject({ outcome: 'unsatisfactory', eicrCodes: 'C1, C3', remedials: 1 });
    const summary = await t.call('compliance.remedials', { asAt: '2026-11-23' });
    expect(summary.oldest[0]).toMatchObject({ priority: 'immediate', dueDate: '2026-11-01', where: 'UPRN 1001, Flat 1001' });
    expect(
      await t.raw('certificates.create', { checkType: 'EICR', blockId: a.id, dateDone: '2026-11-01', eicrCodes: 'C2', outcome: 'satisfactory' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'outcome', message: 'A report with C2 codes is unsatisfactory, not satisfactory.' },
    });
    expect(await t.raw('certificates.create', { checkType: 'FRA', blockId: a.id, dateDone: '2026-11-01', eicrCodes: 'C2' })).toMatchObject({
      ok: false,
      error: { field: 'eicrCodes' },
    });
    expect(await t.raw('certificates.create', { checkType: 'EICR', blockId: a.id, dateDone: '2026-11-01', eicrCodes: 'C9' })).toMatchObject({
      ok: false,
      error: { field: 'eicrCodes' },
    });
    expect((await t.call('certificates.create', { checkType: 'GAS', homeId: h.A1, dateDone: '2026-11-01' })).outcome).toBe('satisfactory');
  });
});

describe('correcting an electrical report’s codes', () => {
  it('gives the outcome again from new codes, and refuses codes that contradict the outcome', async () => {
    const { a } = await buildHandBuiltStock(t);
    const cert = await t.call('certificates.create', { checkType: 'EICR', blockId: a.id, dateDone: '2026-11-01', eicrCodes: 'C3' });
    expect(cert.outcome).toBe('satisfactory');
    expect(await t.call('certificates.update', { id: cert.id, patch: { eicrCodes: 'fi' } })).toMatchObject({ outcome: 'unsatisfactory', eicrCodes: 'FI' });
    // the code the correction adds raises its remedial action, once
    const remedials = () => t.database.sqlite.prepare('select description, priority, due_date from remedial_actions where certificate_id = ?').all(cert.id);
    expect(remedials()).toEqual([
      { description: 'Carry out the further investigation (FI) the electrical report asks for', priority: '28_days', due_date: '2026-11-29' },
    ]);
    await t.call('certificates.update', { id: cert.id, patch: { eicrCodes: 'FI, C3' } });
    expect(remedials()).toHaveLength(1);
    expect(await t.raw('certificates.update', { id: cert.id, patch: { outcome: 'satisfactory' } })).toMatchObject({
      ok: false,
      error: { field: 'outcome' },
    });
    expect(await t.raw('certificates.update', { id: cert.id, patch: { eicrCodes: 'C7' } })).toMatchObject({ ok: false, error: { field: 'eicrCodes' } });
    expect(await t.call('certificates.update', { id: cert.id, patch: { eicrCodes: '', outcome: 'satisfactory' } })).toMatchObject({
      outcome: 'satisfactory',
      eicrCodes: '',
    });
  });
});

describe('no-access visits in a contractor’s file', () => {
  it('records “No access” rows as visits, not checks, once, and counts them in the dry run', async () => {
    const { h } = await buildHandBuiltStock(t);
    const csv = [
      'Check type,UPRN,Block,Date done,Outcome,Contractor,Reference',
      'GAS,1002,,01/10/2026,No access,Warmhome,JOB-7',
      'GAS,1002,,08/10/2026,NO ENTRY,Warmhome,JOB-7',
      'FRA,,Ash House,02/10/2026,Access refused,Firesafe,',
      'GAS,1002,,15/10/2026,Pass,Warmhome,JOB-7',
    ].join('\n');
    const dry = await runImport(t.database.sqlite, 'certificates', 'visits.csv', Buffer.from(csv), opts({ dryRun: true }));
    expect(dry).toMatchObject({ new: 4, noAccess: 3, problems: [] });
    expect(await runImport(t.database.sqlite, 'certificates', 'visits.csv', Buffer.from(csv), opts())).toMatchObject({ applied: true, new: 4, noAccess: 3 });
    expect(
      t.database.sqlite
        .prepare('select check_type, dwelling_id, block_id, visit_date, notes from no_access_visits where visit_date >= ? order by visit_date')
        .all('2026-10-01'),
    ).toEqual([
      { check_type: 'GAS', dwelling_id: h.A2, block_id: null, visit_date: '2026-10-01', notes: 'Warmhome, ref JOB-7' },
      { check_type: 'FRA', dwelling_id: null, block_id: 1, visit_date: '2026-10-02', notes: 'Firesafe' },
      { check_type: 'GAS', dwelling_id: h.A2, block_id: null, visit_date: '2026-10-08', notes: 'Warmhome, ref JOB-7' },
    ]);
    expect(t.database.sqlite.prepare("select count(*) n from certificates where reference = 'JOB-7'").get()).toEqual({ n: 1 });
    expect(t.database.sqlite.prepare("select count(*) n from audit_log where entity = 'no_access' and actor = 'Importer'").get()).toEqual({ n: 3 });
    // the same file again: the visits are already recorded, and so is the check
    expect(await runImport(t.database.sqlite, 'certificates', 'visits.csv', Buffer.from(csv), opts({ dryRun: true }))).toMatchObject({ new: 0, unchanged: 4 });
  });

  it('refuses an expiry date or codes on a no-access row, naming the row and column', async () => {
    await buildHandBuiltStock(t);
    const csv = [
      'Check type,UPRN,Date done,Expiry date,Outcome,EICR codes',
      'GAS,1001,01/10/2026,01/10/2027,No access,',
      'EICR,1001,01/10/2026,,No access,C2',
    ].join('\n');
    const report = await runImport(t.database.sqlite, 'certificates', 'bad.csv', Buffer.from(csv), opts());
    expect(report.problems).toEqual([
      { row: 2, column: 'Expiry date', message: 'A visit that could not get in has no expiry date: leave it blank.' },
      { row: 3, column: 'EICR codes', message: 'A visit that could not get in has no codes.' },
    ]);
    expect(report.applied).toBe(false);
  });
});

describe('references and names whatever their case', () => {
  it('refuses a reference already recorded in another case, and a block name already used on the estate', async () => {
    const { h } = await buildHandBuiltStock(t);
    await t.call('certificates.create', { checkType: 'GAS', homeId: h.A1, dateDone: '2026-11-01', reference: 'abc-1' });
    expect(await t.raw('certificates.create', { checkType: 'GAS', homeId: h.B1, dateDone: '2026-11-01', reference: 'ABC-1' })).toMatchObject({
      ok: false,
      error: { field: 'reference' },
    });
    const estate = (await t.call('estates.list', {}))[0]!;
    expect(await t.raw('blocks.create', { estateId: estate.id, name: 'ash house', storeys: 3 })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
  });
});
