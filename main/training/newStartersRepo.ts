import type { NewStarters } from '../../shared/contract';
import { addDays, addMonths, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { requiredCells } from './cellsOf';
import { staffRows } from './staffRows';

/**
 * People who started in the last `months` months up to the date (and had not left), with their
 * required courses and deadline; those past their deadline with a course still missing first.
 */
export async function newStarters(db: ReadDb, o: { asAt: IsoDate; months: number; graceDays: number }): Promise<NewStarters> {
  const from = addMonths(o.asAt, -o.months);
  const people = await staffRows(db)
    .where('people.start_date', '>', from)
    .where('people.start_date', '<=', o.asAt)
    .where((eb) => eb.or([eb('people.leave_date', 'is', null), eb('people.leave_date', '>=', o.asAt)]))
    .execute();
  const cells = await requiredCells(db, { asAt: o.asAt, graceDays: o.graceDays, personIds: people.map((p) => p.id) });
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
      pastDeadline: courses.some((c) => c.status === 'missing'),
      courses,
    };
  });
  list.sort((a, b) => Number(b.pastDeadline) - Number(a.pastDeadline) || b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
  return { asAt: o.asAt, months: o.months, graceDays: o.graceDays, people: list };
}
