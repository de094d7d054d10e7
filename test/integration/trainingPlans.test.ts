import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matrixCells } from '../../main/training/matrixSql';
import { makeCore, type TestCore } from '../helpers/testCore';

// The training matrix's plan (issue 15): at 2,000 staff x 30 courses, only the required cells are
// worked out, found from each person's role by index, and each looks up its waiver and latest
// completion by index, once.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-06' });
  const officer = await t.call('jobRoles.create', { name: 'Housing officer' });
  const course = await t.call('courses.create', { name: 'Complaints handling', category: 'Customer service', refreshMonths: 24, mandatory: true });
  await t.call('requirements.add', { jobRoleId: officer.id, courseId: course.id });
  await t.call('people.create', { name: 'Ann Patel', jobRoleId: officer.id, startDate: '2020-04-01' });
});
afterEach(async () => t.close());

function plan(): string[] {
  const compiled = matrixCells({ asAt: '2026-12-06', graceDays: 90 }).compile(t.database.db);
  const rows = t.database.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe('the training matrix’s plan', () => {
  it('finds the required cells from each person’s role by index, never pairing every person with every course', () => {
    const lines = plan();
    expect(lines).toContain('SEARCH r USING INDEX course_requirements_once (job_role_id=?)');
    expect(lines.some((l) => /SCAN r\b/.test(l))).toBe(false);
  });

  it('looks up each required cell’s waiver and latest completion by index, once each', () => {
    const lines = plan();
    expect(lines.filter((l) => l.startsWith('SEARCH w USING INDEX training_waivers_cell (person_id=? AND course_id=?'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('SEARCH t USING COVERING INDEX training_completions_cell (person_id=? AND course_id=?'))).toHaveLength(1);
    expect(lines.filter((l) => /^SCAN (t|w|tc)\b/.test(l))).toEqual([]);
  });
});
