import { sql } from 'kysely';
import type { TrainingHeatmap } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { trainingFigure } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells } from './matrixSql';

export const NO_TEAM = 'No team';

/** Compliance by team x course as at a date, counted in SQL over the matrix's cells. */
export async function trainingHeatmap(db: ReadDb, o: { asAt: IsoDate; graceDays: number }): Promise<TrainingHeatmap> {
  const rows = await sql<{ team_id: number | null; course_id: number; required: number; compliant: number }>`
    with cells as materialized (${matrixCells(o)})
    select p.team_id, c.course_id, count(*) as required,
      sum(case when c.status in ('in_date', 'due_soon', 'waived') then 1 else 0 end) as compliant
    from cells c join people p on p.id = c.person_id
    group by p.team_id, c.course_id`.execute(sqlReader(db));
  const teamIds = new Set(rows.rows.map((r) => r.team_id));
  const teams = (await db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute()).filter((t) => teamIds.has(t.id));
  const courses = await db.selectFrom('courses').select(['id', 'name', 'mandatory']).orderBy('category').orderBy('name').execute();
  return {
    asAt: o.asAt,
    teams: [...teams, ...(teamIds.has(null) ? [{ id: null, name: NO_TEAM }] : [])],
    courses: courses.filter((c) => rows.rows.some((r) => r.course_id === c.id)).map((c) => ({ id: c.id, name: c.name, mandatory: c.mandatory === 1 })),
    cells: rows.rows.map((r) => ({ teamId: r.team_id, courseId: r.course_id, ...trainingFigure(r.required, r.compliant) })),
  };
}
