import { sql } from 'kysely';
import type { CoursePage, OverduePerson } from '../../shared/contract';
import { addDays, daysBetween, type IsoDate } from '../../shared/domain/dates';
import { trainingFigure, type TrainingStatus } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { getCourse } from './catalogueRepo';
import { matrixCells } from './matrixSql';

const STATUSES: TrainingStatus[] = ['in_date', 'due_soon', 'waived', 'due', 'expired', 'missing', 'not_required'];

/** One course as at a date: who needs it, how many are in date, and who is overdue, most overdue first. */
export async function coursePage(db: ReadDb, o: { id: number; asAt: IsoDate; graceDays: number }): Promise<CoursePage> {
  const course = await getCourse(db, o.id);
  const approved = course.policyId
    ? await db
        .selectFrom('policy_stages')
        .select((eb) => eb.fn.max('entered_on').as('on'))
        .where('policy_id', '=', course.policyId)
        .where('stage', '=', 'approved')
        .where('entered_on', '<=', o.asAt)
        .executeTakeFirst()
    : undefined;
  const policyApprovedOn = (approved?.on as IsoDate | null | undefined) ?? null;

  const cells = await sql<{
    person_id: number;
    status: TrainingStatus;
    date: IsoDate | null;
    name: string;
    team_id: number | null;
    job_role_id: number | null;
    start_date: IsoDate | null;
    team_name: string | null;
    line_manager_name: string | null;
  }>`
    with cells as materialized (${matrixCells({ asAt: o.asAt, graceDays: o.graceDays, courseIds: [o.id] })})
    select c.person_id, c.status, c.date, p.name, p.team_id, p.job_role_id, p.start_date, t.name as team_name, m.name as line_manager_name
    from cells c
    join people p on p.id = c.person_id
    left join teams t on t.id = p.team_id
    left join people m on m.id = p.line_manager_id`.execute(sqlReader(db));

  const requirements = await db
    .selectFrom('course_requirements as r')
    .innerJoin('job_roles', 'job_roles.id', 'r.job_role_id')
    .leftJoin('teams', 'teams.id', 'r.team_id')
    .select(['r.job_role_id', 'r.team_id', 'job_roles.name as job_role_name', 'teams.name as team_name'])
    .where('r.course_id', '=', o.id)
    .orderBy('job_roles.name')
    .execute();

  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TrainingStatus, number>;
  for (const c of cells.rows) counts[c.status]++;
  // the deadline a missing course was due by: the end of the person's grace period, or the policy's refresh window
  const deadlineOf = (start: IsoDate | null) => {
    const dates = [start && addDays(start, o.graceDays), policyApprovedOn && addDays(policyApprovedOn, course.policyRefreshDays)].filter(
      (d): d is IsoDate => !!d,
    );
    return dates.sort().at(-1) ?? null;
  };
  const overdue: OverduePerson[] = cells.rows
    .filter((c): c is typeof c & { status: 'expired' | 'missing' } => c.status === 'expired' || c.status === 'missing')
    .map((c) => {
      const since = c.status === 'expired' ? c.date : deadlineOf(c.start_date);
      return {
        personId: c.person_id,
        name: c.name,
        teamName: c.team_name,
        lineManagerName: c.line_manager_name,
        status: c.status,
        expired: c.status === 'expired' ? c.date : null,
        daysOverdue: since ? daysBetween(since, o.asAt) : null,
      };
    })
    .sort((a, b) => (b.daysOverdue ?? Infinity) - (a.daysOverdue ?? Infinity) || a.name.localeCompare(b.name));

  return {
    asAt: o.asAt,
    course: {
      id: course.id,
      name: course.name,
      category: course.category,
      provider: course.provider,
      refreshMonths: course.refreshMonths,
      mandatory: course.mandatory,
      policyTitle: course.policyTitle,
      policyApprovedOn,
      policyRefreshDays: course.policyRefreshDays,
    },
    figure: trainingFigure(cells.rows.length, counts.in_date + counts.due_soon + counts.waived),
    neededBy: requirements.map((r) => ({
      jobRoleName: r.job_role_name,
      teamName: r.team_name,
      people: cells.rows.filter((c) => c.job_role_id === r.job_role_id && (r.team_id === null || c.team_id === r.team_id)).length,
    })),
    counts,
    overdue,
  };
}
