import { afterEach, describe, expect, it } from 'vitest';
import { latestSchema, migrations } from '../../migrations';
import { migrateToBefore, type MigrationHarness } from '../helpers/migrationHarness';

// Data written at one schema step, migrated on, then read back: see test/helpers/migrationHarness.ts.
// 005 is the only step so far that writes rows (it seeds the check intervals); the others add
// tables and indexes, and their tests prove the rows already there come through them.

const at = '2026-01-05T09:00:00.000Z';
let h: MigrationHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const addPerson = (harness: MigrationHarness, name: string) =>
  Number(harness.sqlite.prepare('insert into people (name, created_at, updated_at) values (?, ?, ?)').run(name, at, at).lastInsertRowid);

/** Estate 1, block 1 (Ash House) and home 1 in it. */
function addHomeInBlock(harness: MigrationHarness) {
  harness.sqlite.prepare("insert into estates (name, created_at, updated_at) values ('North', ?, ?)").run(at, at);
  harness.sqlite.prepare("insert into blocks (estate_id, name, created_at, updated_at) values (1, 'Ash House', ?, ?)").run(at, at);
  harness.sqlite.prepare("insert into dwellings (uprn, address, block_id, created_at, updated_at) values ('100', '1 Ash House', 1, ?, ?)").run(at, at);
}

describe('the migration harness', () => {
  it('starts from an empty file before the first step and stops just before the step named', async () => {
    h = await migrateToBefore('001_action_plan');
    expect(h.applied()).toEqual([]);
    await h.close();

    h = await migrateToBefore('005_compliance');
    expect(h.applied()).toEqual(['001_action_plan', '002_monthly_updates', '003_policies_meetings', '004_committee_papers']);
    expect(h.sqlite.prepare("select name from sqlite_master where name = 'check_intervals'").get()).toBeUndefined();
    await h.migrateTo('005_compliance');
    expect(h.applied().at(-1)).toBe('005_compliance');
    await h.migrateToLatest();
    expect(h.applied()).toEqual(migrations.map(([name]) => name));
  });

  it('refuses a step that does not exist', async () => {
    await expect(migrateToBefore('999_no_such_step')).rejects.toThrow(/no schema step 999_no_such_step/);
  });
});

describe('005_compliance', () => {
  it('seeds the default check intervals into a database that already has its action plan, which is kept', async () => {
    h = await migrateToBefore('005_compliance');
    const ann = addPerson(h, 'Ann Owner');
    h.sqlite.prepare("insert into settings (key, value) values ('organisation', 'Testshire Council')").run();
    h.sqlite.prepare("insert into programmes (code, name, created_at, updated_at) values ('RFP', 'Resident Focus Project', ?, ?)").run(at, at);
    h.sqlite
      .prepare(
        "insert into recommendations (programme_id, ref, title, owner_id, status, created_at, updated_at) values (1, 'R1', 'Walkabouts', ?, 'in_progress', ?, ?)",
      )
      .run(ann, at, at);

    await h.migrateTo('005_compliance');

    expect(h.sqlite.prepare('select code, months from check_intervals order by code').all()).toEqual([
      { code: 'ASBESTOS', months: 12 },
      { code: 'EICR', months: 60 },
      { code: 'FRA:high', months: 12 },
      { code: 'FRA:low', months: 36 },
      { code: 'FRA:medium', months: 24 },
      { code: 'GAS', months: 12 },
      { code: 'LIFT', months: 6 },
      { code: 'WATER', months: 24 },
    ]);
    expect(h.sqlite.prepare('select ref, title, owner_id, status from recommendations').all()).toEqual([
      { ref: 'R1', title: 'Walkabouts', owner_id: ann, status: 'in_progress' },
    ]);
    expect(h.sqlite.prepare("select value from settings where key = 'organisation'").get()).toEqual({ value: 'Testshire Council' });
    // the new tables reach the people already there
    h.sqlite.prepare("insert into estates (name, created_at, updated_at) values ('Northgate', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into dwellings (uprn, address, created_at, updated_at) values ('100', '1 High Street', ?, ?)").run(at, at);
    h.sqlite
      .prepare(
        "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', 1, '2026-01-02', '2027-01-02', ?, ?)",
      )
      .run(at, at);
    h.sqlite
      .prepare(
        "insert into remedial_actions (certificate_id, description, priority, due_date, owner_id, created_at, updated_at) values (1, 'Fix', '28_days', '2026-01-30', ?, ?, ?)",
      )
      .run(ann, at, at);
    expect(h.sqlite.prepare('select owner_id from remedial_actions').get()).toEqual({ owner_id: ann });
  });
});

describe('006_check_owners', () => {
  it('keeps intervals the landlord changed (the seed is not run again) and names owners from the people already there', async () => {
    h = await migrateToBefore('006_check_owners');
    const ann = addPerson(h, 'Ann Owner');
    h.sqlite.prepare("update check_intervals set months = 10 where code = 'GAS'").run();

    await h.migrateTo('006_check_owners');

    expect(h.sqlite.prepare("select months from check_intervals where code = 'GAS'").get()).toEqual({ months: 10 });
    expect(h.sqlite.prepare('select count(*) as n from check_intervals').get()).toEqual({ n: 8 });
    expect(h.sqlite.prepare('select count(*) as n from check_owners').get()).toEqual({ n: 0 });
    h.sqlite.prepare("insert into check_owners (check_type, person_id, updated_at) values ('GAS', ?, ?)").run(ann, at);
    expect(h.sqlite.prepare('select c.check_type, p.name from check_owners c join people p on p.id = c.person_id').all()).toEqual([
      { check_type: 'GAS', name: 'Ann Owner' },
    ]);
  });
});

describe('007_certificate_lookup_indexes', () => {
  it('finds certificates written before the step by their reference in any case and by the check before a date', async () => {
    h = await migrateToBefore('007_certificate_lookup_indexes');
    h.sqlite.prepare("insert into dwellings (uprn, address, created_at, updated_at) values ('100', '1 High Street', ?, ?)").run(at, at);
    const add = h.sqlite.prepare(
      "insert into certificates (check_type, dwelling_id, date_done, expiry_date, reference, created_at, updated_at) values ('GAS', 1, ?, ?, ?, ?, ?)",
    );
    add.run('2024-03-01', '2025-03-01', 'abc-1', at, at);
    add.run('2025-02-20', '2026-03-01', 'ABC-2', at, at);

    await h.migrateTo('007_certificate_lookup_indexes');

    const byReference = "select id, reference from certificates where lower(reference) = lower('Abc-2')";
    expect(h.sqlite.prepare(byReference).all()).toEqual([{ id: 2, reference: 'ABC-2' }]);
    const plan = (q: string) => (h!.sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan(byReference)).toMatch(/INDEX certificates_reference_lower/);
    const before =
      "select reference from certificates where check_type = 'GAS' and dwelling_id = 1 and date_done < '2025-06-01' order by date_done desc limit 1";
    expect(h.sqlite.prepare(before).get()).toEqual({ reference: 'ABC-2' });
    expect(plan(before)).toMatch(/INDEX certificates_dwelling_done/);
  });
});

describe('008_paper_sections', () => {
  it('turns the fixed main-report headings of a paper written before it into its ordered sections, the current position holding the data', async () => {
    h = await migrateToBefore('008_paper_sections');
    h.sqlite.prepare("insert into committees (name, created_at, updated_at) values ('Housing Sub-Committee', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into meetings (committee_id, meeting_date, created_at, updated_at) values (1, '2026-03-02', ?, ?)").run(at, at);
    const old = { summary: 'In short.', background: 'Why.', currentPosition: 'Where we are.', nextSteps: 'What next.', implications: { legal: 'None known.' } };
    const add = h.sqlite.prepare('insert into committee_papers (meeting_id, title, narrative_json, created_at, updated_at) values (1, ?, ?, ?, ?)');
    add.run('Progress report', JSON.stringify(old), at, at);
    add.run('Blank paper', '{}', at, at);

    await h.migrateTo('008_paper_sections');

    const rows = h.sqlite.prepare('select narrative_json, data_as_at from committee_papers order by id').all() as {
      narrative_json: string;
      data_as_at: null;
    }[];
    expect(rows.map((r) => r.data_as_at)).toEqual([null, null]);
    const [first, blank] = rows.map((r) => JSON.parse(r.narrative_json) as Record<string, unknown>);
    expect(first).toEqual({
      summary: 'In short.',
      implications: { legal: 'None known.' },
      appendices: [],
      sections: [
        { title: 'Background', text: 'Why.', holdsData: false },
        { title: 'Current position', text: 'Where we are.', holdsData: true },
        { title: 'Options', text: '', holdsData: false },
        { title: 'Proposals', text: '', holdsData: false },
        { title: 'Consultation', text: '', holdsData: false },
        { title: 'Next steps', text: 'What next.', holdsData: false },
      ],
    });
    expect((blank!.sections as unknown[]).length).toBe(6);

    const app = await h.openWithApp();
    const { getPaper } = await import('../../main/papers/papersRepo');
    const paper = await getPaper(app.db, 1);
    expect(paper.narrative.sections[1]).toEqual({ title: 'Current position', text: 'Where we are.', holdsData: true });
    expect(paper.dataAsAt).toBeNull();
    await app.close();
  });
});

describe('010_training', () => {
  it('keeps the people already recorded, with no employment dates or role yet, and holds one requirement per role, course and team', async () => {
    h = await migrateToBefore('010_training');
    const ann = addPerson(h, 'Ann Owner');
    const team = Number(h.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Tenancy', ?, ?)").run(at, at).lastInsertRowid);

    await h.migrateTo('010_training');

    expect(h.sqlite.prepare('select name, start_date, leave_date, line_manager_id, job_role_id from people where id = ?').get(ann)).toEqual({
      name: 'Ann Owner',
      start_date: null,
      leave_date: null,
      line_manager_id: null,
      job_role_id: null,
    });
    const role = Number(h.sqlite.prepare("insert into job_roles (name, created_at, updated_at) values ('Housing officer', ?, ?)").run(at, at).lastInsertRowid);
    const course = Number(
      h.sqlite.prepare("insert into courses (name, refresh_months, created_at, updated_at) values ('Complaints handling', 24, ?, ?)").run(at, at)
        .lastInsertRowid,
    );
    const addRequirement = h.sqlite.prepare('insert into course_requirements (job_role_id, course_id, team_id, created_at, updated_at) values (?, ?, ?, ?, ?)');
    addRequirement.run(role, course, null, at, at);
    addRequirement.run(role, course, team, at, at);
    expect(() => addRequirement.run(role, course, null, at, at)).toThrow(/UNIQUE/);
    expect(() => addRequirement.run(role, course, team, at, at)).toThrow(/UNIQUE/);
    // STRICT: a word in an integer column is refused.
    expect(() => h!.sqlite.prepare("update courses set refresh_months = 'two years' where id = ?").run(course)).toThrow(/cannot store TEXT/);
    const complete = h.sqlite.prepare(
      'insert into training_completions (person_id, course_id, date_completed, expiry_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    );
    expect(() => complete.run(ann, course, '2026-03-01', '2026-02-01', at, at)).toThrow(/CHECK/);
    complete.run(ann, course, '2026-03-01', null, at, at);
    // A person removed takes their training records with them; a role removed leaves the person without one.
    h.sqlite.prepare('update people set job_role_id = ? where id = ?').run(role, ann);
    h.sqlite.prepare('delete from job_roles where id = ?').run(role);
    expect(h.sqlite.prepare('select job_role_id from people where id = ?').get(ann)).toEqual({ job_role_id: null });
    h.sqlite.prepare('delete from people where id = ?').run(ann);
    expect(h.sqlite.prepare('select count(*) as n from training_completions').get()).toEqual({ n: 0 });
  });
});

describe('011_complaints', () => {
  it('adds the complaints log beside the people already recorded: one row per reference and stage, stage 1 or 2, no response before receipt', async () => {
    h = await migrateToBefore('011_complaints');
    addPerson(h, 'Ann Owner');

    await h.migrateTo('011_complaints');

    expect(h.sqlite.prepare('select name from people').all()).toEqual([{ name: 'Ann Owner' }]);
    const add = h.sqlite.prepare(
      `insert into complaint_stages (reference, stage, received, responded, tenure, acknowledgement_due, response_due, created_at, updated_at)
       values (?, ?, ?, ?, ?, '2025-06-09', '2025-06-23', ?, ?)`,
    );
    add.run('HC-1', 1, '2025-06-02', null, 'tenant', at, at);
    add.run('HC-1', 2, '2025-07-01', null, 'tenant', at, at);
    expect(() => add.run('HC-1', 1, '2025-06-03', null, 'tenant', at, at)).toThrow(/UNIQUE/);
    expect(() => add.run('HC-2', 3, '2025-06-02', null, 'tenant', at, at)).toThrow(/CHECK/);
    expect(() => add.run('HC-3', 1, '2025-06-02', '2025-06-01', 'tenant', at, at)).toThrow(/CHECK/);
    expect(() => add.run('HC-4', 1, '2025-06-02', null, 'lodger', at, at)).toThrow(/CHECK/);
    // STRICT: a word in an integer column is refused.
    expect(() => h!.sqlite.prepare("update complaint_stages set extension_days = 'ten'").run()).toThrow(/cannot store TEXT/);
    const day = h.sqlite.prepare('insert into non_working_days (date, name, created_at, updated_at) values (?, ?, ?, ?)');
    day.run('2025-12-29', 'Closure', at, at);
    expect(() => day.run('2025-12-29', 'Again', at, at)).toThrow(/UNIQUE/);
  });
});

describe('012_measures', () => {
  it('seeds the built-in measures, keeps the owner a person, and holds one target per year and one value per period', async () => {
    h = await migrateToBefore('012_measures');
    const ann = addPerson(h, 'Ann Owner');

    await h.migrateTo('012_measures');

    const codes = (h.sqlite.prepare('select code from measures where built_in = 1 order by id').all() as { code: string }[]).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['BS01', 'BS05', 'CH01-S1', 'CH01-S2', 'CH02-S1', 'CH02-S2', 'RP01', 'RP02-EM', 'RP02-NEM', 'NM01', 'CALLS']));
    expect(h.sqlite.prepare("select computed_from, computed_key, unit, polarity, aggregation from measures where code = 'BS03'").get()).toEqual({
      computed_from: 'compliance',
      computed_key: 'BS03',
      unit: 'percent',
      polarity: 'higher',
      aggregation: 'latest',
    });
    expect(h.sqlite.prepare("select count(*) as n from measures where definition = ''").get()).toEqual({ n: 0 });
    const calls = (h.sqlite.prepare("select id from measures where code = 'CALLS'").get() as { id: number }).id;
    h.sqlite.prepare('update measures set owner_id = ? where id = ?').run(ann, calls);
    const target = h.sqlite.prepare('insert into measure_targets (measure_id, year, target, tolerance, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
    target.run(calls, '2025/26', 95, 2, at, at);
    expect(() => target.run(calls, '2025/26', 90, 2, at, at)).toThrow(/UNIQUE/);
    expect(() => target.run(calls, '2026/27', 90, -1, at, at)).toThrow(/CHECK/);
    const value = h.sqlite.prepare(
      'insert into measure_values (measure_id, period, period_start, period_end, year, value, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    value.run(calls, '2025-10', '2025-10-01', '2025-10-31', '2025/26', 88.7, at, at);
    expect(() => value.run(calls, '2025-10', '2025-10-01', '2025-10-31', '2025/26', 90, at, at)).toThrow(/UNIQUE/);
    expect(() => value.run(calls, '2025-11', '2025-11-01', '2025-11-30', '2025/26', 'high', at, at)).toThrow(/cannot store TEXT/);
    expect(() => h!.sqlite.prepare("update measures set computed_from = 'training' where id = ?").run(calls)).toThrow(/CHECK/);
    // An owner who leaves the register leaves the measure without one.
    h.sqlite.prepare('delete from people where id = ?').run(ann);
    expect(h.sqlite.prepare('select owner_id from measures where id = ?').get(calls)).toEqual({ owner_id: null });
  });
});

describe('013_monthly_measures', () => {
  it('gives every monthly update already written the choice of the public measures, off, and takes only 0 or 1', async () => {
    h = await migrateToBefore('013_monthly_measures');
    h.sqlite.prepare("insert into programmes (code, name, created_at, updated_at) values ('RFP', 'Resident Focus Project', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into monthly_updates (programme_id, month, status, created_at, updated_at) values (1, '2026-10', 'draft', ?, ?)").run(at, at);

    await h.migrateTo('013_monthly_measures');

    expect(h.sqlite.prepare('select month, status, include_measures from monthly_updates').all()).toEqual([
      { month: '2026-10', status: 'draft', include_measures: 0 },
    ]);
    h.sqlite.prepare('update monthly_updates set include_measures = 1').run();
    expect(() => h!.sqlite.prepare('update monthly_updates set include_measures = 2').run()).toThrow(/CHECK/);
  });
});

describe('014_compliance_trend_points', () => {
  it('starts with nothing kept over certificates already there, and from then on drops what a write could change', async () => {
    h = await migrateToBefore('014_compliance_trend_points');
    addHomeInBlock(h);
    const add = h.sqlite.prepare(
      "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', 1, ?, ?, ?, ?)",
    );
    add.run('2025-03-01', '2026-03-01', at, at);

    await h.migrateTo('014_compliance_trend_points');

    const kept = () =>
      (h!.sqlite.prepare("select check_type || ' ' || as_at as p from compliance_trend_points order by 1").all() as { p: string }[]).map((r) => r.p);
    expect(kept()).toEqual([]);
    const keep = h.sqlite.prepare('insert into compliance_trend_points (check_type, as_at, requiring, compliant) values (?, ?, 1, 1)');
    for (const type of ['GAS', 'FRA']) for (const p of ['2025-12-31', '2026-01-31', '2026-02-28']) keep.run(type, p);
    add.run('2026-01-15', '2027-01-15', at, at);
    expect(kept()).toEqual(['FRA 2025-12-31', 'FRA 2026-01-31', 'FRA 2026-02-28', 'GAS 2025-12-31']);
    h.sqlite.prepare("update certificates set contractor = 'Warmhome' where id = 1").run();
    expect(kept()).toHaveLength(4);
    h.sqlite.prepare('update lifts set name = name').run();
    h.sqlite.prepare('update dwellings set has_gas = 1 where id = 1').run();
    expect(kept()).toEqual([]);
  });
});

describe('016_compliance_position_points', () => {
  it('keeps the trend points already there, without a position, and the triggers drop whole rows', async () => {
    h = await migrateToBefore('016_compliance_position_points');
    h.sqlite.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values ('GAS', '2026-01-31', 10, 9)").run();

    await h.migrateTo('016_compliance_position_points');

    expect(h.sqlite.prepare('select * from compliance_trend_points').all()).toEqual([
      { check_type: 'GAS', as_at: '2026-01-31', requiring: 10, compliant: 9, due30: null, due60: null, due90: null },
    ]);
    h.sqlite.prepare("insert into compliance_trend_points values ('FRA', '2026-01-31', 4, 4, 1, 2, 3)").run();
    expect(() => h!.sqlite.prepare("insert into compliance_trend_points values ('EICR', '2026-01-31', 4, 4, 'soon', 2, 3)").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    h.sqlite.prepare("insert into estates (name, created_at, updated_at) values ('North', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into blocks (estate_id, name, created_at, updated_at) values (1, 'Ash House', ?, ?)").run(at, at);
    expect(h.sqlite.prepare('select count(*) as n from compliance_trend_points').get()).toEqual({ n: 0 });
  });
});

describe('018_compliance_versions', () => {
  it('starts every check type at one over the certificates already there, and moves them on with writes from then', async () => {
    h = await migrateToBefore('018_compliance_versions');
    addHomeInBlock(h);
    const add = h.sqlite.prepare(
      "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', 1, ?, ?, ?, ?)",
    );
    add.run('2025-03-01', '2026-03-01', at, at);

    await h.migrateTo('018_compliance_versions');

    const versions = () =>
      Object.fromEntries(
        (h!.sqlite.prepare('select check_type, version from compliance_versions').all() as { check_type: string; version: number }[]).map((r) => [
          r.check_type,
          r.version,
        ]),
      );
    expect(versions()).toEqual({ GAS: 1, EICR: 1, FRA: 1, WATER: 1, LIFT: 1, ASBESTOS: 1 });
    add.run('2026-01-15', '2027-01-15', at, at);
    expect(versions()).toEqual({ GAS: 2, EICR: 1, FRA: 1, WATER: 1, LIFT: 1, ASBESTOS: 1 });
    h.sqlite.prepare("update certificates set contractor = 'Warmhome'").run();
    h.sqlite.prepare("update dwellings set address = '1 Ash House, North'").run();
    expect(versions().GAS).toBe(2);
    h.sqlite.prepare("update certificates set check_type = 'EICR' where id = 1").run();
    expect(versions()).toEqual({ GAS: 3, EICR: 2, FRA: 1, WATER: 1, LIFT: 1, ASBESTOS: 1 });
    h.sqlite.prepare('update blocks set communal_water = 1').run();
    expect(versions()).toEqual({ GAS: 4, EICR: 3, FRA: 2, WATER: 2, LIFT: 2, ASBESTOS: 2 });
  });
});

describe('019_certificate_partial_indexes', () => {
  it('keeps every certificate, and indexes only those with a block or a lift by block or lift, which the look-ups still use', async () => {
    h = await migrateToBefore('019_certificate_partial_indexes');
    addHomeInBlock(h);
    h.sqlite.prepare("insert into lifts (block_id, number, name, created_at, updated_at) values (1, 1, 'Lift A', ?, ?)").run(at, at);
    const add = h.sqlite.prepare(
      'insert into certificates (check_type, dwelling_id, block_id, lift_id, date_done, expiry_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    add.run('GAS', 1, null, null, '2025-03-01', '2026-03-01', at, at);
    add.run('FRA', null, 1, null, '2025-04-01', '2026-04-01', at, at);
    add.run('LIFT', null, 1, 1, '2025-05-01', '2025-11-01', at, at);
    const all = h.sqlite.prepare('select id, check_type, dwelling_id, block_id, lift_id, date_done, expiry_date from certificates order by id').all();

    await h.migrateTo('019_certificate_partial_indexes');

    expect(h.sqlite.prepare('select id, check_type, dwelling_id, block_id, lift_id, date_done, expiry_date from certificates order by id').all()).toEqual(all);
    const entries = (index: string, column: string) =>
      (h!.sqlite.prepare(`select count(*) as n from certificates indexed by ${index} where ${column} is not null`).get() as { n: number }).n;
    expect([entries('certificates_block', 'block_id'), entries('certificates_block_done', 'block_id')]).toEqual([2, 2]);
    expect([entries('certificates_lift', 'lift_id'), entries('certificates_lift_done', 'lift_id')]).toEqual([1, 1]);
    const partial = h.sqlite
      .prepare("select name, sql from sqlite_master where name like 'certificates_block%' or name like 'certificates_lift%' order by name")
      .all();
    expect(partial).toHaveLength(4);
    for (const { sql } of partial as { sql: string }[]) expect(sql).toMatch(/where "(block_id|lift_id)" is not null$/);
    const plan = (q: string, ...args: unknown[]) =>
      (h!.sqlite.prepare(`explain query plan ${q}`).all(...args) as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan("select max(expiry_date) from certificates where check_type = 'FRA' and block_id = ? and dwelling_id is null", 1)).toMatch(
      /USING INDEX certificates_block/,
    );
    expect(plan('select max(expiry_date) from certificates where lift_id = ?', 1)).toMatch(/USING COVERING INDEX certificates_lift/);
    // a home's check reaches none of them, so writing one writes no entry there
    expect(
      h.sqlite.prepare("select count(*) as n from certificates indexed by certificates_dwelling where check_type = 'GAS' and dwelling_id = 1").get(),
    ).toEqual({
      n: 1,
    });
  });
});

describe('020_compliance_homes_before', () => {
  it('keeps the points already there, and from then on notes a changed home instead of dropping them; a block changed drops both', async () => {
    h = await migrateToBefore('020_compliance_homes_before');
    addHomeInBlock(h);
    const keep = h.sqlite.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values (?, '2026-01-31', 1, 1)");
    keep.run('GAS');
    keep.run('FRA');

    await h.migrateTo('020_compliance_homes_before');

    const kept = () => (h!.sqlite.prepare('select check_type from compliance_trend_points order by 1').pluck().all() as string[]).join(' ');
    const noted = () => h!.sqlite.prepare('select home_id, existed, active, tenure, has_gas, block_id from compliance_homes_before order by home_id').all();
    expect([kept(), noted()]).toEqual(['FRA GAS', []]);
    h.sqlite.prepare("update dwellings set tenure = 'leaseholder' where id = 1").run();
    h.sqlite.prepare('update dwellings set has_gas = 1 where id = 1').run();
    h.sqlite.prepare("insert into dwellings (uprn, address, block_id, created_at, updated_at) values ('101', '2 Ash House', 1, ?, ?)").run(at, at);
    expect(kept()).toBe('FRA GAS');
    // as the home was when the points were worked out; a home added since counted for nothing
    expect(noted()).toEqual([
      { home_id: 1, existed: 1, active: 1, tenure: 'tenant', has_gas: 0, block_id: 1 },
      { home_id: 2, existed: 0, active: null, tenure: null, has_gas: null, block_id: null },
    ]);
    expect(() => h!.sqlite.prepare("insert into compliance_homes_before (home_id, existed) values (9, 'yes')").run()).toThrow(/cannot store TEXT/);
    h.sqlite.prepare('update blocks set communal_water = 1 where id = 1').run();
    expect([kept(), noted()]).toEqual(['', []]);
    // nothing kept: nothing noted
    h.sqlite.prepare("update dwellings set tenure = 'tenant' where id = 1").run();
    expect(noted()).toEqual([]);
  });
});

describe('the latest step', () => {
  it('opens, with the app, a file migrated step by step with rows from its first steps', async () => {
    h = await migrateToBefore('002_monthly_updates');
    addPerson(h, 'Ann Owner');
    const app = await h.openWithApp();
    expect(app.schemaVersion).toBe(latestSchema);
    expect(app.backupPath).toMatch(/before-002_monthly_updates/);
    expect(app.sqlite.prepare('select name from people').all()).toEqual([{ name: 'Ann Owner' }]);
    await app.close();
  });
});

describe('021_compliance_stock_before', () => {
  it('keeps the points and notes already there, and from then on notes a changed block or lift, and its homes, instead of dropping the points', async () => {
    h = await migrateToBefore('021_compliance_stock_before');
    addHomeInBlock(h);
    h.sqlite.prepare("insert into lifts (block_id, number, name, created_at, updated_at) values (1, 1, 'Lift 1', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into compliance_trend_points (check_type, as_at, requiring, compliant) values ('LIFT', '2026-01-31', 1, 1)").run();
    h.sqlite.prepare("update dwellings set tenure = 'leaseholder' where id = 1").run();

    await h.migrateTo('021_compliance_stock_before');

    const sqlite = h.sqlite;
    const rows = (q: string) => sqlite.prepare(q).all();
    const kept = () => (sqlite.prepare('select check_type from compliance_trend_points').pluck().all() as string[]).join(' ');
    expect([kept(), rows('select home_id, existed, tenure from compliance_homes_before')]).toEqual(['LIFT', [{ home_id: 1, existed: 1, tenure: 'tenant' }]]);
    sqlite.prepare("insert into dwellings (uprn, address, block_id, created_at, updated_at) values ('101', '2 Ash House', 1, ?, ?)").run(at, at);
    sqlite.prepare("insert into blocks (estate_id, name, created_at, updated_at) values (1, 'Elm House', ?, ?)").run(at, at);
    sqlite.prepare('update blocks set communal_water = 1, passenger_lifts = 2 where id = 1').run();
    sqlite.prepare("insert into lifts (block_id, number, name, created_at, updated_at) values (2, 1, 'Lift 1', ?, ?)").run(at, at);
    sqlite.prepare('update lifts set block_id = 2, number = 2 where id = 1').run();
    expect(kept()).toBe('LIFT');
    // as they were when the points were worked out: the first state noted stays, and a block's change notes its homes
    expect(rows('select home_id, existed, tenure, block_id from compliance_homes_before order by home_id')).toEqual([
      { home_id: 1, existed: 1, tenure: 'tenant', block_id: 1 },
      { home_id: 2, existed: 0, tenure: null, block_id: null },
    ]);
    expect(rows('select * from compliance_blocks_before')).toEqual([
      { block_id: 1, existed: 1, passenger_lifts: 0, communal_water: 0, asbestos_present: 0, communal_electrics: 1 },
    ]);
    expect(rows('select * from compliance_lifts_before order by lift_id')).toEqual([
      { lift_id: 1, existed: 1, block_id: 1 },
      { lift_id: 2, existed: 0, block_id: null },
    ]);
    // a block added notes nothing: no home was in it
    expect(rows('select block_id from compliance_blocks_before where block_id = 2')).toEqual([]);
    expect(() => sqlite.prepare("insert into compliance_lifts_before (lift_id, existed) values (9, 'yes')").run()).toThrow(/cannot store TEXT/);
    // nothing kept: every note goes, and nothing is noted
    sqlite.prepare('delete from compliance_trend_points').run();
    sqlite.prepare('update blocks set asbestos_present = 1 where id = 2').run();
    const counts = () => ['homes', 'blocks', 'lifts'].map((t) => sqlite.prepare(`select count(*) from compliance_${t}_before`).pluck().get());
    expect(counts()).toEqual([0, 0, 0]);
  });
});

describe('022_compliance_stock_changes', () => {
  it('keeps the versions, and from then on writes a row naming the home and blocks for each time the stock moves them on; the last 1,000 kept', async () => {
    h = await migrateToBefore('022_compliance_stock_changes');
    addHomeInBlock(h);
    h.sqlite.prepare("insert into blocks (estate_id, name, created_at, updated_at) values (1, 'Elm House', ?, ?)").run(at, at);
    h.sqlite.prepare("insert into lifts (block_id, number, name, created_at, updated_at) values (1, 1, 'Lift 1', ?, ?)").run(at, at);
    const versions = () => Object.fromEntries(h!.sqlite.prepare('select check_type, version from compliance_versions').raw().all() as [string, number][]);
    const before = versions();

    await h.migrateTo('022_compliance_stock_changes');

    const sqlite = h.sqlite;
    expect(versions()).toEqual(before);
    const changes = () => sqlite.prepare('select home_id, block_id, other_block_id from compliance_stock_changes order by seq').raw().all();
    expect(changes()).toEqual([]);
    sqlite.prepare("update dwellings set address = 'Flat 1, Ash House' where id = 1").run();
    sqlite
      .prepare(
        "insert into certificates (check_type, dwelling_id, date_done, expiry_date, created_at, updated_at) values ('GAS', 1, '2026-01-01', '2027-01-01', ?, ?)",
      )
      .run(at, at);
    expect(changes()).toEqual([]);
    sqlite.prepare('update dwellings set block_id = 2 where id = 1').run();
    sqlite.prepare('update blocks set communal_water = 1 where id = 1').run();
    sqlite.prepare('update lifts set block_id = 2 where id = 1').run();
    sqlite.prepare("insert into dwellings (uprn, address, block_id, created_at, updated_at) values ('101', '2 Elm House', 2, ?, ?)").run(at, at);
    sqlite.prepare("insert into dwellings (uprn, address, created_at, updated_at) values ('102', '3 High Street', ?, ?)").run(at, at);
    sqlite.prepare('delete from lifts where id = 1').run();
    sqlite.prepare("insert into lifts (block_id, number, name, created_at, updated_at) values (1, 2, 'Lift 2', ?, ?)").run(at, at);
    sqlite.prepare('delete from dwellings where id = 2').run();
    sqlite.prepare("insert into blocks (estate_id, name, created_at, updated_at) values (1, 'Oak House', ?, ?)").run(at, at);
    sqlite.prepare('delete from blocks where id = 3').run();
    // [home, block it was in (or the block, or the lift's block), block it is in]
    expect(changes()).toEqual([
      [1, 1, 2],
      [null, 1, null],
      [null, 1, 2],
      [2, 2, null],
      [3, null, null],
      [null, 2, null],
      [null, 1, null],
      [2, 2, null],
      [null, 3, null],
      [null, 3, null],
    ]);
    // each row is one move of every version (and the certificate one of gas's)
    expect(versions()).toEqual(Object.fromEntries(Object.entries(before).map(([type, v]) => [type, v + 10 + (type === 'GAS' ? 1 : 0)])));
    const flip = sqlite.prepare('update dwellings set has_gas = 1 - has_gas where id = 3');
    for (let i = 0; i < 1000; i++) flip.run();
    expect(sqlite.prepare('select count(*), min(seq), max(seq) from compliance_stock_changes').raw().get()).toEqual([1000, 11, 1010]);
    expect(() => sqlite.prepare("insert into compliance_stock_changes (home_id) values ('one')").run()).toThrow(/cannot store TEXT/);
  });
});
