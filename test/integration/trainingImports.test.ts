import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/domain/importKinds';
import { runImport } from '../../main/imports/runImport';
import { auditRows, makeCore, snapshot, type TestCore } from '../helpers/testCore';

// The training register's four imports over a real database: good rows, each refused row by row
// and column, dry runs, all-or-nothing, and a second import that finds the records already held.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04' });
});
afterEach(async () => t.close());

const opts = (o: Partial<{ dryRun: boolean; validOnly: boolean }> = {}) => ({
  dryRun: false,
  validOnly: false,
  actor: 'Importer',
  now: '2026-12-04T10:00:00.000Z',
  today: '2026-12-04',
  ...o,
});
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
const imp = (kind: ImportKind, file: Buffer, o: Partial<{ dryRun: boolean; validOnly: boolean }> = {}) =>
  runImport(t.database.sqlite, kind, `${kind}.csv`, file, opts(o));
const all = (sql: string, ...args: unknown[]) => t.database.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];
const where = (r: { problems: { row: number; column: string }[] }) => r.problems.map((p) => [p.row, p.column]);

const COURSES = csv(
  'Course,Category,Refresh months,Mandatory,Provider',
  'Complaints handling,Customer service,24,yes,In house',
  'Safeguarding adults,Safeguarding,12,Y,',
  'Induction,Induction,,0,',
  'Data protection,Information,12,false,',
);
const REQUIREMENTS = csv(
  'Job role,Course,Team',
  'Housing officer,Complaints handling,',
  'Housing officer,Safeguarding adults,Tenancy',
  'Repairs surveyor,Induction,',
);
const STAFF = csv(
  'Name,Email,Team,Job role,Start date,Leave date,Line manager',
  'Ben Okoro,ben.okoro@council.gov.uk,Repairs,Repairs surveyor,01/10/2026,,Ann Patel',
  'Ann Patel,Ann.Patel@council.gov.uk,Tenancy,Housing officer,01/04/2020,,',
  'Cat Lewis,cat.lewis@council.gov.uk,Tenancy,Housing officer,07/01/2019,30/06/2026,ann.patel@council.gov.uk',
);

describe('courses import', () => {
  it('adds courses, reads yes and no in their forms and a blank refresh as once only; a second import finds them unchanged', async () => {
    const dry = await imp('courses', COURSES, { dryRun: true });
    expect(dry).toMatchObject({ rows: 4, new: 4, updated: 0, unchanged: 0, problems: [], applied: false });
    expect(all('select * from courses')).toEqual([]);
    expect(await imp('courses', COURSES)).toMatchObject({ new: 4, applied: true });
    expect(all('select name, category, provider, refresh_months, mandatory from courses order by id')).toEqual([
      { name: 'Complaints handling', category: 'Customer service', provider: 'In house', refresh_months: 24, mandatory: 1 },
      { name: 'Safeguarding adults', category: 'Safeguarding', provider: '', refresh_months: 12, mandatory: 1 },
      { name: 'Induction', category: 'Induction', provider: '', refresh_months: null, mandatory: 0 },
      { name: 'Data protection', category: 'Information', provider: '', refresh_months: 12, mandatory: 0 },
    ]);
    expect(auditRows(t.database, 'course').map((a) => [a.action, a.label, a.actor])).toContainEqual(['create', 'Induction', 'Importer']);
    expect(await imp('courses', COURSES)).toMatchObject({ new: 0, updated: 0, unchanged: 4, notes: [] });
  });

  it('updates a course met by name in any case, says what changed, and works out derived expiries again', async () => {
    await imp('courses', COURSES);
    await imp('staff', STAFF);
    await imp(
      'training',
      csv(
        'Email,Course,Date completed,Expiry date',
        'ann.patel@council.gov.uk,Safeguarding adults,10/01/2025,',
        'ann.patel@council.gov.uk,Safeguarding adults,10/01/2024,01/06/2024',
      ),
    );
    const policy = await t.call('policies.create', { title: 'Safeguarding', stage: 'drafting', stageEnteredOn: '2026-10-01' });
    const r = await imp(
      'courses',
      csv('course,CATEGORY,refresh_months,Mandatory,Policy', 'SAFEGUARDING ADULTS,Safeguarding,36,no,safeguarding', 'Induction,Induction,,no,'),
    );
    expect(r).toMatchObject({ new: 0, updated: 1, unchanged: 1, applied: true });
    expect(r.notes).toEqual(['Row 2, Safeguarding adults: refresh months 12 → 36; mandatory yes → no; policy none → Safeguarding.']);
    expect(all("select name, refresh_months, mandatory, policy_id from courses where name = 'Safeguarding adults'")).toEqual([
      { name: 'Safeguarding adults', refresh_months: 36, mandatory: 0, policy_id: policy.id },
    ]);
    expect(all('select date_completed, expiry_date, expiry_given from training_completions order by date_completed')).toEqual([
      { date_completed: '2024-01-10', expiry_date: '2024-06-01', expiry_given: 1 },
      { date_completed: '2025-01-10', expiry_date: '2028-01-10', expiry_given: 0 },
    ]);
    expect(auditRows(t.database, 'course').at(-1)).toMatchObject({
      action: 'update',
      before: { refresh_months: 12, mandatory: 1, policy_id: null },
      after: { refresh_months: 36, mandatory: 0, policy_id: policy.id, expiries_worked_out_again: 1 },
    });
  });

  it('refuses a file with bad rows, each by row and column, and writes nothing unless the valid rows are chosen', async () => {
    const file = csv(
      'Course,Category,Refresh months,Mandatory,Policy',
      'Fire safety awareness,Safety,12,yes,',
      ',Safety,12,yes,',
      'Damp and mould,Repairs,0,yes,',
      'Equality,People,12,perhaps,',
      'fire safety awareness,Safety,12,yes,',
      'Data protection,Information,12,yes,No such policy',
    );
    const before = snapshot(t.database);
    const r = await imp('courses', file);
    expect(where(r)).toEqual([
      [3, 'Course'],
      [4, 'Refresh months'],
      [5, 'Mandatory'],
      [6, 'Course'],
      [7, 'Policy'],
    ]);
    expect(r.problems[3]!.message).toBe('fire safety awareness is also on row 2.');
    expect(r.applied).toBe(false);
    expect(snapshot(t.database)).toBe(before);
    expect(await imp('courses', file, { validOnly: true })).toMatchObject({ new: 1, applied: true });
    expect(all('select name from courses')).toEqual([{ name: 'Fire safety awareness' }]);
  });
});

describe('requirements import', () => {
  it('adds job roles and teams as met and says so; a requirement already held is unchanged', async () => {
    await imp('courses', COURSES);
    const dry = await imp('requirements', REQUIREMENTS, { dryRun: true });
    expect(dry).toMatchObject({ new: 3, applied: false });
    expect(dry.notes).toEqual(['New job role: Housing officer (row 2).', 'New job role: Repairs surveyor (row 4).', 'New team: Tenancy (row 3).']);
    expect(all('select * from job_roles')).toEqual([]);
    expect(await imp('requirements', REQUIREMENTS)).toMatchObject({ new: 3, applied: true });
    expect(
      all(`select j.name role, c.name course, t.name team from course_requirements r join job_roles j on j.id = r.job_role_id
        join courses c on c.id = r.course_id left join teams t on t.id = r.team_id order by r.id`),
    ).toEqual([
      { role: 'Housing officer', course: 'Complaints handling', team: null },
      { role: 'Housing officer', course: 'Safeguarding adults', team: 'Tenancy' },
      { role: 'Repairs surveyor', course: 'Induction', team: null },
    ]);
    expect(auditRows(t.database, 'job_role').map((a) => a.label)).toEqual(['Housing officer', 'Repairs surveyor']);
    expect(auditRows(t.database, 'course_requirement').map((a) => a.label)).toContain('Housing officer: Safeguarding adults (Tenancy)');
    const again = await imp('requirements', csv('Job role,Course,Team', 'HOUSING OFFICER,complaints handling,', 'Housing officer,Safeguarding adults,tenancy'));
    expect(again).toMatchObject({ new: 0, unchanged: 2, notes: [] });
  });

  it('refuses an unknown course by row and column, and writes nothing', async () => {
    await imp('courses', COURSES);
    const before = snapshot(t.database);
    const r = await imp(
      'requirements',
      csv('Job role,Course,Team', 'Housing officer,Complaints handling,', 'Housing officer,Complaints handlin,', ',Induction,'),
    );
    expect(where(r)).toEqual([
      [3, 'Course'],
      [4, 'Job role'],
    ]);
    expect(r.problems[0]!.message).toBe('There is no course called “Complaints handlin”. Import the courses first, or correct the name.');
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('staff import', () => {
  it('adds people with teams, roles and line managers from anywhere in the file, and says which teams and roles it added', async () => {
    const r = await imp('staff', STAFF);
    expect(r).toMatchObject({ new: 3, updated: 0, problems: [], applied: true });
    expect(r.notes).toEqual([
      'New team: Repairs (row 2).',
      'New team: Tenancy (row 3).',
      'New job role: Repairs surveyor (row 2).',
      'New job role: Housing officer (row 3).',
    ]);
    expect(
      all(`select p.name, p.email, t.name team, j.name role, p.start_date, p.leave_date, m.name manager, p.active from people p
        left join teams t on t.id = p.team_id left join job_roles j on j.id = p.job_role_id left join people m on m.id = p.line_manager_id order by p.id`),
    ).toEqual([
      {
        name: 'Ben Okoro',
        email: 'ben.okoro@council.gov.uk',
        team: 'Repairs',
        role: 'Repairs surveyor',
        start_date: '2026-10-01',
        leave_date: null,
        manager: 'Ann Patel',
        active: 1,
      },
      {
        name: 'Ann Patel',
        email: 'Ann.Patel@council.gov.uk',
        team: 'Tenancy',
        role: 'Housing officer',
        start_date: '2020-04-01',
        leave_date: null,
        manager: null,
        active: 1,
      },
      {
        name: 'Cat Lewis',
        email: 'cat.lewis@council.gov.uk',
        team: 'Tenancy',
        role: 'Housing officer',
        start_date: '2019-01-07',
        leave_date: '2026-06-30',
        manager: 'Ann Patel',
        active: 0,
      },
    ]);
    expect(auditRows(t.database, 'person').map((a) => [a.action, a.label])).toEqual([
      ['create', 'Ben Okoro'],
      ['create', 'Ann Patel'],
      ['create', 'Cat Lewis'],
    ]);
    expect(auditRows(t.database, 'team').map((a) => a.label)).toEqual(['Repairs', 'Tenancy']);
  });

  it('updates a person met by e-mail in any case and names the changed fields; an unchanged person is left alone', async () => {
    await imp('staff', STAFF);
    const r = await imp(
      'staff',
      csv(
        'Name,Email,Team,Job role,Start date,Leave date,Line manager',
        'Ben Okoro,BEN.OKORO@council.gov.uk,Tenancy,Housing officer,01/10/2026,31/12/2026,Cat Lewis',
        'Ann Patel,ann.patel@council.gov.uk,tenancy,housing officer,01/04/2020,,',
      ),
    );
    expect(r).toMatchObject({ new: 0, updated: 1, unchanged: 1, applied: true });
    expect(r.notes).toEqual([
      'Row 2, Ben Okoro: team Repairs → Tenancy; job role Repairs surveyor → Housing officer; leave date none → 2026-12-31; line manager Ann Patel → Cat Lewis.',
    ]);
    const update = auditRows(t.database, 'person').at(-1)!;
    expect(update).toMatchObject({ action: 'update', label: 'Ben Okoro', before: { leave_date: null }, after: { leave_date: '2026-12-31', source: 'import' } });
    expect(Object.keys(update.after).sort()).toEqual(['job_role_id', 'leave_date', 'line_manager_id', 'source', 'team_id']);
  });

  it('refuses a leave before the start, a bad e-mail, and an unknown, ambiguous or self line manager, by row and column; nothing is written', async () => {
    await t.call('people.create', { name: 'Dan Shaw', email: 'dan.shaw@council.gov.uk' });
    await t.call('people.create', { name: 'Dan Shaw', email: 'daniel.shaw@council.gov.uk' });
    const before = snapshot(t.database);
    const r = await imp(
      'staff',
      csv(
        'Name,Email,Team,Job role,Start date,Leave date,Line manager',
        'Eve Hall,eve.hall@council.gov.uk,Repairs,Surveyor,01/05/2024,01/04/2024,',
        'Fay Ng,fay.ng at council,Repairs,Surveyor,01/05/2024,,',
        'Gus Arden,gus.arden@council.gov.uk,Repairs,Surveyor,01/05/2024,,Nobody Known',
        'Hal Ito,hal.ito@council.gov.uk,Repairs,Surveyor,01/05/2024,,Dan Shaw',
        'Ivy Moss,ivy.moss@council.gov.uk,Repairs,Surveyor,01/05/2024,,Ivy Moss',
        'Jo Kerr,jo.kerr@council.gov.uk,Repairs,Surveyor,31/02/2024,,',
        'Lee Dunn,lee.dunn@council.gov.uk,Repairs,Surveyor,01/05/2024,,Eve Hall',
        'Kit Lane,kit.lane@council.gov.uk,Repairs,Surveyor,01/05/2024,,daniel.shaw@council.gov.uk',
      ),
    );
    expect(where(r)).toEqual([
      [2, 'Leave date'],
      [3, 'Email'],
      [4, 'Line manager'],
      [5, 'Line manager'],
      [6, 'Line manager'],
      [7, 'Start date'],
      [8, 'Line manager'],
    ]);
    expect(r.problems.find((p) => p.row === 5)!.message).toBe('2 people are called Dan Shaw: give the line manager’s e-mail instead.');
    expect(r.problems.find((p) => p.row === 6)!.message).toBe('A person cannot be their own line manager.');
    expect(r.problems.at(-1)!.message).toBe('Eve Hall’s own row (row 2) cannot be imported: correct it first.');
    expect(snapshot(t.database)).toBe(before);
    // the valid rows only: Kit Lane, with a line manager on record found by e-mail
    expect(
      await imp(
        'staff',
        csv('Name,Email,Line manager', 'Kit Lane,kit.lane@council.gov.uk,daniel.shaw@council.gov.uk', 'Eve Hall,eve.hall@council.gov.uk,Eve Hall'),
        { dryRun: true },
      ),
    ).toMatchObject({ new: 1 });
    const dry = await imp('staff', csv('Name,Email', 'Kit Lane,kit.lane@council.gov.uk'), { dryRun: true });
    expect(dry).toMatchObject({ new: 1, applied: false });
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('training import', () => {
  beforeEach(async () => {
    await imp('courses', COURSES);
    await imp('requirements', REQUIREMENTS);
    await imp('staff', STAFF);
  });

  it('records completions with the expiry worked out unless given; the same person, course and date again is unchanged', async () => {
    const file = csv(
      'Email,Course,Date completed,Expiry date,Evidence',
      'ANN.PATEL@council.gov.uk,Complaints handling,10/01/2025,,certs/ann-complaints.pdf',
      'ann.patel@council.gov.uk,safeguarding adults,20/12/2025,30/06/2026,',
      'ben.okoro@council.gov.uk,Induction,02/10/2026,,',
    );
    const dry = await imp('training', file, { dryRun: true });
    expect(dry).toMatchObject({ new: 3, applied: false });
    expect(all('select * from training_completions')).toEqual([]);
    expect(await imp('training', file)).toMatchObject({ new: 3, applied: true });
    expect(
      all(
        'select c.name, t.date_completed, t.expiry_date, t.expiry_given, t.evidence from training_completions t join courses c on c.id = t.course_id order by t.id',
      ),
    ).toEqual([
      { name: 'Complaints handling', date_completed: '2025-01-10', expiry_date: '2027-01-10', expiry_given: 0, evidence: 'certs/ann-complaints.pdf' },
      { name: 'Safeguarding adults', date_completed: '2025-12-20', expiry_date: '2026-06-30', expiry_given: 1, evidence: '' },
      { name: 'Induction', date_completed: '2026-10-02', expiry_date: null, expiry_given: 0, evidence: '' },
    ]);
    expect(auditRows(t.database, 'training_completion')[0]).toMatchObject({
      action: 'create',
      label: 'Ann Patel: Complaints handling, 10 Jan 2025',
      parent_entity: 'person',
    });
    expect(await imp('training', file)).toMatchObject({ new: 0, unchanged: 3, applied: true });
    expect(all('select count(*) n from training_completions')).toEqual([{ n: 3 }]);
  });

  it('refuses an unknown e-mail or course, a completion before the start or after today, and an expiry before completion, by row and column', async () => {
    const file = csv(
      'Email,Course,Date completed,Expiry date,Evidence',
      'ann.patel@council.gov.uk,Complaints handling,10/01/2025,,',
      'nobody@council.gov.uk,Complaints handling,10/01/2025,,',
      'ann.patel@council.gov.uk,Knitting,10/01/2025,,',
      'ben.okoro@council.gov.uk,Induction,30/09/2026,,',
      'ann.patel@council.gov.uk,Induction,05/12/2026,,',
      'ann.patel@council.gov.uk,Data protection,10/01/2025,09/01/2025,',
      'ann.patel@council.gov.uk,Complaints handling,10/01/2025,,',
    );
    const before = snapshot(t.database);
    const r = await imp('training', file);
    expect(where(r)).toEqual([
      [3, 'Email'],
      [4, 'Course'],
      [5, 'Date completed'],
      [6, 'Date completed'],
      [7, 'Expiry date'],
      [8, 'Date completed'],
    ]);
    expect(r.problems[2]!.message).toBe('Ben Okoro started on 1 Oct 2026: the course cannot have been completed before that.');
    expect(r.problems[3]!.message).toBe('5 Dec 2026 is in the future.');
    expect(snapshot(t.database)).toBe(before);
    expect(await imp('training', file, { dryRun: true, validOnly: true })).toMatchObject({ new: 1, applied: false });
    expect(snapshot(t.database)).toBe(before);
    expect(await imp('training', file, { validOnly: true })).toMatchObject({ new: 1, applied: true });
    expect(all('select count(*) n from training_completions')).toEqual([{ n: 1 }]);
  });
});

describe('training imports from .xlsx', () => {
  it('reads dates, numbers and yes/no cells as a spreadsheet holds them', async () => {
    const book = new ExcelJS.Workbook();
    const courses = book.addWorksheet('Courses');
    courses.addRow(['Course', 'Category', 'Refresh months', 'Mandatory']);
    courses.addRow(['Fire safety awareness', 'Safety', 12, true]);
    const staffBook = new ExcelJS.Workbook();
    const staff = staffBook.addWorksheet('Staff');
    staff.addRow(['Name', 'Email', 'Start date']);
    staff.addRow(['Ann Patel', 'ann.patel@council.gov.uk', new Date(Date.UTC(2020, 3, 1))]);
    const trainingBook = new ExcelJS.Workbook();
    const training = trainingBook.addWorksheet('Training');
    training.addRow(['Email', 'Course', 'Date completed']);
    training.addRow(['ann.patel@council.gov.uk', 'Fire safety awareness', 45667]);
    const run = async (kind: ImportKind, b: ExcelJS.Workbook) =>
      runImport(t.database.sqlite, kind, `${kind}.xlsx`, Buffer.from(await b.xlsx.writeBuffer()), opts());
    expect(await run('courses', book)).toMatchObject({ new: 1, problems: [], applied: true });
    expect(await run('staff', staffBook)).toMatchObject({ new: 1, problems: [], applied: true });
    expect(await run('training', trainingBook)).toMatchObject({ new: 1, problems: [], applied: true });
    expect(
      all(
        'select c.mandatory, p.start_date, t.date_completed, t.expiry_date from training_completions t join courses c on c.id = t.course_id join people p on p.id = t.person_id',
      ),
    ).toEqual([{ mandatory: 1, start_date: '2020-04-01', date_completed: '2025-01-10', expiry_date: '2026-01-10' }]);
  });
});
