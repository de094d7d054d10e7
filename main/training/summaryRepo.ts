import { sql } from 'kysely';
import type { TrainingSummary } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { trainingFigure } from '../../shared/domain/training';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { matrixCells } from './matrixSql';

const MOST = 8;

/** The dashboard's training figures, counted in SQL from the matrix as at a date. */
export async function trainingSummary(db: ReadDb, asAt: IsoDate, { graceDays, target }: { graceDays: number; target: number }): Promise<TrainingSummary> {
  const cells = matrixCells({ asAt, graceDays });
  const rows = await sql<{ kind: 'course' | 'person'; id: number; required: number; compliant: number; lapsed: number; courses: string | null }>`
    with cells as materialized (${cells})
    select 'course' as kind, course_id as id,
      count(*) as required,
      sum(case when status in ('in_date', 'due_soon', 'waived') then 1 else 0 end) as compliant,
      0 as lapsed, null as courses
    from cells group by course_id
    union all
    select 'person', c.person_id, 0, 0, count(*), group_concat(k.name, '; ')
    from cells c join courses k on k.id = c.course_id
    where c.status in ('expired', 'missing')
    group by c.person_id`.execute(sqlReader(db));

  const courses = await db.selectFrom('courses').select(['id', 'name', 'category', 'mandatory']).orderBy('category').orderBy('name').execute();
  const byCourse = new Map(rows.rows.filter((r) => r.kind === 'course').map((r) => [r.id, r]));
  const figures = courses.map((c) => ({
    id: c.id,
    name: c.name,
    category: c.category,
    mandatory: c.mandatory === 1,
    ...trainingFigure(byCourse.get(c.id)?.required ?? 0, byCourse.get(c.id)?.compliant ?? 0),
  }));
  const lapsed = rows.rows.filter((r) => r.kind === 'person').sort((a, b) => b.lapsed - a.lapsed || a.id - b.id);
  const top = lapsed.slice(0, MOST);
  const people = top.length
    ? await db
        .selectFrom('people')
        .leftJoin('teams', 'teams.id', 'people.team_id')
        .leftJoin('people as manager', 'manager.id', 'people.line_manager_id')
        .select(['people.id', 'people.name', 'teams.name as team_name', 'manager.name as line_manager_name'])
        .where(
          'people.id',
          'in',
          top.map((r) => r.id),
        )
        .execute()
    : [];
  const mandatory = figures.filter((c) => c.mandatory);
  return {
    asAt,
    target,
    mandatory: trainingFigure(
      mandatory.reduce((n, c) => n + c.required, 0),
      mandatory.reduce((n, c) => n + c.compliant, 0),
    ),
    courses: figures,
    mostOverdue: top.map((r) => {
      const p = people.find((x) => x.id === r.id)!;
      return { personId: r.id, name: p.name, teamName: p.team_name, lineManagerName: p.line_manager_name, courses: (r.courses ?? '').split('; ').sort() };
    }),
    peopleOverdue: lapsed.length,
  };
}
