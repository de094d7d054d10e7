import { sql } from 'kysely';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells } from './matrixSql';

// The committee paper's training figures, grouped in SQL over the matrix as at the paper's date:
// one statement, the cells worked out once and each grouping read from them.

/** Someone who started within this many months before the date is a new starter. */
export const NEW_STARTER_MONTHS = 12;

export interface CourseFigures {
  courseId: number;
  name: string;
  mandatory: boolean;
  required: number;
  compliant: number;
}
export interface TeamFigures {
  /** null: people in no team */
  teamId: number | null;
  name: string | null;
  /** people with a mandatory course required */
  people: number;
  /** mandatory courses only */
  required: number;
  compliant: number;
}
export interface TeamCourseFigures {
  teamId: number | null;
  courseId: number;
  required: number;
  compliant: number;
}
export interface PersonNamed {
  personId: number;
  name: string;
  team: string | null;
  lineManager: string | null;
}
export interface LapsedPerson extends PersonNamed {
  expired: string[];
  missing: string[];
}
export interface LateStarter extends PersonNamed {
  startDate: IsoDate;
  /** required courses never completed */
  courses: string[];
}
export interface RefresherFigures {
  courseId: number;
  course: string;
  policy: string;
  approvedOn: IsoDate;
  /** approval date + the course's refresh window */
  deadline: IsoDate;
  /** people whose completion the approval voided, with the window open */
  due: number;
  /** the same, with the window closed */
  missing: number;
}

export interface TrainingPaperFigures {
  courses: CourseFigures[];
  teams: TeamFigures[];
  teamCourses: TeamCourseFigures[];
  lapsed: LapsedPerson[];
  lateStarters: LateStarter[];
  refreshers: RefresherFigures[];
}

type Row =
  | { kind: 'course'; data: string }
  | { kind: 'team'; data: string }
  | { kind: 'teamCourse'; data: string }
  | { kind: 'lapsed'; data: string }
  | { kind: 'starter'; data: string }
  | { kind: 'refresher'; data: string };

const lines = (s: string | null): string[] => (s ? s.split('\n') : []);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Every figure the paper's training part reports as at `asAt`: by course (every course someone
 * needs), by team (mandatory courses), by team and course, the people with a course expired or
 * missing, new starters whose grace period has ended with a required course never done, and the
 * people a policy approval put on notice who have not done the course again.
 */
export async function trainingPaperFigures(db: ReadDb, asAt: IsoDate, graceDays: number): Promise<TrainingPaperFigures> {
  const compliant = sql`sum(case when f.status in ('in_date', 'due_soon', 'waived') then 1 else 0 end)`;
  const person = sql`'personId', p.id, 'name', p.name, 'team', tm.name, 'lineManager', m.name`;
  const { rows } = await sql<Row>`
    with cells as materialized (${matrixCells({ asAt, graceDays })}),
    facts as materialized (
      select c.person_id, c.course_id, c.status, k.mandatory, p.team_id
      from cells c join courses k on k.id = c.course_id join people p on p.id = c.person_id
    ),
    approvals as materialized (
      select c.id as course_id, c.policy_refresh_days, c.policy_id, (
        select max(s.entered_on) from policy_stages s where s.policy_id = c.policy_id and s.stage = 'approved' and s.entered_on <= ${asAt}
      ) as approved_on
      from courses c where c.policy_id is not null
    )
    select 'course' as kind, json_object('courseId', k.id, 'name', k.name, 'mandatory', json(case when k.mandatory = 1 then 'true' else 'false' end),
      'required', count(*), 'compliant', ${compliant}) as data
    from facts f join courses k on k.id = f.course_id group by k.id
    union all
    select 'team', json_object('teamId', f.team_id, 'name', tm.name, 'people', count(distinct f.person_id), 'required', count(*), 'compliant', ${compliant})
    from facts f left join teams tm on tm.id = f.team_id where f.mandatory = 1 group by f.team_id
    union all
    select 'teamCourse', json_object('teamId', f.team_id, 'courseId', f.course_id, 'required', count(*), 'compliant', ${compliant})
    from facts f group by f.team_id, f.course_id
    union all
    select 'lapsed', json_object(${person},
      'expired', group_concat(case when f.status = 'expired' then k.name end, char(10) order by k.name),
      'missing', group_concat(case when f.status = 'missing' then k.name end, char(10) order by k.name))
    from facts f join courses k on k.id = f.course_id join people p on p.id = f.person_id
      left join teams tm on tm.id = p.team_id left join people m on m.id = p.line_manager_id
    where f.status in ('expired', 'missing') group by p.id
    union all
    select 'starter', json_object(${person}, 'startDate', p.start_date, 'courses', group_concat(k.name, char(10) order by k.name))
    from facts f join courses k on k.id = f.course_id join people p on p.id = f.person_id
      left join teams tm on tm.id = p.team_id left join people m on m.id = p.line_manager_id
    where f.status = 'missing' and p.start_date > date(${asAt}, '-${sql.raw(String(NEW_STARTER_MONTHS))} months')
      and not exists (select 1 from training_completions t where t.person_id = f.person_id and t.course_id = f.course_id and t.date_completed <= ${asAt})
    group by p.id
    union all
    select 'refresher', json_object('courseId', k.id, 'course', k.name, 'policy', pol.title, 'approvedOn', a.approved_on,
      'deadline', date(a.approved_on, '+' || a.policy_refresh_days || ' days'),
      'due', sum(case when f.status = 'due' then 1 else 0 end), 'missing', sum(case when f.status = 'missing' then 1 else 0 end))
    from approvals a join courses k on k.id = a.course_id join policies pol on pol.id = a.policy_id
      join facts f on f.course_id = a.course_id and f.status in ('due', 'missing')
        and exists (select 1 from training_completions t where t.person_id = f.person_id and t.course_id = f.course_id and t.date_completed < a.approved_on)
    where a.approved_on is not null
    group by k.id`.execute(sqlReader(db));

  const of = <K extends Row['kind'], T>(kind: K) => rows.filter((r) => r.kind === kind).map((r) => JSON.parse(r.data) as T);
  return {
    courses: of<'course', CourseFigures>('course').sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || byName(a, b)),
    teams: of<'team', TeamFigures>('team').sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name))),
    teamCourses: of<'teamCourse', TeamCourseFigures>('teamCourse'),
    lapsed: of<'lapsed', Omit<LapsedPerson, 'expired' | 'missing'> & { expired: string | null; missing: string | null }>('lapsed')
      .map((p) => ({ ...p, expired: lines(p.expired), missing: lines(p.missing) }))
      .sort(byName),
    lateStarters: of<'starter', Omit<LateStarter, 'courses'> & { courses: string }>('starter')
      .map((p) => ({ ...p, courses: lines(p.courses) }))
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || byName(a, b)),
    refreshers: of<'refresher', RefresherFigures>('refresher').sort((a, b) => a.course.localeCompare(b.course)),
  };
}
