import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingMatrix } from '../../shared/contract';
import { addDays, addMonths, daysBetween } from '../../shared/domain/dates';
import { countsAsCompliant, trainingFigure } from '../../shared/domain/training';
import { makeCore, type TestCore } from '../helpers/testCore';

// The training views, each checked against the matrix the screen shows (itself held to the pure
// rules by trainingMatrix.test.ts), on the demo's 56 staff and 10 courses, today and a year ago.

let t: TestCore;
beforeAll(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
});
afterAll(async () => t.close());

const DATES = ['2026-12-04', '2025-12-04'];

describe.each(DATES)('as at %s', (asAt) => {
  let matrix: TrainingMatrix;
  beforeAll(async () => {
    matrix = await t.call('training.matrix', { asAt });
  });

  it('the heatmap is the matrix counted by team and course', async () => {
    const heat = await t.call('training.heatmap', { asAt });
    const expected = new Map<string, { required: number; compliant: number }>();
    for (const p of matrix.people)
      p.cells.forEach((c, i) => {
        if (c.status === 'not_required') return;
        const key = `${p.teamId} ${matrix.courses[i]!.id}`;
        const e = expected.get(key) ?? { required: 0, compliant: 0 };
        e.required++;
        if (countsAsCompliant(c.status)) e.compliant++;
        expected.set(key, e);
      });
    expect(heat.cells.length).toBe(expected.size);
    for (const cell of heat.cells) {
      const e = expected.get(`${cell.teamId} ${cell.courseId}`)!;
      expect(cell).toEqual({ teamId: cell.teamId, courseId: cell.courseId, ...trainingFigure(e.required, e.compliant) });
    }
    expect(heat.teams.length).toBeGreaterThanOrEqual(5);
  });

  it('a course’s page counts the matrix’s column and lists its expired and missing, most overdue first', async () => {
    for (const [i, course] of matrix.courses.entries()) {
      const page = await t.call('training.course', { id: course.id, asAt });
      expect(page.figure).toEqual({ required: course.required, compliant: course.compliant, percent: course.percent });
      const column = matrix.people.map((p) => ({ p, c: p.cells[i]! }));
      const overdue = column.filter(({ c }) => c.status === 'expired' || c.status === 'missing');
      expect(page.overdue.map((o) => o.personId).sort()).toEqual(overdue.map(({ p }) => p.id).sort());
      const days = page.overdue.map((o) => o.daysOverdue ?? Infinity);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      for (const o of page.overdue.filter((x) => x.status === 'expired')) expect(o.daysOverdue).toBe(daysBetween(o.expired!, asAt));
      expect(page.counts.missing + page.counts.expired).toBe(overdue.length);
      expect(page.neededBy.length).toBeGreaterThan(0);
    }
  });

  it('a person’s record is their row of the matrix, with every completion and waiver, newest first', async () => {
    for (const p of matrix.people.slice(0, 12)) {
      const record = await t.call('training.person', { id: p.id, asAt });
      expect(record.employed).toBe(true);
      expect(record.figure).toEqual({ required: p.required, compliant: p.compliant, percent: p.percent });
      const expected = p.cells.map((c, i) => ({ c, course: matrix.courses[i]! })).filter(({ c }) => c.status !== 'not_required');
      expect(record.required.map((r) => [r.courseId, r.status, r.date]).sort()).toEqual(expected.map(({ c, course }) => [course.id, c.status, c.date]).sort());
      const recorded =
        (t.database.sqlite.prepare('select count(*) as n from training_completions where person_id = ?').get(p.id) as { n: number }).n +
        (t.database.sqlite.prepare('select count(*) as n from training_waivers where person_id = ?').get(p.id) as { n: number }).n;
      expect(record.history).toHaveLength(recorded);
      expect(record.history.map((h) => h.date)).toEqual(
        record.history
          .map((h) => h.date)
          .sort()
          .reverse(),
      );
    }
  });

  it('new starters are the matrix’s people who started in the months before, past their deadline first', async () => {
    const starters = await t.call('training.newStarters', { asAt, months: 6 });
    expect(starters.people.length).toBeGreaterThan(0);
    const from = addMonths(asAt, -6);
    const expected = matrix.people.filter((p) => p.startDate !== null && p.startDate > from && p.startDate <= asAt);
    expect(starters.people.map((s) => s.personId).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const s of starters.people) {
      const row = matrix.people.find((p) => p.id === s.personId)!;
      expect(s.deadline).toBe(addDays(s.startDate, starters.graceDays));
      const neverDone = (courseId: number) =>
        !t.database.sqlite
          .prepare('select 1 from training_completions where person_id = ? and course_id = ? and date_completed <= ?')
          .get(s.personId, courseId, asAt);
      expect(s.pastDeadline).toBe(row.cells.some((c, i) => c.status === 'missing' && neverDone(matrix.courses[i]!.id)));
      expect(s.courses).toHaveLength(row.required);
    }
    const flags = starters.people.map((s) => s.pastDeadline);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });
});

describe('the views refuse', () => {
  it('an unknown course or person, and months out of range, by field', async () => {
    expect(await t.raw('training.course', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.raw('training.person', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.raw('training.newStarters', { months: 0 })).toMatchObject({ ok: false, error: { field: 'months', message: 'Months must be at least 1.' } });
  });
});
