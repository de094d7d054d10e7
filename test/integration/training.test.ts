import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

// The training register through its calls: the catalogue, people's employment, completions and
// waivers, and the matrix with its totals as at a date.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04' });
});
afterEach(async () => t.close());

async function setUp() {
  const tenancy = await t.call('teams.create', { name: 'Tenancy' });
  const repairs = await t.call('teams.create', { name: 'Repairs' });
  const officer = await t.call('jobRoles.create', { name: 'Housing officer' });
  const complaints = await t.call('courses.create', { name: 'Complaints handling', category: 'Customer service', refreshMonths: 24, mandatory: true });
  const safeguarding = await t.call('courses.create', { name: 'Safeguarding adults', category: 'Safeguarding', refreshMonths: 12, mandatory: true });
  const induction = await t.call('courses.create', { name: 'Induction', category: 'Induction', refreshMonths: null });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: complaints.id });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: induction.id });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: safeguarding.id, teamId: tenancy.id });
  const ann = await t.call('people.create', { name: 'Ann Patel', teamId: tenancy.id, jobRoleId: officer.id, startDate: '2020-04-01' });
  const ben = await t.call('people.create', { name: 'Ben Okoro', teamId: repairs.id, jobRoleId: officer.id, startDate: '2026-10-01', lineManagerId: ann.id });
  const cat = await t.call('people.create', { name: 'Cat Lewis', teamId: tenancy.id, jobRoleId: officer.id, startDate: '2019-01-07', leaveDate: '2026-06-30' });
  return { tenancy, repairs, officer, complaints, safeguarding, induction, ann, ben, cat };
}

describe('the training matrix', () => {
  it('shows each person employed on the date against every course, with totals per course, per person and for mandatory courses', async () => {
    const s = await setUp();
    await t.call('training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2025-01-10' });
    await t.call('training.record', { personId: s.ann.id, courseId: s.safeguarding.id, dateCompleted: '2025-12-20' });
    await t.call('training.record', { personId: s.ann.id, courseId: s.induction.id, dateCompleted: '2020-04-02' });
    await t.call('training.waive', {
      personId: s.ben.id,
      courseId: s.induction.id,
      reason: 'Transferred from another council',
      until: '2027-03-31',
      agreedBy: 'Head of Housing',
    });

    const m = await t.call('training.matrix', {});
    expect(m.asAt).toBe('2026-12-04');
    expect(m.courses.map((c) => c.name)).toEqual(['Complaints handling', 'Induction', 'Safeguarding adults']);
    // Cat left in June: she is not in today's matrix.
    expect(m.people.map((p) => [p.name, p.lineManagerName, p.cells.map((c) => `${c.status} ${c.date ?? ''}`.trim())])).toEqual([
      ['Ann Patel', null, ['in_date 2027-01-10', 'in_date', 'due_soon 2026-12-20']],
      ['Ben Okoro', 'Ann Patel', ['due 2026-12-30', 'waived', 'not_required']],
    ]);
    expect(m.people.map((p) => [p.required, p.compliant, p.percent])).toEqual([
      [3, 3, 100],
      [2, 1, 50],
    ]);
    expect(m.courses.map((c) => [c.required, c.compliant])).toEqual([
      [2, 1],
      [2, 2],
      [1, 1],
    ]);
    // Mandatory: complaints handling and safeguarding.
    expect(m.mandatory).toEqual({ required: 3, compliant: 2, percent: 66.7 });

    // The dashboard's summary: the same figures, and who has courses expired or missing, with their line manager.
    const summary = await t.call('training.summary', { asAt: '2027-03-01' });
    expect(summary.mostOverdue).toEqual([
      { personId: s.ann.id, name: 'Ann Patel', teamName: 'Tenancy', lineManagerName: null, courses: ['Complaints handling', 'Safeguarding adults'] },
      { personId: s.ben.id, name: 'Ben Okoro', teamName: 'Repairs', lineManagerName: 'Ann Patel', courses: ['Complaints handling'] },
    ]);
    expect(summary.peopleOverdue).toBe(2);
    expect((await t.call('training.summary', {})).mandatory).toEqual(m.mandatory);

    const june = await t.call('training.matrix', { asAt: '2026-06-30', teamId: s.tenancy.id });
    expect(june.people.map((p) => [p.name, p.cells.map((c) => c.status)])).toEqual([
      ['Ann Patel', ['in_date', 'in_date', 'in_date']],
      ['Cat Lewis', ['missing', 'missing', 'missing']],
    ]);
  });

  it('lists a person of whom nothing is required, counts a course required twice over once, and lists no one not employed on the date', async () => {
    const s = await setUp();
    const caretaker = await t.call('jobRoles.create', { name: 'Caretaker' });
    await t.call('people.create', { name: 'Dev Shah', teamId: s.repairs.id, jobRoleId: caretaker.id, startDate: '2024-02-01' });
    await t.call('people.create', { name: 'Eve Hart', teamId: s.repairs.id, jobRoleId: null, startDate: '2027-01-04' });
    // required of Ann twice over, of every officer and of the tenancy team's: still one cell
    await t.call('requirements.add', { jobRoleId: s.officer.id, courseId: s.complaints.id, teamId: s.tenancy.id });
    const m = await t.call('training.matrix', {});
    expect(m.people.map((p) => [p.name, p.cells.map((c) => c.status), p.required, p.compliant])).toEqual([
      ['Ann Patel', ['missing', 'missing', 'missing'], 3, 0],
      ['Ben Okoro', ['due', 'due', 'not_required'], 2, 0],
      ['Dev Shah', ['not_required', 'not_required', 'not_required'], 0, 0],
    ]);
    const repairs = await t.call('training.matrix', { teamId: s.repairs.id });
    expect(repairs.people.map((p) => p.name)).toEqual(['Ben Okoro', 'Dev Shah']);
    expect(repairs.courses.map((c) => [c.name, c.required])).toEqual([
      ['Complaints handling', 1],
      ['Induction', 1],
      ['Safeguarding adults', 0],
    ]);
  });

  it('works out a completion’s expiry from the course, or keeps the one given, and again when the interval changes', async () => {
    const s = await setUp();
    const worked = await t.call('training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2026-01-31' });
    const given = await t.call('training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2025-02-01', expiryDate: '2026-02-01' });
    expect([worked.expiryDate, worked.expiryGiven, given.expiryDate, given.expiryGiven]).toEqual(['2028-01-31', false, '2026-02-01', true]);
    await t.call('courses.update', { id: s.complaints.id, patch: { refreshMonths: 13 } });
    const m = await t.call('training.matrix', {});
    expect(m.people.find((p) => p.name === 'Ann Patel')!.cells[0]).toEqual({ status: 'in_date', date: '2027-02-28' });
    const audit = t.database.sqlite.prepare("select after_json from audit_log where entity = 'course' and action = 'update'").get() as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({ refresh_months: 13, expiries_worked_out_again: 1 });
  });
});

describe('the grace period and the target are settings', () => {
  it('a shorter grace period turns a new starter’s due course to missing; the summary carries the target; bad values are refused by field', async () => {
    await setUp();
    const before = await t.call('training.matrix', {});
    expect(before.graceDays).toBe(90);
    expect(before.people.find((p) => p.name === 'Ben Okoro')!.cells[0]).toEqual({ status: 'due', date: '2026-12-30' });
    expect((await t.call('training.summary', {})).target).toBe(95);

    // Ben started on 1 October: with 30 days his deadline was 31 October.
    const saved = await t.call('settings.update', { trainingGraceDays: 30, trainingTarget: 90 });
    expect([saved.trainingGraceDays, saved.trainingTarget]).toEqual([30, 90]);
    const after = await t.call('training.matrix', {});
    expect(after.graceDays).toBe(30);
    expect(after.people.find((p) => p.name === 'Ben Okoro')!.cells[0]).toEqual({ status: 'missing', date: null });
    expect((await t.call('training.summary', {})).target).toBe(90);
    const sheet = await t.call('exports.trainingMatrix', { format: 'csv' });
    expect(Buffer.from(sheet.base64, 'base64').toString('utf8')).toMatch(/Ben Okoro,[^\n]*,Missing,/);

    for (const [patch, field, message] of [
      [{ trainingGraceDays: -1 }, 'trainingGraceDays', /0 or more/],
      [{ trainingGraceDays: 1.5 }, 'trainingGraceDays', /whole number/],
      [{ trainingTarget: 0 }, 'trainingTarget', /at least 1%/],
      [{ trainingTarget: 101 }, 'trainingTarget', /100% or less/],
      [{ trainingTarget: null }, 'trainingTarget', /must be a number/],
    ] as const) {
      expect(await t.raw('settings.update', patch)).toMatchObject({ ok: false, error: { field, message: expect.stringMatching(message) } });
    }
    expect((await t.call('settings.get', {})).trainingGraceDays).toBe(30);
    // A stored value that does not read as a whole number keeps the default rather than breaking the matrix.
    t.database.sqlite.prepare("update settings set value = 'ninety' where key = 'trainingGraceDays'").run();
    expect((await t.call('training.matrix', {})).graceDays).toBe(90);
  });
});

describe('the matrix as a spreadsheet', () => {
  it('has the screen’s shape: a row per person employed, a column per course, each cell its words and date, as .csv and .xlsx', async () => {
    const s = await setUp();
    await t.call('people.update', { id: s.ann.id, patch: { email: 'ann.patel@example.gov.uk', name: '=HYPERLINK("http://x")' } });
    await t.call('training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2025-01-10' });
    await t.call('training.record', { personId: s.ann.id, courseId: s.induction.id, dateCompleted: '2020-04-02' });
    await t.call('training.waive', { personId: s.ben.id, courseId: s.induction.id, reason: 'Transferred', until: '2027-03-31', agreedBy: 'Head of Housing' });

    const csv = Buffer.from((await t.call('exports.trainingMatrix', { format: 'csv' })).base64, 'base64').toString('utf8');
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual([
      'Name,Email,Team,Job role,Complaints handling,Induction,Safeguarding adults',
      // A name that starts like a formula is written as text.
      `"'=HYPERLINK(""http://x"")",ann.patel@example.gov.uk,Tenancy,Housing officer,In date 2027-01-10,In date,Missing`,
      'Ben Okoro,,Repairs,Housing officer,Due 2026-12-30,Waived,Not required',
    ]);

    const file = await t.call('exports.trainingMatrix', { asAt: '2026-06-30', teamId: s.tenancy.id });
    expect(file.fileName).toBe('training-matrix-2026-06-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = book.getWorksheet('Matrix')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // the filter covers the heading row and every person's row, across every column
    expect(sheet.autoFilter).toBe('A1:G3');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    // the .xlsx neutralises it as the .csv does (a cell edited in Excel would otherwise become a formula)
    expect(values(2)).toEqual([
      '\'=HYPERLINK("http://x")',
      'ann.patel@example.gov.uk',
      'Tenancy',
      'Housing officer',
      'In date 2027-01-10',
      'In date',
      'Missing',
    ]);
    expect(values(3)).toEqual(['Cat Lewis', '', 'Tenancy', 'Housing officer', 'Missing', 'Missing', 'Missing']);
    expect((sheet.getCell(2, 7).fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFF9DCD9');
    const totals = book.getWorksheet('Totals')!;
    expect((totals.getRow(2).values as unknown[]).slice(1)).toEqual(['Complaints handling', 'Customer service', 'Yes', 2, 1, 0.5]);
  });
});

describe('a new version of a policy that a course teaches', () => {
  it('puts the staff who need the course on notice at the approving meeting, and the matrix shows them due, then missing', async () => {
    const s = await setUp();
    // Ann did the course before the new version; Ben has never done it and started recently.
    await t.call('training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2026-01-10' });
    let policy = await t.call('policies.create', { title: 'Complaints', category: 'customer_service', stage: 'drafting', stageEnteredOn: '2026-09-01' });
    policy = await t.call('policies.setStage', { id: policy.id, stage: 'awaiting_committee', enteredOn: '2026-10-01' });
    await t.call('courses.update', { id: s.complaints.id, patch: { policyId: policy.id, policyRefreshDays: 45 } });
    const committee = await t.call('committees.create', { name: 'Housing Management Sub-Committee' });
    const meeting = await t.call('meetings.create', { committeeId: committee.id, meetingDate: '2026-11-10', confirmPast: true });
    let m = await t.call('agenda.add', { meetingId: meeting.id, kind: 'policy_approval', title: 'Complaints Policy', policyId: policy.id });
    expect(m.items[0]!.trainingNotice).toBeNull();
    m = await t.call('agenda.decide', { id: m.items[0]!.id, decision: 'approved', newVersion: '4.0' });
    // Ann and Ben hold the role that needs the course; Cat had left by the meeting.
    expect(m.items[0]!.trainingNotice).toEqual({ people: 2, courses: ['Complaints handling'], by: '2026-12-25' });

    const ann = (asAt: string) => t.call('training.matrix', { asAt }).then((x) => x.people.find((p) => p.name === 'Ann Patel')!.cells[0]);
    expect(await ann('2026-11-09')).toEqual({ status: 'in_date', date: '2028-01-10' });
    expect(await ann('2026-12-24')).toEqual({ status: 'due', date: '2026-12-25' });
    expect(await ann('2026-12-25')).toEqual({ status: 'missing', date: null });
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  it('refuses a completion in the future, before the person started, or expiring before it was done; a waiver that has ended; a duplicate requirement', async () => {
    const s = await setUp();
    const before = snapshot(t.database);
    const cases: [string, unknown, string, RegExp][] = [
      ['training.record', { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2026-12-05' }, 'dateCompleted', /cannot be in the future/],
      ['training.record', { personId: s.ben.id, courseId: s.complaints.id, dateCompleted: '2026-09-30' }, 'dateCompleted', /Ben Okoro started on 1 Oct 2026/],
      [
        'training.record',
        { personId: s.ann.id, courseId: s.complaints.id, dateCompleted: '2026-01-01', expiryDate: '2025-12-31' },
        'expiryDate',
        /before the date completed/,
      ],
      ['training.record', { personId: 9999, courseId: s.complaints.id, dateCompleted: '2026-01-01' }, 'personId', /no person with id 9999/],
      ['training.record', { personId: s.ann.id, courseId: 9999, dateCompleted: '2026-01-01' }, 'courseId', /no course with id 9999/],
      [
        'training.waive',
        { personId: s.ann.id, courseId: s.complaints.id, reason: 'Long-term leave', until: '2026-12-03', agreedBy: 'Head of Housing' },
        'until',
        /today or later/,
      ],
      [
        'training.waive',
        { personId: s.ann.id, courseId: s.complaints.id, reason: ' ', until: '2027-01-01', agreedBy: 'Head of Housing' },
        'reason',
        /Enter reason/,
      ],
      ['requirements.add', { jobRoleId: s.officer.id, courseId: s.complaints.id }, 'courseId', /already needs this course/],
      ['courses.create', { name: 'complaints HANDLING' }, 'name', /already a course called Complaints handling/],
      ['courses.create', { name: 'Fire safety', refreshMonths: 0 }, 'refreshMonths', /at least 1/],
      ['people.update', { id: s.ann.id, patch: { leaveDate: '2019-01-01' } }, 'leaveDate', /before the start date/],
      ['people.update', { id: s.ann.id, patch: { lineManagerId: s.ann.id } }, 'lineManagerId', /own line manager/],
      ['people.create', { name: 'Dee', jobRoleId: 4242 }, 'jobRoleId', /no job role with id 4242/],
    ];
    for (const [name, input, field, message] of cases) {
      const r = await t.raw(name, input);
      expect(r, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { field, message: expect.stringMatching(message) } });
    }
    expect(snapshot(t.database)).toBe(before);
  });
});
