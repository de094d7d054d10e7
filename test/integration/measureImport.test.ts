import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeReport, runImport } from '../../main/imports/runImport';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const run = (csv: string, dryRun = false) =>
  runImport(t.database.sqlite, 'measures', 'measures.csv', Buffer.from(csv), {
    dryRun,
    validOnly: false,
    actor: 'Importer',
    now: '2026-11-23T10:00:00.000Z',
    today: '2026-11-23',
  });

describe('import measures', () => {
  it('refuses bad rows by row and column and imports nothing', async () => {
    const before = snapshot(t.database);
    const r = await run(
      [
        'Measure,Period,Value,Note,Numerator,Denominator',
        'S1-DAYS,2026-10,10.4,,,', // fine
        'NOPE,2026-10,5,,,',
        'S1-DAYS,2026-13,5,,,',
        'S1-DAYS,2027-01,5,,,',
        'TRAINING,2026-10,95,,,',
        'CALLS,2026-10,,,1200,1000',
        'S1-DAYS,2026-Q2,9,,,',
        'S1-DAYS,2026-10,9,,,',
        'S1-DAYS,2026-09,soon,,,',
      ].join('\n'),
    );
    expect(r.applied).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Measure'],
      [4, 'Period'],
      [5, 'Period'],
      [6, 'Measure'],
      [7, 'Numerator'],
      [8, 'Period'],
      [9, 'Period'],
      [10, 'Value'],
    ]);
    expect(r.problems[0]!.message).toBe('There is no measure NOPE: use a code from the Performance page.');
    expect(r.problems[3]!.message).toBe('TRAINING is worked out from the training matrix: it cannot be typed.');
    expect(r.problems[4]!.message).toBe('1200 of 1000 is over 100%: the numerator cannot be more than the denominator.');
    expect(r.problems[6]!.message).toBe('S1-DAYS 2026-10 is also on row 2: give each measure one value per period.');
    expect(snapshot(t.database)).toBe(before);
  });

  it('imports values, then reports a value replaced with the old and the new, dry run first', async () => {
    const first = await run('Measure,Period,Value,Note,Numerator,Denominator\nCALLS,2026-10,,from the telephony report,887,1000\nRP01,2025/26,12.5,,,\n');
    expect(first).toMatchObject({ applied: true, new: 2, problems: [] });
    const values = await t.call('values.list', { year: '2026/27' });
    expect(values).toEqual([expect.objectContaining({ period: '2026-10', value: 88.7, numerator: 887, denominator: 1000, note: 'from the telephony report' })]);

    const again = 'Measure,Period,Value,Note,Numerator,Denominator\nCALLS,2026-10,,from the telephony report,901,1000\nRP01,2025/26,12.5,,,\n';
    const dry = await run(again, true);
    expect(dry).toMatchObject({
      applied: false,
      new: 0,
      updated: 1,
      unchanged: 1,
      replaced: [{ row: 2, measure: 'CALLS', period: '2026-10', old: '88.7%', new: '90.1%' }],
    });
    expect(describeReport(dry, true)).toContain('Row 2: CALLS 2026-10 replaces 88.7% with 90.1%.');
    expect((await t.call('values.list', { year: '2026/27' }))[0]!.value).toBe(88.7);
    expect(await run(again)).toMatchObject({ applied: true, updated: 1 });
    expect((await t.call('values.list', { year: '2026/27' }))[0]!.value).toBe(90.1);
    expect(auditRows(t.database, 'measure_value').map((a) => a.action)).toEqual(['create', 'create', 'update']);
  });
});
