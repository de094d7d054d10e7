import { sql } from 'kysely';
import type { MatrixCell, TrainingMatrix } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { countsAsCompliant, trainingFigure, type TrainingStatus } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells, matrixStaff } from './matrixSql';
import { staffRows } from './staffRows';

// The matrix as the screen shows it: courses across, people down, totals for each. The cells and
// each person's totals come from one SQL statement over the required cells worked out once; each
// person's cells come packed in one string ("3 in_date 2027-05-01,4 missing ,…"), which is far
// cheaper than a row per cell, and a cell not in it is not required. Each course's totals are counted as its cells are unpacked, which every
// cell is anyway: a second pass in SQL, grouped by course, cost more than the whole unpacking.

interface PersonRow {
  id: number;
  required: number;
  compliant: number;
  packed: string | null;
}

export async function trainingMatrix(db: ReadDb, o: { asAt: IsoDate; graceDays: number; teamId: number | null }): Promise<TrainingMatrix> {
  // every person employed on the date, those with nothing required too
  const byPerson = await sql<PersonRow>`
    with staff as materialized (${matrixStaff(o)}), cells as materialized (${matrixCells(o, { staffDeclared: true })})
    select s.id, count(c.person_id) as required, sum(case when c.status in ('in_date', 'due_soon', 'waived') then 1 else 0 end) as compliant,
      group_concat(c.course_id || ' ' || c.status || ' ' || coalesce(c.date, ''), ',') as packed
    from staff s left join cells c on c.person_id = s.id group by s.id`.execute(sqlReader(db));

  const courses = await db.selectFrom('courses').select(['id', 'name', 'category', 'mandatory']).orderBy('category').orderBy('name').execute();
  const column = new Map(courses.map((c, i) => [c.id, i]));
  const courseTotals = courses.map(() => ({ required: 0, compliant: 0 }));
  const rows = new Map<number, { totals: PersonRow; cells: MatrixCell[] }>();
  for (const t of byPerson.rows) {
    const cells: MatrixCell[] = courses.map(() => ({ status: 'not_required', date: null }));
    for (const packed of t.packed ? t.packed.split(',') : []) {
      const [courseId, status, date] = packed.split(' ') as [string, TrainingStatus, string];
      const i = column.get(Number(courseId));
      if (i === undefined) continue;
      cells[i] = { status, date: date || null };
      courseTotals[i]!.required++;
      if (countsAsCompliant(status)) courseTotals[i]!.compliant++;
    }
    rows.set(t.id, { totals: t, cells });
  }
  const people = await staffRows(db).select(['people.team_id', 'people.job_role_id']).orderBy('people.name').execute();

  const matrixCourses = courses.map((c, i) => ({
    id: c.id,
    name: c.name,
    category: c.category,
    mandatory: c.mandatory === 1,
    ...trainingFigure(courseTotals[i]!.required, courseTotals[i]!.compliant),
  }));
  const mandatory = matrixCourses.filter((c) => c.mandatory);
  return {
    asAt: o.asAt,
    graceDays: o.graceDays,
    courses: matrixCourses,
    people: people.flatMap((p) => {
      const row = rows.get(p.id);
      if (!row) return []; // not employed on the date, or not in the team asked for
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
          cells: row.cells,
          ...trainingFigure(row.totals.required, row.totals.compliant),
        },
      ];
    }),
    mandatory: trainingFigure(
      mandatory.reduce((n, c) => n + c.required, 0),
      mandatory.reduce((n, c) => n + c.compliant, 0),
    ),
  };
}
