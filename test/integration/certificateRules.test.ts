import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// The same bad certificate, entered in the app and read from a contractor's file, is refused in
// the same words: both paths call the rules in shared/domain/certificateRules.ts.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const opts = { dryRun: true, validOnly: false, actor: 'Importer', now: '2026-11-23T10:00:00.000Z', today: '2026-11-23' };

async function importMessage(header: string, row: string): Promise<string> {
  const report = await runImport(t.database.sqlite, 'certificates', 'one.csv', Buffer.from(`${header}\n${row}`), opts);
  expect(report.problems).toHaveLength(1);
  return report.problems[0]!.message;
}

async function appMessage(input: Record<string, unknown>): Promise<string> {
  const r = await t.raw('certificates.create', { dateDone: '2026-11-01', ...input } as never);
  if (r.ok) throw new Error('the app accepted the certificate');
  return r.error.message;
}

describe('one certificate, two ways in, the same words', () => {
  it('a gas safety record for a home without gas', async () => {
    const { h } = await buildHandBuiltStock(t);
    const app = await appMessage({ checkType: 'GAS', homeId: h.A4 });
    expect(app).toBe('UPRN 1004 has no gas supply recorded.');
    expect(await importMessage('Check type,UPRN,Date done', 'GAS,1004,01/11/2026')).toBe(app);
  });

  it('a water risk assessment for a block without communal water', async () => {
    const { b } = await buildHandBuiltStock(t);
    const app = await appMessage({ checkType: 'WATER', blockId: b.id });
    expect(app).toBe('Birch Court has no communal water system recorded.');
    expect(await importMessage('Check type,Block,Date done', 'WATER,Birch Court,01/11/2026')).toBe(app);
  });

  it('electrical codes on a fire risk assessment', async () => {
    const { a } = await buildHandBuiltStock(t);
    const app = await appMessage({ checkType: 'FRA', blockId: a.id, eicrCodes: 'C2' });
    expect(app).toBe('C1, C2, C3 and FI codes belong to electrical reports, not to a FRA.');
    expect(await importMessage('Check type,Block,Date done,EICR codes', 'FRA,Ash House,01/11/2026,C2')).toBe(app);
  });

  it('an electrical report called satisfactory with a C2 code', async () => {
    const { h } = await buildHandBuiltStock(t);
    const app = await appMessage({ checkType: 'EICR', homeId: h.A1, eicrCodes: 'C2', outcome: 'satisfactory' });
    expect(app).toBe('A report with C2 codes is unsatisfactory, not satisfactory.');
    expect(await importMessage('Check type,UPRN,Date done,Outcome,EICR codes', 'EICR,1001,01/11/2026,Satisfactory,C2')).toBe(app);
  });

  it('a gas safety record without its home', async () => {
    await buildHandBuiltStock(t);
    const app = await appMessage({ checkType: 'GAS' });
    expect(app).toBe('A gas safety record is for a home: give its UPRN.');
    expect(await importMessage('Check type,UPRN,Date done', 'GAS,,01/11/2026')).toBe(app);
  });
});
