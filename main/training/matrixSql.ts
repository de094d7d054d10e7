import { sql, type RawBuilder } from 'kysely';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import { DUE_SOON_DAYS, type TrainingStatus } from '../../shared/domain/training';

// The training matrix as at a date, worked out in SQL by the rules of shared/domain/training.ts
// (test/integration/trainingMatrix.test.ts holds the two to the same answers). `matrixCells`
// is a query of every course required of a person employed on the date, with the cell's status
// and date; the matrix, its totals and the compliance figures all select from it.

export interface MatrixCellRow {
  person_id: number;
  course_id: number;
  /** a cell not required is not in the query */
  status: Exclude<TrainingStatus, 'not_required'>;
  /** the expiry (in date, due soon, expired), the deadline (due), else null */
  date: IsoDate | null;
}

export interface MatrixOptions {
  asAt: IsoDate;
  graceDays: number;
  /** only this team's people */
  teamId?: number | null;
  /** only these courses */
  courseIds?: readonly number[];
  /** only these people */
  personIds?: readonly number[];
}

/**
 * The people employed on the date (of the team, and among the people, asked for), each with the
 * day a new starter's grace ends: a CTE body, so that a query can list people with no cell required.
 */
export function matrixStaff(
  o: MatrixOptions,
): RawBuilder<{ id: number; team_id: number | null; job_role_id: number | null; starter_deadline: IsoDate | null }> {
  const d = o.asAt;
  const team = o.teamId ? sql`and p.team_id = ${o.teamId}` : sql``;
  const people = o.personIds ? sql`and p.id in (${sql.join(o.personIds.length ? o.personIds : [0])})` : sql``;
  return sql`
    select p.id, p.team_id, p.job_role_id, date(p.start_date, '+' || ${o.graceDays} || ' days') as starter_deadline from people p
    where (p.start_date is null or p.start_date <= ${d})
      and (p.leave_date is null or p.leave_date >= ${d})
      and (p.active = 1 or p.leave_date is not null)
      ${team} ${people}`;
}

/**
 * The required cells' query, to be used as a CTE body: `with cells as (${matrixCells(o)}) select …`,
 * or after `staff as (${matrixStaff(o)})` with `staffDeclared`.
 * A person and course not in it is not required (`not_required`), which every use of the matrix
 * leaves out or takes as the default: half of a large landlord's cells, not worked out at all.
 */
export function matrixCells(o: MatrixOptions, { staffDeclared = false }: { staffDeclared?: boolean } = {}): RawBuilder<MatrixCellRow> {
  const d = o.asAt;
  // a query that lists the staff itself declares them once, as `staff`, for the cells to read
  const staff = staffDeclared ? sql`` : sql`staff as materialized (${matrixStaff(o)}),`;
  const courses = o.courseIds ? sql`where c.id in (${sql.join(o.courseIds.length ? o.courseIds : [0])})` : sql``;
  const dueSoonUntil = addDays(d, DUE_SOON_DAYS);
  // The staff and each course's latest policy approval, and the deadlines they set (a starter's,
  // a new policy's), are worked out once, not once per cell. The required cells come from each
  // person's role's requirements (by index), and each looks up its waiver and latest completion
  // (by index) once; kept rows are not worked out again for each case below that reads them.
  return sql<MatrixCellRow>`
    with ${staff}
    course_terms as materialized (
      select id, approved_on, date(approved_on, '+' || policy_refresh_days || ' days') as refresh_deadline from (
        select c.id, c.policy_refresh_days, (
          select max(s.entered_on) from policy_stages s where s.policy_id = c.policy_id and s.stage = 'approved' and s.entered_on <= ${d}
        ) as approved_on
        from courses c ${courses}
      )
    ),
    required as materialized (
      select distinct p.id as person_id, c.id as course_id, c.approved_on,
        nullif(max(coalesce(p.starter_deadline, ''), coalesce(c.refresh_deadline, '')), '') as deadline
      from staff p
      join course_requirements r on r.job_role_id = p.job_role_id and (r.team_id is null or r.team_id = p.team_id)
      join course_terms c on c.id = r.course_id
    ),
    looked_up as materialized (
      select g.*,
        exists (
          select 1 from training_waivers w
          where w.person_id = g.person_id and w.course_id = g.course_id and w.agreed_on <= ${d} and w.until_date >= ${d}
        ) as waived,
        (
          select t.id from training_completions t
          where t.person_id = g.person_id and t.course_id = g.course_id and t.date_completed <= ${d}
            and (g.approved_on is null or t.date_completed >= g.approved_on)
          order by t.date_completed desc, t.id desc limit 1
        ) as latest_id
      from required g
    )
    select person_id, course_id,
      case
        when waived = 1 then 'waived'
        when latest_on is not null and expiry is null then 'in_date'
        when latest_on is not null and expiry < ${d} then 'expired'
        when latest_on is not null and expiry <= ${dueSoonUntil} then 'due_soon'
        when latest_on is not null then 'in_date'
        when deadline is not null and ${d} < deadline then 'due'
        else 'missing'
      end as status,
      case
        when waived = 1 then null
        when latest_on is not null then expiry
        when deadline is not null and ${d} < deadline then deadline
        else null
      end as date
    from (
      select g.*, tc.date_completed as latest_on, tc.expiry_date as expiry
      from looked_up g
      left join training_completions tc on tc.id = g.latest_id
    ) x`;
}
