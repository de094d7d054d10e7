import type BetterSqlite3 from 'better-sqlite3';
import { completionExpiry } from '../../shared/domain/training';
import { courseImport } from '../../shared/domain/trainingImportFields';
import { bulkMutation } from '../core/bulkAudit';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import { nameKey } from './namedRecords';
import type { Cell, Table } from './readTable';
import { text, yesNo } from './values';

const SPEC = courseImport.fields;

interface CourseValues {
  name: string;
  category: string;
  refresh_months: number | null;
  mandatory: number;
  /** undefined when the file has no such column: left as recorded */
  provider?: string;
  policy_id?: number | null;
}

interface CourseRecord extends Required<CourseValues> {
  id: number;
}

interface PlannedCourse {
  row: number;
  values: CourseValues;
  /** the course on record, for an update */
  before: CourseRecord | null;
}

const FIELD_WORDS: Record<keyof CourseValues, string> = {
  name: 'name',
  category: 'category',
  refresh_months: 'refresh months',
  mandatory: 'mandatory',
  provider: 'provider',
  policy_id: 'policy',
};

/** The training courses: added, or (matched by name, any case) updated field by field. */
export const courseImporter: Importer<PlannedCourse[]> = { validate: validateCourses, apply: applyCourses };

function validateCourses(sqlite: BetterSqlite3.Database, table: Table, _o: ImportOptions, onProgress?: OnProgress) {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'courses', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false, notes: [] };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const recorded = new Map(
    (sqlite.prepare('select id, name, category, provider, refresh_months, mandatory, policy_id from courses').all() as CourseRecord[]).map((c) => [
      nameKey(c.name),
      c,
    ]),
  );
  const policies = sqlite.prepare('select id, title from policies').all() as { id: number; title: string }[];
  const policyTitle = new Map(policies.map((p) => [p.id, p.title]));
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };
  const plan: PlannedCourse[] = [];
  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
    const name = text(cell(cells, 'name')).replace(/\s+/g, ' ');
    if (!name) problem(row, 'Course', 'The course name is missing.');
    else if (name.length > 200) problem(row, 'Course', 'The course name must be 200 characters or fewer.');
    else if (seen.has(nameKey(name))) problem(row, 'Course', `${name} is also on row ${seen.get(nameKey(name))}.`);
    else seen.set(nameKey(name), row);
    const category = text(cell(cells, 'category'));
    if (category.length > 100) problem(row, 'Category', 'The category must be 100 characters or fewer.');
    const refreshText = text(cell(cells, 'refreshMonths'));
    const refresh = refreshText === '' ? null : Number(refreshText);
    if (refresh !== null && !(Number.isInteger(refresh) && refresh >= 1 && refresh <= 120))
      problem(row, 'Refresh months', `“${refreshText}” is not a number of months from 1 to 120 (leave it blank for a course done once only).`);
    const mandatory = yesNo(cell(cells, 'mandatory'));
    if (mandatory === null)
      problem(row, 'Mandatory', text(cell(cells, 'mandatory')) ? `“${text(cell(cells, 'mandatory'))}” is not yes or no.` : 'Mandatory is missing: yes or no.');
    const provider = at.provider === null ? undefined : text(cell(cells, 'provider'));
    if (provider && provider.length > 200) problem(row, 'Provider', 'The provider must be 200 characters or fewer.');
    let policyId: number | null | undefined;
    if (at.policy !== null) {
      const title = text(cell(cells, 'policy'));
      const matches = policies.filter((p) => nameKey(p.title) === nameKey(title));
      if (!title) policyId = null;
      else if (matches.length === 1) policyId = matches[0]!.id;
      else if (matches.length === 0) problem(row, 'Policy', `There is no policy called “${title}”. Add it on the Policies page first, or correct the title.`);
      else problem(row, 'Policy', `More than one policy is called “${title}”: link the course on its page instead.`);
    }
    if (bad.has(row)) continue;
    const before = recorded.get(nameKey(name)) ?? null;
    plan.push({
      row,
      before,
      values: {
        name: before?.name ?? name,
        category,
        refresh_months: refresh,
        mandatory: mandatory ? 1 : 0,
        ...(provider !== undefined && { provider }),
        ...(policyId !== undefined && { policy_id: policyId }),
      },
    });
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);
  const words = (k: keyof CourseValues, v: unknown) =>
    k === 'refresh_months'
      ? v === null
        ? 'once only'
        : `${String(v)}`
      : k === 'mandatory'
        ? v
          ? 'yes'
          : 'no'
        : k === 'policy_id'
          ? v === null
            ? 'none'
            : (policyTitle.get(v as number) ?? '')
          : `“${String(v)}”`;
  const changes: PlannedCourse[] = [];
  for (const p of plan) {
    if (!p.before) {
      report.new++;
      changes.push(p);
      continue;
    }
    const changed = changedFields(p);
    if (changed.length === 0) {
      report.unchanged++;
      continue;
    }
    report.updated++;
    changes.push(p);
    report.notes!.push(
      `Row ${p.row}, ${p.values.name}: ${changed.map((k) => `${FIELD_WORDS[k]} ${words(k, p.before![k])} → ${words(k, p.values[k])}`).join('; ')}.`,
    );
  }
  return { report, plan: changes };
}

function changedFields(p: PlannedCourse): (keyof CourseValues)[] {
  return (Object.keys(p.values) as (keyof CourseValues)[]).filter((k) => k !== 'name' && p.before![k] !== p.values[k]);
}

function applyCourses(sqlite: BetterSqlite3.Database, plan: PlannedCourse[], o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const insert = sqlite.prepare(
      `insert into courses (name, category, provider, refresh_months, mandatory, policy_id, created_at, updated_at)
       values (@name, @category, @provider, @refresh_months, @mandatory, @policy_id, @now, @now)`,
    );
    // A new refresh interval works out again the expiries that were derived from it, as courses.update does.
    const derived = sqlite.prepare('select id, date_completed, expiry_date from training_completions where course_id = ? and expiry_given = 0');
    const setExpiry = sqlite.prepare('update training_completions set expiry_date = ?, updated_at = ? where id = ?');
    const written = progressTicker(onProgress, 'writing', plan.length);
    for (const [i, p] of plan.entries()) {
      written(i);
      if (!p.before) {
        const row = { provider: '', policy_id: null, ...p.values, now: o.now };
        const id = Number(insert.run(row).lastInsertRowid);
        const { now: _now, ...after } = row;
        audit({ entity: 'course', entityId: id, action: 'create', label: p.values.name, after: { ...after, source: 'import' } });
        continue;
      }
      const changed = changedFields(p);
      sqlite.prepare(`update courses set ${changed.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @now where id = @id`).run({
        ...Object.fromEntries(changed.map((k) => [k, p.values[k]])),
        now: o.now,
        id: p.before.id,
      });
      let rederived = 0;
      if (changed.includes('refresh_months')) {
        for (const c of derived.all(p.before.id) as { id: number; date_completed: string; expiry_date: string | null }[]) {
          const expiry = completionExpiry({ refreshMonths: p.values.refresh_months }, { dateCompleted: c.date_completed, expiryDate: null });
          if (expiry === c.expiry_date) continue;
          setExpiry.run(expiry, o.now, c.id);
          rederived++;
        }
      }
      audit({
        entity: 'course',
        entityId: p.before.id,
        action: 'update',
        label: p.values.name,
        before: Object.fromEntries(changed.map((k) => [k, p.before![k]])),
        after: { ...Object.fromEntries(changed.map((k) => [k, p.values[k]])), ...(rederived && { expiries_worked_out_again: rederived }), source: 'import' },
      });
    }
    written(plan.length);
  });
  return {};
}
