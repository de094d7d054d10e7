import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { NEW_STARTER_MONTHS, trainingPaperFigures } from '../../main/training/paperFiguresRepo';
import { makeCore, type TestCore } from '../helpers/testCore';

// "New starter past their deadline" means the same on the Training screen and in the committee
// paper: a required course never done once the grace period has ended. A course done and then
// voided by a new version of its policy is a missed refresher, not a missed starter deadline.

const ASAT = '2026-12-04';
let t: TestCore;
beforeAll(async () => {
  t = await makeCore({ today: ASAT, demo: true });
});
afterAll(async () => t.close());

async function bothLists() {
  const graceDays = (await t.call('training.newStarters', { asAt: ASAT, months: NEW_STARTER_MONTHS })).graceDays;
  const screen = await t.call('training.newStarters', { asAt: ASAT, months: NEW_STARTER_MONTHS });
  const paper = await trainingPaperFigures(t.database.db, ASAT, graceDays);
  return {
    screen: screen.people
      .filter((p) => p.pastDeadline)
      .map((p) => p.personId)
      .sort(),
    paper: paper.lateStarters.map((p) => p.personId).sort(),
  };
}

describe('new starters past their deadline', () => {
  it('are the same people on the screen and in the paper, on the demo', async () => {
    const { screen, paper } = await bothLists();
    expect(screen.length).toBeGreaterThan(0);
    expect(screen).toEqual(paper);
  });

  it('do not include a starter whose only missing course was done and then voided by a new policy version', async () => {
    const s = t.database.sqlite;
    // A course linked to a policy, with a new version approved 100 days ago and 60 days to redo it.
    const policy = s.prepare('select id from policies order by id limit 1').get() as { id: number };
    const approvedOn = addDays(ASAT, -100);
    s.prepare("insert into policy_stages (policy_id, stage, entered_on) values (?, 'approved', ?)").run(policy.id, approvedOn);
    // A starter of 5 months ago, within the grace period of no course (90 days), compliant on everything …
    const starter = (await t.call('training.newStarters', { asAt: ASAT, months: NEW_STARTER_MONTHS })).people.find(
      (p) => !p.pastDeadline && p.startDate < addDays(ASAT, -150) && p.courses.length > 0,
    )!;
    expect(starter).toBeDefined();
    const course = starter.courses[0]!;
    s.prepare('update courses set policy_id = ?, policy_refresh_days = 60 where id = ?').run(policy.id, course.courseId);
    // … who did the course after starting, before the new version.
    s.prepare('delete from training_completions where person_id = ? and course_id = ?').run(starter.personId, course.courseId);
    s.prepare("insert into training_completions (person_id, course_id, date_completed, evidence, created_at, updated_at) values (?, ?, ?, '', ?, ?)").run(
      starter.personId,
      course.courseId,
      addDays(starter.startDate, 10),
      `${ASAT}T09:00:00Z`,
      `${ASAT}T09:00:00Z`,
    );
    const after = (await t.call('training.newStarters', { asAt: ASAT, months: NEW_STARTER_MONTHS })).people.find((p) => p.personId === starter.personId)!;
    expect(after.courses.find((c) => c.courseId === course.courseId)!.status).toBe('missing');
    expect(after.pastDeadline).toBe(false);
    const { screen, paper } = await bothLists();
    expect(screen).toEqual(paper);
  });
});
