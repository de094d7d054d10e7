import { sql } from 'kysely';
import type { CourseCell } from '../../shared/contract';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells, type MatrixOptions } from './matrixSql';

/** The required cells (not "not required") of the matrix's people and courses chosen, with each course's name, by person. */
export async function requiredCells(db: ReadDb, o: MatrixOptions): Promise<Map<number, CourseCell[]>> {
  const rows = await sql<{ person_id: number; course_id: number; status: CourseCell['status']; date: string | null; name: string; mandatory: number }>`
    with cells as materialized (${matrixCells(o)})
    select c.person_id, c.course_id, c.status, c.date, k.name, k.mandatory
    from cells c join courses k on k.id = c.course_id
    order by k.category, k.name`.execute(sqlReader(db));
  const byPerson = new Map<number, CourseCell[]>();
  for (const r of rows.rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ courseId: r.course_id, courseName: r.name, mandatory: r.mandatory === 1, status: r.status, date: r.date });
    byPerson.set(r.person_id, list);
  }
  return byPerson;
}
