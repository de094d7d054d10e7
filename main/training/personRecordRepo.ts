import type { PersonRecord } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { countsAsCompliant, employedOn, trainingFigure } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { notFound } from '../core/errors';
import { requiredCells } from './cellsOf';
import { staffRows } from './staffRows';

/** One person's training as at a date (each course they need) and everything ever recorded for them. */
export async function personRecord(db: ReadDb, o: { id: number; asAt: IsoDate; graceDays: number }): Promise<PersonRecord> {
  const p = await staffRows(db).select(['people.email', 'people.leave_date']).where('people.id', '=', o.id).executeTakeFirst();
  if (!p) throw notFound('The person');
  const required = (await requiredCells(db, { asAt: o.asAt, graceDays: o.graceDays, personIds: [p.id] })).get(p.id) ?? [];
  const employed = employedOn({ startDate: p.start_date, leaveDate: p.leave_date }, o.asAt);

  const completions = await db
    .selectFrom('training_completions as t')
    .innerJoin('courses', 'courses.id', 't.course_id')
    .select(['t.id', 'courses.name as course_name', 't.date_completed', 't.expiry_date', 't.evidence'])
    .where('t.person_id', '=', p.id)
    .execute();
  const waivers = await db
    .selectFrom('training_waivers as w')
    .innerJoin('courses', 'courses.id', 'w.course_id')
    .select(['w.id', 'courses.name as course_name', 'w.agreed_on', 'w.until_date', 'w.reason', 'w.agreed_by'])
    .where('w.person_id', '=', p.id)
    .execute();
  const history: PersonRecord['history'] = [
    ...completions.map((c) => ({
      kind: 'completion' as const,
      id: c.id,
      courseName: c.course_name,
      date: c.date_completed,
      expiryDate: c.expiry_date,
      evidence: c.evidence,
    })),
    ...waivers.map((w) => ({
      kind: 'waiver' as const,
      id: w.id,
      courseName: w.course_name,
      date: w.agreed_on,
      until: w.until_date,
      reason: w.reason,
      agreedBy: w.agreed_by,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);

  return {
    asAt: o.asAt,
    person: {
      id: p.id,
      name: p.name,
      email: p.email,
      teamName: p.team_name,
      jobRoleName: p.job_role_name,
      lineManagerName: p.line_manager_name,
      startDate: p.start_date,
      leaveDate: p.leave_date,
    },
    employed,
    figure: trainingFigure(required.length, required.filter((c) => countsAsCompliant(c.status)).length),
    required,
    history,
  };
}
