import type { NewStarters } from '../../shared/contract';
import { addDays, addMonths, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { requiredCells } from './cellsOf';
import { staffRows } from './staffRows';

/**
 * People who started in the last `months` months up to the date (and had not left), with their
 * required courses and deadline; those past their deadline with a required course never done first.
 */
export async function newStarters(db: ReadDb, o: { asAt: IsoDate; months: number; graceDays: number }): Promise<NewStarters> {
  const from = addMonths(o.asAt, -o.months);
  const people = await staffRows(db)
    .where('people.start_date', '>', from)
    .where('people.start_date', '<=', o.asAt)
    .where((eb) => eb.or([eb('people.leave_date', 'is', null), eb('people.leave_date', '>=', o.asAt)]))
    .execute();
  const personIds = people.map((p) => p.id);
  const cells = await requiredCells(db, { asAt: o.asAt, graceDays: o.graceDays, personIds });
  // A course done once and then voided by a new version of its policy is a missed refresher, not a
  // missed starter deadline (the committee paper counts it the same way).
  const everDone = new Set(
    personIds.length === 0
      ? []
      : (
          await db
            .selectFrom('training_completions')
            .select(['person_id', 'course_id'])
            .where('person_id', 'in', personIds)
            .where('date_completed', '<=', o.asAt)
            .distinct()
            .execute()
        ).map((c) => `${c.person_id} ${c.course_id}`),
  );
  const list = people.map((p) => {
    const courses = cells.get(p.id) ?? [];
    return {
      personId: p.id,
      name: p.name,
      teamName: p.team_name,
      jobRoleName: p.job_role_name,
      lineManagerName: p.line_manager_name,
      startDate: p.start_date!,
      deadline: addDays(p.start_date!, o.graceDays),
      pastDeadline: courses.some((c) => c.status === 'missing' && !everDone.has(`${p.id} ${c.courseId}`)),
      courses,
    };
  });
  list.sort((a, b) => Number(b.pastDeadline) - Number(a.pastDeadline) || b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
  return { asAt: o.asAt, months: o.months, graceDays: o.graceDays, people: list };
}
