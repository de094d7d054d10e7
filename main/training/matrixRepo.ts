import { sql } from 'kysely';
import type { MatrixCell, TrainingMatrix } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { trainingFigure, type TrainingStatus } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells } from './matrixSql';
import { staffRows } from './staffRows';

// The matrix as the screen shows it: courses across, people down, totals for each. The cells and
// both sets of totals come from one SQL statement over the cells worked out once; each person's
// cells come packed in one string ("3 in_date 2027-05-01,4 missing ,…"), which is far cheaper
// than a row per cell.

interface TotalsRow {
  kind: 'person' | 'course';
  id: number;
  required: number;
  compliant: number;
  packed: string | null;
}

export async function trainingMatrix(db: ReadDb, o: { asAt: IsoDate; graceDays: number; teamId: number | null }): Promise<TrainingMatrix> {
  const compliant = sql`sum(case when status in ('in_date', 'due_soon', 'waived') then 1 else 0 end)`;
  const required = sql`sum(case when status <> 'not_required' then 1 else 0 end)`;
  const totals = await sql<TotalsRow>`
    with cells as materialized (${matrixCells(o)})
    select 'person' as kind, person_id as id, ${required} as required, ${compliant} as compliant,
      group_concat(course_id || ' ' || status || ' ' || coalesce(date, ''), ',') as packed
    from cells group by person_id
    union all
    select 'course', course_id, ${required}, ${compliant}, null from cells group by course_id`.execute(sqlReader(db));

  const courses = await db.selectFrom('courses').select(['id', 'name', 'category', 'mandatory']).orderBy('category').orderBy('name').execute();
  const column = new Map(courses.map((c, i) => [c.id, i]));
  const byCourse = new Map(totals.rows.filter((r) => r.kind === 'course').map((r) => [r.id, r]));
  const people = await staffRows(db).select(['people.team_id', 'people.job_role_id']).orderBy('people.name').execute();
  const byPerson = new Map(totals.rows.filter((r) => r.kind === 'person').map((r) => [r.id, r]));

  const matrixCourses = courses.map((c) => {
    const t = byCourse.get(c.id);
    return { id: c.id, name: c.name, category: c.category, mandatory: c.mandatory === 1, ...trainingFigure(t?.required ?? 0, t?.compliant ?? 0) };
  });
  const mandatory = matrixCourses.filter((c) => c.mandatory);
  return {
    asAt: o.asAt,
    graceDays: o.graceDays,
    courses: matrixCourses,
    people: people.flatMap((p) => {
      const t = byPerson.get(p.id);
      if (!t) return []; // not employed on the date, or not in the team asked for
      const cells: MatrixCell[] = courses.map(() => ({ status: 'not_required', date: null }));
      for (const packed of (t.packed ?? '').split(',')) {
        const [courseId, status, date] = packed.split(' ');
        const i = column.get(Number(courseId));
        if (i !== undefined) cells[i] = { status: status as TrainingStatus, date: date || null };
      }
      return [
        {
          id: p.id,
          name: p.name,
          teamId: p.team_id,
          teamName: p.team_name,
          jobRoleId: p.job_role_id,
          jobRoleName: p.job_role_name,
          lineManagerName: p.line_manager_name,
          startDate: p.start_date,
          cells,
          ...trainingFigure(t.required, t.compliant),
        },
      ];
    }),
    mandatory: trainingFigure(
      mandatory.reduce((n, c) => n + c.required, 0),
      mandatory.reduce((n, c) => n + c.compliant, 0),
    ),
  };
}
