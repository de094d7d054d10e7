import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../shared/domain/dates';
import { DUE_SOON_DAYS, type TrainingStatus } from '../../shared/domain/training';

// The training matrix as at a date, worked out in SQL by the rules of shared/domain/training.ts
// (test/integration/trainingMatrix.test.ts holds the two to the same answers). `matrixCells`
// is a query of every person employed on the date x every course, with the cell's status and
// date; the matrix, its totals and the compliance figures all select from it.

export interface MatrixCellRow {
  person_id: number;
  course_id: number;
  status: TrainingStatus;
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

/** The cells' query, to be used as a CTE body: `with cells as (${matrixCells(o)}) select …`. */
export function matrixCells(o: MatrixOptions): RawBuilder<MatrixCellRow> {
  const d = o.asAt;
  const team = o.teamId ? sql`and p.team_id = ${o.teamId}` : sql``;
  const people = o.personIds ? sql`and p.id in (${sql.join(o.personIds.length ? o.personIds : [0])})` : sql``;
  const courses = o.courseIds ? sql`where c.id in (${sql.join(o.courseIds.length ? o.courseIds : [0])})` : sql``;
  // The staff and each course's latest policy approval are worked out once, not once per cell.
  // Whether each cell is required is worked out first and kept; only a required cell looks up its
  // waiver and latest completion (by index), once each: a cell not required needs neither, and
  // kept rows are not worked out again for each case below that reads them.
  return sql<MatrixCellRow>`
    with staff as materialized (
      select p.id, p.team_id, p.job_role_id, p.start_date from people p
      where (p.start_date is null or p.start_date <= ${d})
        and (p.leave_date is null or p.leave_date >= ${d})
        and (p.active = 1 or p.leave_date is not null)
        ${team} ${people}
    ),
    course_terms as materialized (
      select c.id, c.policy_refresh_days, (
        select max(s.entered_on) from policy_stages s where s.policy_id = c.policy_id and s.stage = 'approved' and s.entered_on <= ${d}
      ) as approved_on
      from courses c ${courses}
    ),
    pairs as materialized (
      select p.id as person_id, p.start_date, c.id as course_id, c.policy_refresh_days, c.approved_on,
        case when exists (
          select 1 from course_requirements r
          where r.course_id = c.id and r.job_role_id = p.job_role_id and (r.team_id is null or r.team_id = p.team_id)
        ) then 1 else 0 end as required
      from staff p
      cross join course_terms c
    ),
    looked_up as materialized (
      select g.*,
        case when g.required = 1 and exists (
          select 1 from training_waivers w
          where w.person_id = g.person_id and w.course_id = g.course_id and w.agreed_on <= ${d} and w.until_date >= ${d}
        ) then 1 else 0 end as waived,
        case when g.required = 1 then (
          select t.id from training_completions t
          where t.person_id = g.person_id and t.course_id = g.course_id and t.date_completed <= ${d}
            and (g.approved_on is null or t.date_completed >= g.approved_on)
          order by t.date_completed desc, t.id desc limit 1
        ) end as latest_id
      from pairs g
    )
    select person_id, course_id,
      case
        when required = 0 then 'not_required'
        when waived = 1 then 'waived'
        when latest_on is not null and expiry is null then 'in_date'
        when latest_on is not null and expiry < ${d} then 'expired'
        when latest_on is not null and expiry <= date(${d}, '+${sql.raw(String(DUE_SOON_DAYS))} days') then 'due_soon'
        when latest_on is not null then 'in_date'
        when deadline is not null and ${d} < deadline then 'due'
        else 'missing'
      end as status,
      case
        when required = 0 or waived = 1 then null
        when latest_on is not null then expiry
        when deadline is not null and ${d} < deadline then deadline
        else null
      end as date
    from (
      select g.*, tc.date_completed as latest_on, tc.expiry_date as expiry,
        nullif(max(coalesce(date(g.start_date, '+' || ${o.graceDays} || ' days'), ''), coalesce(date(g.approved_on, '+' || g.policy_refresh_days || ' days'), '')), '') as deadline
      from looked_up g
      left join training_completions tc on tc.id = g.latest_id
    ) x`;
}
