import type BetterSqlite3 from 'better-sqlite3';
import { staffImport } from '../../shared/domain/trainingImportFields';
import { bulkMutation } from '../core/bulkAudit';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import { addedNotes, loadNamed, meet, nameKey, recordedName, writeNamed, type NamedRecords } from './namedRecords';
import type { Cell, Table } from './readTable';
import { resolveManagers, type ManagerRef, type PersonOnRecord } from './staffManagers';
import { notADate, text, ukDate } from './values';

const SPEC = staffImport.fields;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** One row of the file; a field is undefined when the file has no such column (then it is left as recorded). */
export interface StaffRow {
  row: number;
  name: string;
  email: string;
  team?: string | null;
  role?: string | null;
  start?: string | null;
  leave?: string | null;
  manager?: string | null;
  managerRef?: ManagerRef | null;
  before: PersonOnRecord | null;
}

interface StaffPlan {
  teams: NamedRecords;
  roles: NamedRecords;
  people: StaffRow[];
}

type Field = 'name' | 'team' | 'role' | 'start' | 'leave' | 'manager';
const FIELD_WORDS: Record<Field, string> = { name: 'name', team: 'team', role: 'job role', start: 'start date', leave: 'leave date', manager: 'line manager' };

/**
 * The staff list from HR, keyed by e-mail: a person on record is updated field by field; teams and
 * job roles are added as met; a line manager may be anyone on record or anywhere in the file.
 */
export const staffImporter: Importer<StaffPlan> = { validate: validateStaff, apply: applyStaff };

function validateStaff(sqlite: BetterSqlite3.Database, table: Table, _o: ImportOptions, onProgress?: OnProgress) {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'staff', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false, notes: [] };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const onRecord = sqlite
    .prepare(
      `select p.id, p.name, p.email, t.name as team, r.name as role, p.start_date as start, p.leave_date as leave, p.line_manager_id as managerId
       from people p left join teams t on t.id = p.team_id left join job_roles r on r.id = p.job_role_id`,
    )
    .all() as PersonOnRecord[];
  const byEmail = new Map<string, PersonOnRecord[]>();
  for (const p of onRecord) if (p.email) byEmail.set(p.email.toLowerCase(), [...(byEmail.get(p.email.toLowerCase()) ?? []), p]);
  const nameOf = new Map(onRecord.map((p) => [p.id, p.name]));
  const teams = loadNamed(sqlite, 'teams');
  const roles = loadNamed(sqlite, 'job_roles');
  const seen = new Map<string, number>();
  const bad = new Set<number>();
  const problem = (row: number, column: string, message: string) => {
    problems.push({ row, column, message });
    bad.add(row);
  };
  const rows: StaffRow[] = [];
  const optional = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? undefined : text(cell(cells, k)).replace(/\s+/g, ' ') || null);
  const date = (cells: Cell[], row: number, k: 'startDate' | 'leaveDate') => {
    if (at[k] === null) return undefined;
    const raw = cell(cells, k);
    if (text(raw) === '') return null;
    const d = ukDate(raw);
    if (!d) problem(row, SPEC[k].header, notADate(raw));
    return d;
  };
  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
    const name = text(cell(cells, 'name')).replace(/\s+/g, ' ');
    if (!name) problem(row, 'Name', 'The name is missing.');
    else if (name.length > 200) problem(row, 'Name', 'The name must be 200 characters or fewer.');
    const email = text(cell(cells, 'email'));
    const key = email.toLowerCase();
    let before: PersonOnRecord | null = null;
    if (!email) problem(row, 'Email', 'The e-mail is missing: people are matched by it.');
    else if (!EMAIL.test(email) || email.length > 200) problem(row, 'Email', `“${email}” is not an e-mail address like name@council.gov.uk.`);
    else if (seen.has(key)) problem(row, 'Email', `${email} is also on row ${seen.get(key)}.`);
    else {
      seen.set(key, row);
      const matches = byEmail.get(key) ?? [];
      if (matches.length > 1) problem(row, 'Email', `${matches.length} people on record have the e-mail ${email}: correct them on the People page first.`);
      before = matches[0] ?? null;
    }
    const team = optional(cells, 'team');
    const role = optional(cells, 'jobRole');
    if (team && team.length > 200) problem(row, 'Team', 'The team must be 200 characters or fewer.');
    if (role && role.length > 200) problem(row, 'Job role', 'The job role must be 200 characters or fewer.');
    const start = date(cells, row, 'startDate');
    const leave = date(cells, row, 'leaveDate');
    const startNow = start === undefined ? (before?.start ?? null) : start;
    if (leave && startNow && leave < startNow) problem(row, 'Leave date', `The leave date ${leave} is before the start date ${startNow}.`);
    rows.push({ row, name, email, team, role, start, leave, manager: optional(cells, 'lineManager'), before });
  }
  checked(table.rows.length);
  resolveManagers(rows, onRecord, bad, problem);
  problems.sort((a, b) => a.row - b.row);

  const people = rows.filter((r) => !bad.has(r.row));
  for (const r of people) {
    if (r.team) meet(teams, r.team, r.row);
    if (r.role) meet(roles, r.role, r.row);
  }
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const managerName = (ref: ManagerRef | null | undefined) =>
    ref === null || ref === undefined ? 'none' : 'id' in ref ? nameOf.get(ref.id)! : byRow.get(ref.row)!.name;
  const words = (f: Field, v: unknown) => (f === 'manager' ? managerName(v as ManagerRef | null) : v === null ? 'none' : String(v));
  const changes: StaffRow[] = [];
  for (const r of people) {
    if (!r.before) {
      report.new++;
      changes.push(r);
      continue;
    }
    const changed = changedFields(r);
    if (changed.length === 0) {
      report.unchanged++;
      continue;
    }
    report.updated++;
    changes.push(r);
    const was = (f: Field) => (f === 'manager' ? (r.before!.managerId === null ? null : { id: r.before!.managerId }) : r.before![f]);
    const now = (f: Field) =>
      f === 'manager' ? r.managerRef : f === 'team' ? r.team && recordedName(teams, r.team) : f === 'role' ? r.role && recordedName(roles, r.role) : r[f];
    report.notes!.push(`Row ${r.row}, ${r.before.name}: ${changed.map((f) => `${FIELD_WORDS[f]} ${words(f, was(f))} → ${words(f, now(f))}`).join('; ')}.`);
  }
  report.notes!.unshift(...addedNotes(teams), ...addedNotes(roles));
  return { report, plan: { teams, roles, people: changes } };
}

/** The fields a row changes on the person on record. */
function changedFields(r: StaffRow): Field[] {
  const b = r.before!;
  const out: Field[] = [];
  if (r.name !== b.name) out.push('name');
  const differs = (now: string | null | undefined, was: string | null) =>
    now !== undefined && (now === null ? was !== null : was === null || nameKey(now) !== nameKey(was));
  if (differs(r.team, b.team)) out.push('team');
  if (differs(r.role, b.role)) out.push('role');
  if (r.start !== undefined && r.start !== b.start) out.push('start');
  if (r.leave !== undefined && r.leave !== b.leave) out.push('leave');
  if (r.managerRef !== undefined) {
    const ref = r.managerRef;
    const id = ref === null ? null : 'id' in ref ? ref.id : (ref.existingId ?? -1);
    if (id !== b.managerId) out.push('manager');
  }
  return out;
}

function applyStaff(sqlite: BetterSqlite3.Database, plan: StaffPlan, o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const teamIds = writeNamed(sqlite, plan.teams, o, audit);
    const roleIds = writeNamed(sqlite, plan.roles, o, audit);
    const teamId = (t: string | null) => (t === null ? null : teamIds.get(nameKey(t))!);
    const roleId = (t: string | null) => (t === null ? null : roleIds.get(nameKey(t))!);
    const read = sqlite.prepare('select * from people where id = ?');
    const insert = sqlite.prepare(
      `insert into people (name, job_title, team_id, email, active, start_date, leave_date, job_role_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const idOf = new Map<number, number>();
    const befores = new Map<number, Record<string, unknown>>();
    const written = progressTicker(onProgress, 'writing', plan.people.length);
    for (const [i, r] of plan.people.entries()) {
      written(i);
      if (!r.before) {
        const role = r.role ? recordedName(plan.roles, r.role) : null;
        // someone who had left by the import's day is no longer offered as an owner
        const active = r.leave && r.leave < o.today ? 0 : 1;
        const id = insert.run(
          r.name,
          role ?? '',
          teamId(r.team ?? null),
          r.email,
          active,
          r.start ?? null,
          r.leave ?? null,
          roleId(r.role ?? null),
          o.now,
          o.now,
        );
        idOf.set(r.row, Number(id.lastInsertRowid));
        continue;
      }
      idOf.set(r.row, r.before.id);
      befores.set(r.row, read.get(r.before.id) as Record<string, unknown>);
      const set: Record<string, unknown> = { name: r.name };
      if (r.team !== undefined) set.team_id = teamId(r.team);
      if (r.role !== undefined) set.job_role_id = roleId(r.role);
      if (r.start !== undefined) set.start_date = r.start;
      if (r.leave !== undefined) set.leave_date = r.leave;
      sqlite
        .prepare(
          `update people set ${Object.keys(set)
            .map((k) => `${k} = @${k}`)
            .join(', ')}, updated_at = @now where id = @id`,
        )
        .run({ ...set, now: o.now, id: r.before.id });
    }
    // Line managers last: a manager may be a person this file adds, on a later row.
    const setManager = sqlite.prepare('update people set line_manager_id = ? where id = ?');
    for (const r of plan.people) {
      if (r.managerRef === undefined) continue;
      const ref = r.managerRef;
      const id = ref === null ? null : 'id' in ref ? ref.id : (idOf.get(ref.row) ?? ref.existingId);
      setManager.run(id, idOf.get(r.row)!);
    }
    for (const r of plan.people) {
      const id = idOf.get(r.row)!;
      const after = read.get(id) as Record<string, unknown>;
      const before = befores.get(r.row);
      if (!before) {
        audit({ entity: 'person', entityId: id, action: 'create', label: r.name, after: { ...after, source: 'import' } });
        continue;
      }
      const keys = Object.keys(after).filter((k) => k !== 'updated_at' && after[k] !== before[k]);
      audit({
        entity: 'person',
        entityId: id,
        action: 'update',
        label: r.name,
        before: Object.fromEntries(keys.map((k) => [k, before[k]])),
        after: { ...Object.fromEntries(keys.map((k) => [k, after[k]])), source: 'import' },
      });
    }
    written(plan.people.length);
  });
  return {};
}
