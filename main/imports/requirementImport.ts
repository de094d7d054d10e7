import type BetterSqlite3 from 'better-sqlite3';
import { requirementImport } from '../../shared/domain/trainingImportFields';
import { bulkMutation } from '../core/bulkAudit';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import { addedNotes, loadNamed, meet, nameKey, recordedName, writeNamed, type NamedRecords } from './namedRecords';
import type { Cell, Table } from './readTable';
import { text } from './values';

const SPEC = requirementImport.fields;

interface PlannedRequirement {
  row: number;
  role: string;
  courseId: number;
  course: string;
  /** null: every team */
  team: string | null;
}

interface RequirementPlan {
  roles: NamedRecords;
  teams: NamedRecords;
  requirements: PlannedRequirement[];
}

/**
 * Which job roles need which course. The courses must be on record (a misspelt course would make a
 * requirement nobody can meet); job roles and teams are added as met, since the skills scan comes
 * before the staff list, and the report lists each one added so that a misspelling shows in the check.
 */
export const requirementImporter: Importer<RequirementPlan> = { validate: validateRequirements, apply: applyRequirements };

function validateRequirements(sqlite: BetterSqlite3.Database, table: Table, _o: ImportOptions, onProgress?: OnProgress) {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'requirements', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false, notes: [] };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const courses = new Map((sqlite.prepare('select id, name from courses').all() as { id: number; name: string }[]).map((c) => [nameKey(c.name), c]));
  const roles = loadNamed(sqlite, 'job_roles');
  const teams = loadNamed(sqlite, 'teams');
  const teamName = new Map([...teams.known.values()].map((t) => [t.id, t.name]));
  const roleName = new Map([...roles.known.values()].map((r) => [r.id, r.name]));
  const recorded = new Set(
    (
      sqlite.prepare('select job_role_id, course_id, team_id from course_requirements').all() as {
        job_role_id: number;
        course_id: number;
        team_id: number | null;
      }[]
    ).map((r) => `${nameKey(roleName.get(r.job_role_id)!)}|${r.course_id}|${r.team_id === null ? '' : nameKey(teamName.get(r.team_id)!)}`),
  );
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };
  const requirements: PlannedRequirement[] = [];
  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
    const role = text(cell(cells, 'jobRole'));
    if (!role) problem(row, 'Job role', 'The job role is missing.');
    else if (role.length > 200) problem(row, 'Job role', 'The job role must be 200 characters or fewer.');
    const courseName = text(cell(cells, 'course'));
    const course = courses.get(nameKey(courseName));
    if (!courseName) problem(row, 'Course', 'The course is missing.');
    else if (!course) problem(row, 'Course', `There is no course called “${courseName}”. Import the courses first, or correct the name.`);
    const team = text(cell(cells, 'team')) || null;
    if (team && team.length > 200) problem(row, 'Team', 'The team must be 200 characters or fewer.');
    if (bad.has(row)) continue;
    const key = `${nameKey(role)}|${course!.id}|${team === null ? '' : nameKey(team)}`;
    if (seen.has(key)) {
      problem(row, 'Course', `The same job role, course and team are also on row ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, row);
    if (recorded.has(key)) {
      report.unchanged++;
      continue;
    }
    meet(roles, role, row);
    if (team) meet(teams, team, row);
    requirements.push({ row, role, courseId: course!.id, course: course!.name, team });
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);
  report.new = requirements.length;
  report.notes!.push(...addedNotes(roles), ...addedNotes(teams));
  return { report, plan: { roles, teams, requirements } };
}

function applyRequirements(sqlite: BetterSqlite3.Database, plan: RequirementPlan, o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const roleIds = writeNamed(sqlite, plan.roles, o, audit);
    const teamIds = writeNamed(sqlite, plan.teams, o, audit);
    const insert = sqlite.prepare(
      'insert into course_requirements (job_role_id, course_id, team_id, created_at, updated_at) values (?, ?, ?, ?, ?) returning *',
    );
    const written = progressTicker(onProgress, 'writing', plan.requirements.length);
    for (const [i, r] of plan.requirements.entries()) {
      written(i);
      const row = insert.get(roleIds.get(nameKey(r.role))!, r.courseId, r.team === null ? null : teamIds.get(nameKey(r.team))!, o.now, o.now) as { id: number };
      const team = r.team === null ? null : recordedName(plan.teams, r.team);
      audit({
        entity: 'course_requirement',
        entityId: row.id,
        action: 'create',
        label: `${recordedName(plan.roles, r.role)}: ${r.course}${team ? ` (${team})` : ''}`,
        after: { ...row, source: 'import' },
      });
    }
    written(plan.requirements.length);
  });
  return {};
}
