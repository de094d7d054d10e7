import type { ComplaintStagesTable } from '../complaints/tables';
import type BetterSqlite3 from 'better-sqlite3';
import { complaintImport } from '../../shared/domain/complaintImportFields';
import {
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_TENURE_LABELS,
  type ComplaintOutcome,
  type ComplaintStage,
  type ComplaintTenure,
  type ExtraDays,
} from '../../shared/domain/complaints';
import { formatDateShort } from '../../shared/domain/dates';
import { bulkMutation } from '../core/bulkAudit';
import { clockColumns } from '../complaints/clocks';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportChange, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import type { Cell, Table } from './readTable';
import { notADate, tenure, text, ukDate } from './values';

const SPEC = complaintImport.fields;
type Key = keyof typeof SPEC;

/** One complaint stage as the file gives it (and as the table stores it, clocks aside). */
type StageRow = Pick<
  ComplaintStagesTable,
  'reference' | 'stage' | 'received' | 'acknowledged' | 'extension_days' | 'responded' | 'tenure' | 'service_area' | 'outcome' | 'compensation_pence'
>;

interface Planned {
  row: number;
  stage: StageRow;
  /** the id held, for an update */
  id: number | null;
  before: StageRow | null;
}

interface ComplaintPlan {
  writes: Planned[];
  extra: ExtraDays;
}

/** The fields a re-import reports, in the file's order, with how each value is written. */
const COMPARED: { key: keyof StageRow; label: string; show(v: unknown): string }[] = [
  { key: 'received', label: 'Received', show: (v) => formatDateShort(v as string) },
  { key: 'acknowledged', label: 'Acknowledged', show: (v) => (v === null ? 'none' : formatDateShort(v as string)) },
  { key: 'extension_days', label: 'Extension (working days)', show: String },
  { key: 'responded', label: 'Responded', show: (v) => (v === null ? 'none' : formatDateShort(v as string)) },
  { key: 'tenure', label: 'Tenure', show: (v) => COMPLAINT_TENURE_LABELS[v as ComplaintTenure] },
  { key: 'service_area', label: 'Service area', show: (v) => (v === '' ? 'none' : String(v)) },
  { key: 'outcome', label: 'Outcome', show: (v) => (v === null ? 'none' : COMPLAINT_OUTCOME_LABELS[v as ComplaintOutcome]) },
  { key: 'compensation_pence', label: 'Compensation', show: (v) => (v === null ? 'none' : `£${((v as number) / 100).toFixed(2)}`) },
];

function complaintTenure(c: Cell): ComplaintTenure | null {
  const t = tenure(c);
  if (t) return t;
  const v = text(c).toLowerCase();
  return ['other', 'non-resident', 'non resident', 'private tenant', 'temporary accommodation', 'licensee'].includes(v) ? 'other' : null;
}

function outcomeOf(c: Cell): ComplaintOutcome | null | undefined {
  const v = text(c)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (v === '') return null;
  if (v === 'upheld') return 'upheld';
  if (['partly upheld', 'partially upheld', 'part upheld'].includes(v)) return 'partly_upheld';
  if (['not upheld', 'rejected'].includes(v)) return 'not_upheld';
  return undefined;
}

/** "£1,250.50", "1250.5" or a number: pence; undefined when not an amount. */
function pence(c: Cell): number | null | undefined {
  if (typeof c === 'number') return Number.isFinite(c) && c >= 0 ? Math.round(c * 100) : undefined;
  const v = text(c).replace(/[£,\s]/g, '');
  if (v === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return undefined;
  return Math.round(Number(v) * 100);
}

/** The complaints log from a CRM's export: one row per complaint stage, keyed by reference and stage. */
export const complaintImporter: Importer<ComplaintPlan> = { validate: validateComplaints, apply: applyComplaints };

function validateComplaints(
  sqlite: BetterSqlite3.Database,
  table: Table,
  o: ImportOptions,
  onProgress?: OnProgress,
): { report: ImportReport; plan: ComplaintPlan | null } {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'complaints', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: Key) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const held = new Map(
    (sqlite.prepare('select * from complaint_stages').all() as (StageRow & { id: number })[]).map((r) => [`${r.reference}\u0000${r.stage}`, r]),
  );
  const seen = new Map<string, number>();
  const writes: Planned[] = [];
  const changes: ImportChange[] = [];

  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    let bad = false;
    const problem = (column: string, message: string) => {
      problems.push({ row, column, message });
      bad = true;
    };
    if (reportExcelErrors(row, cells, at, SPEC, (_r, column, message) => problem(column, message))) continue;

    const reference = text(cell(cells, 'reference'));
    if (!reference) problem('Reference', 'The reference is missing.');
    else if (reference.length > 60) problem('Reference', 'The reference must be 60 characters or fewer.');
    const stageText = text(cell(cells, 'stage'));
    const stageMatch = /^(?:stage\s*)?([12])$/i.exec(stageText);
    if (!stageMatch) problem('Stage', stageText ? `“${stageText}” is not a stage: use 1 or 2.` : 'The stage is missing: use 1 or 2.');
    const stage = Number(stageMatch?.[1] ?? 0) as ComplaintStage;

    const date = (k: Key, required: boolean): string | null => {
      const raw = cell(cells, k);
      const label = SPEC[k].header;
      if (text(raw) === '') {
        if (required) problem(label, `The date ${label.toLowerCase()} is missing.`);
        return null;
      }
      const d = ukDate(raw);
      if (d === null) problem(label, notADate(raw));
      else if (d > o.today) problem(label, `${formatDateShort(d)} is in the future.`);
      else return d;
      return null;
    };
    const received = date('received', true);
    const acknowledged = date('acknowledged', false);
    const responded = date('responded', false);
    if (received && acknowledged && acknowledged < received)
      problem('Acknowledged', `Acknowledged on ${formatDateShort(acknowledged)}, before it was received on ${formatDateShort(received)}.`);
    if (received && responded && responded < received)
      problem('Responded', `Responded on ${formatDateShort(responded)}, before it was received on ${formatDateShort(received)}.`);

    const extText = text(cell(cells, 'extension'));
    const extension = extText === '' ? 0 : Number(extText);
    if (!Number.isInteger(extension) || extension < 0 || extension > 365)
      problem('Extension (working days)', `“${extText}” is not a whole number of working days from 0 to 365.`);

    const t = complaintTenure(cell(cells, 'tenure'));
    if (!t) problem('Tenure', `“${text(cell(cells, 'tenure'))}” is not a tenure: use tenant, shared ownership, leaseholder or other.`);
    const serviceArea = text(cell(cells, 'serviceArea'));
    if (serviceArea.length > 120) problem('Service area', 'The service area must be 120 characters or fewer.');
    const outcome = outcomeOf(cell(cells, 'outcome'));
    if (outcome === undefined) problem('Outcome', `“${text(cell(cells, 'outcome'))}” is not an outcome: use upheld, partly upheld or not upheld.`);
    const compensation = pence(cell(cells, 'compensation'));
    if (compensation === undefined) problem('Compensation', `“${text(cell(cells, 'compensation'))}” is not an amount in pounds, such as 250 or £1,250.50.`);

    if (reference && stageMatch) {
      const key = `${reference}\u0000${stage}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problem('Reference', `${reference} stage ${stage} is also on row ${earlier}.`);
      else seen.set(key, row);
    }
    if (bad) continue;

    const s: StageRow = {
      reference,
      stage,
      received: received!,
      acknowledged,
      extension_days: extension,
      responded,
      tenure: t!,
      service_area: serviceArea,
      outcome: outcome ?? null,
      compensation_pence: compensation ?? null,
    };
    const before = held.get(`${reference}\u0000${stage}`) ?? null;
    if (!before) {
      report.new++;
      writes.push({ row, stage: s, id: null, before: null });
      continue;
    }
    const fields = COMPARED.filter((f) => before[f.key] !== s[f.key]).map((f) => `${f.label}: ${f.show(before[f.key])} -> ${f.show(s[f.key])}`);
    if (fields.length === 0) report.unchanged++;
    else {
      report.updated++;
      changes.push({ row, record: `${reference} stage ${stage}`, fields });
      writes.push({ row, stage: s, id: before.id, before });
    }
  }
  checked(table.rows.length);
  problems.sort((a, b) => a.row - b.row);
  if (changes.length) report.changes = changes;
  const extra: ExtraDays = new Set((sqlite.prepare('select date from non_working_days').all() as { date: string }[]).map((r) => r.date));
  return { report, plan: { writes, extra } };
}

function applyComplaints(sqlite: BetterSqlite3.Database, { writes, extra }: ComplaintPlan, o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const insert = sqlite.prepare(`insert into complaint_stages (reference, stage, received, acknowledged, extension_days, responded, tenure, service_area,
      outcome, compensation_pence, acknowledgement_due, response_due, on_time, days_late, created_at, updated_at)
      values (@reference, @stage, @received, @acknowledged, @extension_days, @responded, @tenure, @service_area,
      @outcome, @compensation_pence, @acknowledgement_due, @response_due, @on_time, @days_late, @now, @now)`);
    const update = sqlite.prepare(`update complaint_stages set received = @received, acknowledged = @acknowledged, extension_days = @extension_days,
      responded = @responded, tenure = @tenure, service_area = @service_area, outcome = @outcome, compensation_pence = @compensation_pence,
      acknowledgement_due = @acknowledgement_due, response_due = @response_due, on_time = @on_time, days_late = @days_late, updated_at = @now where id = @id`);
    const written = progressTicker(onProgress, 'writing', writes.length);
    for (const [i, w] of writes.entries()) {
      written(i);
      const s = w.stage;
      const clock = clockColumns(
        { stage: s.stage, received: s.received, acknowledged: s.acknowledged, extensionDays: s.extension_days, responded: s.responded },
        extra,
      );
      const values = { ...s, ...clock, now: o.now };
      const label = `${s.reference} stage ${s.stage}`;
      if (w.id === null) {
        const id = Number(insert.run(values).lastInsertRowid);
        audit({ entity: 'complaint_stage', entityId: id, action: 'create', label, after: { ...s, source: 'import' } });
      } else {
        update.run({ ...values, id: w.id });
        const changed = COMPARED.filter((f) => w.before![f.key] !== s[f.key]);
        const before = Object.fromEntries(changed.map((f) => [f.key, w.before![f.key]]));
        const after = Object.fromEntries(changed.map((f) => [f.key, s[f.key]]));
        audit({ entity: 'complaint_stage', entityId: w.id, action: 'update', label, before, after: { ...after, source: 'import' } });
      }
    }
    written(writes.length);
  });
  return {};
}
