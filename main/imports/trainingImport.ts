import type BetterSqlite3 from 'better-sqlite3';
import { formatDateLong } from '../../shared/domain/dates';
import { completionExpiry } from '../../shared/domain/training';
import { trainingImport } from '../../shared/domain/trainingImportFields';
import { bulkMutation } from '../core/bulkAudit';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import { nameKey } from './namedRecords';
import type { Cell, Table } from './readTable';
import { notADate, text, ukDate } from './values';

const SPEC = trainingImport.fields;

interface PlannedCompletion {
  row: number;
  person: { id: number; name: string };
  course: { id: number; name: string };
  done: string;
  expiry: string | null;
  expiryGiven: boolean;
  evidence: string;
}

/** Completed training: a person (by e-mail) did a course on a date; recorded once, as training.record would. */
export const trainingImporter: Importer<PlannedCompletion[]> = { validate: validateTraining, apply: applyTraining };

function validateTraining(sqlite: BetterSqlite3.Database, table: Table, o: ImportOptions, onProgress?: OnProgress) {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'training', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const people = new Map<string, { id: number; name: string; start_date: string | null }[]>();
  for (const p of sqlite.prepare("select id, name, email, start_date from people where email <> ''").all() as {
    id: number;
    name: string;
    email: string;
    start_date: string | null;
  }[])
    people.set(p.email.toLowerCase(), [...(people.get(p.email.toLowerCase()) ?? []), p]);
  const courses = new Map(
    (sqlite.prepare('select id, name, refresh_months from courses').all() as { id: number; name: string; refresh_months: number | null }[]).map((c) => [
      nameKey(c.name),
      c,
    ]),
  );
  const recorded = sqlite.prepare('select 1 from training_completions where person_id = ? and course_id = ? and date_completed = ? limit 1');
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };
  const plan: PlannedCompletion[] = [];
  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
    const email = text(cell(cells, 'email'));
    const matches = people.get(email.toLowerCase()) ?? [];
    const person = matches.length === 1 ? matches[0]! : null;
    if (!email) problem(row, 'Email', 'The e-mail is missing.');
    else if (matches.length === 0) problem(row, 'Email', `No one on record has the e-mail ${email}. Import the staff first, or correct the e-mail.`);
    else if (matches.length > 1) problem(row, 'Email', `${matches.length} people on record have the e-mail ${email}: correct them on the People page first.`);
    const courseName = text(cell(cells, 'course'));
    const course = courses.get(nameKey(courseName));
    if (!courseName) problem(row, 'Course', 'The course is missing.');
    else if (!course) problem(row, 'Course', `There is no course called “${courseName}”. Import the courses first, or correct the name.`);
    const doneRaw = cell(cells, 'dateCompleted');
    const done = ukDate(doneRaw);
    if (!done) problem(row, 'Date completed', text(doneRaw) ? notADate(doneRaw) : 'The date completed is missing.');
    else if (done > o.today) problem(row, 'Date completed', `${formatDateLong(done)} is in the future.`);
    else if (person?.start_date && done < person.start_date)
      problem(row, 'Date completed', `${person.name} started on ${formatDateLong(person.start_date)}: the course cannot have been completed before that.`);
    const expiryRaw = cell(cells, 'expiry');
    const expiryGiven = text(expiryRaw) === '' ? null : ukDate(expiryRaw);
    if (text(expiryRaw) !== '' && !expiryGiven) problem(row, 'Expiry date', notADate(expiryRaw));
    else if (expiryGiven && done && expiryGiven < done) problem(row, 'Expiry date', 'The expiry date cannot be before the date completed.');
    const evidence = text(cell(cells, 'evidence'));
    if (evidence.length > 500) problem(row, 'Evidence', 'The evidence must be 500 characters or fewer.');
    if (bad.has(row)) continue;
    const key = `${person!.id}|${course!.id}|${done}`;
    if (seen.has(key)) {
      problem(row, 'Date completed', `The same person, course and date are also on row ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, row);
    if (recorded.get(person!.id, course!.id, done)) {
      report.unchanged++;
      continue;
    }
    plan.push({
      row,
      person: person!,
      course: course!,
      done: done!,
      expiry: completionExpiry({ refreshMonths: course!.refresh_months }, { dateCompleted: done!, expiryDate: expiryGiven }),
      expiryGiven: expiryGiven !== null,
      evidence,
    });
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);
  report.new = plan.length;
  return { report, plan };
}

function applyTraining(sqlite: BetterSqlite3.Database, plan: PlannedCompletion[], o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const insert = sqlite.prepare(
      `insert into training_completions (person_id, course_id, date_completed, expiry_date, expiry_given, evidence, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?) returning *`,
    );
    const written = progressTicker(onProgress, 'writing', plan.length);
    for (const [i, c] of plan.entries()) {
      written(i);
      const row = insert.get(c.person.id, c.course.id, c.done, c.expiry, c.expiryGiven ? 1 : 0, c.evidence, o.now, o.now) as { id: number };
      audit({
        entity: 'training_completion',
        entityId: row.id,
        action: 'create',
        label: `${c.person.name}: ${c.course.name}, ${formatDateLong(c.done)}`,
        after: { ...row, source: 'import' },
        parent: { entity: 'person', id: c.person.id },
      });
    }
    written(plan.length);
  });
  return {};
}
