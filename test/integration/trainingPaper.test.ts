import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitteePaper } from '../../shared/contract';
import { countsAsCompliant, trainingCell, trainingFigure, type TrainingCell } from '../../shared/domain/training';
import { loadTraining } from '../../main/exports/paperParts/training';
import { makeCore, type TestCore } from '../helpers/testCore';

// The committee paper's training part: its figures, grouped in SQL, against the cells the pure
// rules of shared/domain/training.ts give for the same records.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04' });
});
afterEach(async () => t.close());

const asAt = '2026-12-04';

async function setUp() {
  await t.call('settings.update', { trainingGraceDays: 60, trainingTarget: 80 });
  const tenancy = await t.call('teams.create', { name: 'Tenancy' });
  const repairs = await t.call('teams.create', { name: 'Repairs' });
  const officer = await t.call('jobRoles.create', { name: 'Housing officer' });
  const manager = await t.call('jobRoles.create', { name: 'Manager' });
  const policy = await t.call('policies.create', { title: 'Complaints', stage: 'approved', approvalDate: '2026-11-20', reviewPeriodMonths: 36 });
  const complaints = await t.call('courses.create', { name: 'Complaints handling', category: 'Customer service', refreshMonths: 24, mandatory: true });
  await t.call('courses.update', { id: complaints.id, patch: { policyId: policy.id, policyRefreshDays: 60 } });
  const safeguarding = await t.call('courses.create', { name: 'Safeguarding adults', category: 'Safeguarding', refreshMonths: 12, mandatory: true });
  const induction = await t.call('courses.create', { name: 'Induction', category: 'Induction', refreshMonths: null, mandatory: true });
  const asbestos = await t.call('courses.create', { name: 'Asbestos awareness', category: 'Health and safety', refreshMonths: 36, mandatory: false });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: complaints.id });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: induction.id });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: safeguarding.id, teamId: tenancy.id });
  await t.call('requirements.add', { jobRoleId: manager.id, courseId: complaints.id });
  await t.call('requirements.add', { jobRoleId: manager.id, courseId: asbestos.id });
  const person = (name: string, teamId: number | null, jobRoleId: number, startDate: string, more: { leaveDate?: string; lineManagerId?: number } = {}) =>
    t.call('people.create', { name, teamId, jobRoleId, startDate, ...more });
  const dan = await person('Dan Hughes', null, manager.id, '2018-01-01');
  const ann = await person('Ann Patel', tenancy.id, officer.id, '2020-04-01', { lineManagerId: dan.id });
  // started 2026-06-01: grace ended 2026-07-31, induction never done
  await person('Ben Okoro', repairs.id, officer.id, '2026-06-01', { lineManagerId: ann.id });
  // within the grace period
  await person('Cat Lewis', tenancy.id, officer.id, '2026-10-15');
  // started 13 months before: not a new starter
  const eve = await person('Eve Shah', tenancy.id, officer.id, '2025-11-01');
  // a new starter past the deadline with one course done (and then voided by the policy)
  const fay = await person('Fay Brown', tenancy.id, officer.id, '2025-12-10', { lineManagerId: dan.id });
  const gus = await person('Gus Leaver', repairs.id, officer.id, '2019-01-01', { leaveDate: '2026-06-30' });
  const record = (personId: number, courseId: number, dateCompleted: string) => t.call('training.record', { personId, courseId, dateCompleted });
  await record(ann.id, complaints.id, '2025-01-10'); // before the policy's approval: voided, due by 2027-01-19
  await record(ann.id, safeguarding.id, '2025-10-01'); // expired 2026-10-01
  await record(ann.id, induction.id, '2020-04-02');
  await record(dan.id, complaints.id, '2026-11-25');
  await t.call('training.waive', { personId: dan.id, courseId: asbestos.id, reason: 'Off site', until: '2027-03-31', agreedBy: 'Director' });
  await record(eve.id, complaints.id, '2026-11-21');
  await record(eve.id, safeguarding.id, '2026-01-10'); // due soon: expires 2027-01-10
  await record(fay.id, complaints.id, '2026-01-15'); // voided
  await record(gus.id, induction.id, '2019-01-02');
  return { complaints, safeguarding, induction, asbestos };
}

/** Every cell as at the date by the pure rules, from the records as stored. */
async function cellsByRules() {
  const db = t.database.db;
  const people = await db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .select(['people.id', 'people.name', 'people.team_id', 'people.job_role_id', 'people.start_date', 'people.leave_date', 'teams.name as team'])
    .execute();
  const courses = await db.selectFrom('courses').selectAll().execute();
  const requirements = await db.selectFrom('course_requirements').selectAll().execute();
  const completions = await db.selectFrom('training_completions').selectAll().orderBy('id').execute();
  const waivers = await db.selectFrom('training_waivers').selectAll().execute();
  const approvals = await db
    .selectFrom('policy_stages')
    .select(['policy_id', 'entered_on'])
    .where('stage', '=', 'approved')
    .where('entered_on', '<=', asAt)
    .execute();
  const out: { person: (typeof people)[number]; course: (typeof courses)[number]; cell: TrainingCell }[] = [];
  for (const p of people)
    for (const c of courses) {
      const cell = trainingCell(
        {
          person: { startDate: p.start_date, leaveDate: p.leave_date },
          course: { refreshMonths: c.refresh_months, policyRefreshDays: c.policy_refresh_days },
          required: requirements.some((r) => r.course_id === c.id && r.job_role_id === p.job_role_id && (r.team_id === null || r.team_id === p.team_id)),
          completions: completions
            .filter((x) => x.person_id === p.id && x.course_id === c.id)
            .map((x) => ({ dateCompleted: x.date_completed, expiryDate: x.expiry_date })),
          waivers: waivers.filter((w) => w.person_id === p.id && w.course_id === c.id).map((w) => ({ agreedOn: w.agreed_on, until: w.until_date })),
          policyApprovedOn:
            approvals
              .filter((a) => a.policy_id === c.policy_id)
              .map((a) => a.entered_on)
              .sort()
              .at(-1) ?? null,
          graceDays: 60,
        },
        asAt,
      );
      if (cell && cell.status !== 'not_required') out.push({ person: p, course: c, cell });
    }
  return out;
}

const figureOf = (cells: { cell: TrainingCell }[]) => trainingFigure(cells.length, cells.filter((c) => countsAsCompliant(c.cell.status)).length);

describe('the committee paper’s training part', () => {
  it('counts compliance by course, by team, by team and course and for mandatory courses as the rules do, with the target from the settings', async () => {
    await setUp();
    const part = await loadTraining(t.database.db, { paper: {} as CommitteePaper, asAt, since: '0000-01-01' });
    const cells = await cellsByRules();
    expect(part.target).toBe(80);
    expect(part.mandatory).toEqual(figureOf(cells.filter((c) => c.course.mandatory === 1)));
    // officers: complaints and induction, and safeguarding in Tenancy (5 + 5 + 4); Dan: complaints. In date: Ann's
    // induction, Dan's and Eve's complaints handling, Eve's safeguarding (due soon).
    expect(part.mandatory).toEqual({ required: 15, compliant: 4, percent: 26.7 });
    // mandatory courses first, then by name
    expect(part.courses.map((c) => c.name)).toEqual(['Complaints handling', 'Induction', 'Safeguarding adults', 'Asbestos awareness']);
    for (const c of part.courses)
      expect([c.name, c.required, c.compliant, c.percent]).toEqual([c.name, ...Object.values(figureOf(cells.filter((x) => x.course.id === c.courseId)))]);
    expect(part.teams.map((x) => [x.name, x.people, x.required, x.compliant])).toEqual(
      ['Repairs', 'Tenancy', null].map((team) => {
        const mine = cells.filter((c) => c.course.mandatory === 1 && c.person.team === team);
        const f = figureOf(mine);
        return [team ?? 'No team', new Set(mine.map((c) => c.person.id)).size, f.required, f.compliant];
      }),
    );
    expect(part.byTeamAndCourse.map((r) => r.team)).toEqual(['Repairs', 'Tenancy', 'No team']);
    part.byTeamAndCourse.forEach((row) =>
      row.cells.forEach((cell, i) => {
        const mine = cells.filter((c) => c.course.id === part.courses[i]!.courseId && (c.person.team ?? 'No team') === row.team);
        expect(cell).toEqual(mine.length ? figureOf(mine) : null);
      }),
    );
    const lapsed = [...new Set(cells.filter((c) => c.cell.status === 'expired' || c.cell.status === 'missing').map((c) => c.person.name))].sort();
    expect(part.lapsed.map((p) => p.name)).toEqual(lapsed);
    expect(part.lapsed.find((p) => p.name === 'Ann Patel')).toMatchObject({
      team: 'Tenancy',
      lineManager: 'Dan Hughes',
      expired: ['Safeguarding adults'],
      missing: [],
    });
  });

  it('names new starters whose grace period has ended with a required course never done, and counts the refreshers a policy’s approval made due', async () => {
    await setUp();
    const part = await loadTraining(t.database.db, { paper: {} as CommitteePaper, asAt, since: '0000-01-01' });
    // Ben and Fay started within the 12 months and their 60 days are over; Cat's are not; Eve started 13 months ago.
    // Fay did complaints handling (voided by the policy): it is not "never done".
    expect(part.lateStarters.map((p) => [p.name, p.team, p.lineManager, p.courses])).toEqual([
      ['Fay Brown', 'Tenancy', 'Dan Hughes', ['Induction', 'Safeguarding adults']],
      ['Ben Okoro', 'Repairs', 'Ann Patel', ['Induction']],
    ]);
    // Ann's and Fay's completions came before the approval of 20 November; Ben never did it, so it is not a refresher.
    expect(part.refreshers).toEqual([
      {
        courseId: expect.any(Number),
        course: 'Complaints handling',
        policy: 'Complaints',
        approvedOn: '2026-11-20',
        deadline: '2027-01-19',
        due: 2,
        missing: 0,
      },
    ]);
    const later = await loadTraining(t.database.db, { paper: {} as CommitteePaper, asAt: '2027-01-19', since: '0000-01-01' });
    expect(later.refreshers.map((r) => [r.due, r.missing])).toEqual([[0, 2]]);
  });
});
