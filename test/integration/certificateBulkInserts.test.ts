import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkVersions } from '../../main/compliance/checkVersions';
import { BULK_INSERT_TRIGGERS, withBulkCertificateInserts } from '../../main/imports/certificateBulkInserts';
import { runImport } from '../../main/imports/runImport';
import { buildHandBuiltStock } from '../helpers/handBuiltStock';
import { makeCore, type TestCore } from '../helpers/testCore';

// An import applies the certificates' two per-row insert triggers (the kept trend points dropped,
// the check type's version moved on) once per check type instead of once per row (issue 15: 1.5 s
// of a 100,000-row import). What it leaves must be what the triggers would have left, and the
// triggers must be there again, as they were, whether the import commits or not.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  await buildHandBuiltStock(t);
});
afterEach(async () => t.close());

const options = { dryRun: false, validOnly: false, actor: 'Test Manager', now: '2026-11-23T10:00:00.000Z', today: '2026-11-23' };
const triggerSql = () =>
  t.database.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'certificates' order by name").all() as {
    name: string;
    sql: string;
  }[];
const keptPoints = () =>
  t.database.sqlite.prepare('select check_type, as_at from compliance_trend_points order by check_type, as_at').all() as {
    check_type: string;
    as_at: string;
  }[];

describe('certificates imported in bulk', () => {
  it('leave the kept points and versions as the per-row triggers would, and the triggers as they were', async () => {
    await t.call('compliance.trend', { asAt: '2026-03-31', months: 12 });
    const before = { points: keptPoints(), versions: await checkVersions(t.database.db), triggers: triggerSql() };
    expect(before.points.length).toBe(72);
    const file = Buffer.from(
      [
        'Check type,UPRN,Block,Date done,Contractor,Reference',
        'GAS,1001,,10/01/2026,Warmhome,G-2',
        'GAS,1001,,15/07/2025,Warmhome,G-1',
        'FRA,,Ash House,20/09/2025,Safe Ltd,F-1',
      ].join('\r\n'),
    );
    const report = await runImport(t.database.sqlite, 'certificates', 'checks.csv', file, options);
    expect(report.problems).toEqual([]);
    expect(triggerSql()).toEqual(before.triggers);
    // the per-row triggers' rule: a certificate drops its check type's points on and after its date
    const earliest: Record<string, string> = { GAS: '2025-07-15', FRA: '2025-09-20' };
    expect(keptPoints()).toEqual(before.points.filter((p) => !(p.check_type in earliest) || p.as_at < earliest[p.check_type]!));
    const versions = (await checkVersions(t.database.db)).byType;
    for (const type of Object.keys(before.versions.byType) as (keyof typeof versions)[])
      if (type in earliest) expect(versions[type], type).toBeGreaterThan(before.versions.byType[type]);
      else expect(versions[type], type).toBe(before.versions.byType[type]);
    expect((await checkVersions(t.database.db)).stock).toBe(before.versions.stock);
    // and the trend worked out again equals one worked out with nothing kept
    const kept = await t.call('compliance.trend', { asAt: '2026-03-31', months: 12 });
    t.database.sqlite.exec('delete from compliance_trend_points');
    expect(await t.call('compliance.trend', { asAt: '2026-03-31', months: 12 })).toEqual(kept);
  });

  it('put the triggers back when the import fails part-way: its transaction takes everything back', () => {
    const sqlite = t.database.sqlite;
    const before = triggerSql();
    const count = () => (sqlite.prepare('select count(*) as n from certificates').get() as { n: number }).n;
    const certificates = count();
    expect(() =>
      sqlite.transaction(() =>
        withBulkCertificateInserts(sqlite, 1, () => {
          expect(triggerSql().map((x) => x.name)).not.toContain(BULK_INSERT_TRIGGERS[0]);
          sqlite
            .prepare(
              "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) select 'GAS', id, '2026-01-01', '2027-01-01', 'x', 'x' from dwellings limit 1",
            )
            .run();
          throw new Error('a row the file got wrong');
        }),
      )(),
    ).toThrow('a row the file got wrong');
    expect(triggerSql()).toEqual(before);
    expect(count()).toBe(certificates);
  });

  it('leave the triggers in place for a caller that goes on after an error, and alone when nothing is inserted', () => {
    const sqlite = t.database.sqlite;
    const before = triggerSql();
    sqlite.transaction(() => {
      expect(() =>
        withBulkCertificateInserts(sqlite, 1, () => {
          throw new Error('caught by the caller');
        }),
      ).toThrow('caught by the caller');
    })();
    expect(triggerSql()).toEqual(before);
    const schema = sqlite.pragma('schema_version', { simple: true });
    sqlite.transaction(() => withBulkCertificateInserts(sqlite, 0, () => 0))();
    expect(sqlite.pragma('schema_version', { simple: true })).toBe(schema);
  });

  it('are refused outside a transaction', () => {
    expect(() => withBulkCertificateInserts(t.database.sqlite, 1, () => 0)).toThrow(/inside the transaction/);
  });

  it('know every per-row insert trigger on certificates: a new one must be applied in bulk too', () => {
    const inserts = triggerSql().filter((x) => /\bafter\s+insert\s+on\s+["`[]?certificates\b/i.test(x.sql));
    expect(inserts.map((x) => x.name)).toEqual([...BULK_INSERT_TRIGGERS].sort());
  });
});
