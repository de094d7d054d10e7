import type BetterSqlite3 from 'better-sqlite3';
import { checkMeasureValue, formatMeasureValue, type MeasureRule, type Period, type ValueField } from '../../shared/domain/measures';
import { measureImport } from '../../shared/domain/measureImportFields';
import { bulkMutation } from '../core/bulkAudit';
import type { MeasuresTable } from '../measures/tables';
import { locateColumns, reportExcelErrors } from './columns';
import type { Importer } from './importer';
import { progressTicker, type ImportOptions, type ImportReport, type OnProgress } from './importTypes';
import type { Cell, Table } from './readTable';
import { text } from './values';

const SPEC = measureImport.fields;
const COLUMN: Record<ValueField, string> = { period: 'Period', value: 'Value', numerator: 'Numerator', denominator: 'Denominator' };

interface ValueRow {
  row: number;
  measureId: number;
  code: string;
  period: Period;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  /** the stored value's id when the row replaces or repeats one */
  existingId: number | null;
  changed: boolean;
}

/** A number as a spreadsheet holds it: 88.7, "88.7%", "1,203" or "£1,250"; null when blank; NaN when not a number. */
function numberCell(c: Cell): number | null {
  if (typeof c === 'number') return c;
  const v = text(c).replace(/[,£%\s]/g, '');
  if (v === '') return null;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
}

/** A period; a spreadsheet that turned "2025-10" into a date gives that date's month. */
const periodCell = (c: Cell) => (c instanceof Date ? c.toISOString().slice(0, 7) : text(c));

type StoredMeasure = Pick<MeasuresTable, 'code' | 'unit' | 'frequency' | 'aggregation' | 'computed_from'> & { id: number };
type StoredValue = { id: number; value: number; numerator: number | null; denominator: number | null; note: string; computed: number };

/** Values of measures: each row checked as the grid checks a cell; a value already stored is replaced, and the report says old and new. */
export const measureImporter: Importer<ValueRow[]> = { validate: validateMeasures, apply: applyMeasures };

function validateMeasures(
  sqlite: BetterSqlite3.Database,
  table: Table,
  o: ImportOptions,
  onProgress?: OnProgress,
): { report: ImportReport; plan: ValueRow[] | null } {
  const { at, problems } = locateColumns(table, SPEC);
  const report: ImportReport = { kind: 'measures', rows: table.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false, replaced: [] };
  if (problems.length) return { report, plan: null };
  const cell = (cells: Cell[], k: keyof typeof SPEC) => (at[k] === null ? null : (cells[at[k]] ?? null));
  const measures = new Map(
    (sqlite.prepare('select id, code, unit, frequency, aggregation, computed_from from measures').all() as StoredMeasure[]).map((m) => [m.code, m]),
  );
  const stored = sqlite.prepare('select id, value, numerator, denominator, note, computed from measure_values where measure_id = ? and period = ?');
  const problem = (row: number, column: string, message: string) => problems.push({ row, column, message });
  const seen = new Map<string, number>();
  const plan: ValueRow[] = [];
  const checked = progressTicker(onProgress, 'checking', table.rows.length);
  for (const [i, { line: row, cells }] of table.rows.entries()) {
    checked(i);
    if (reportExcelErrors(row, cells, at, SPEC, problem)) continue;
    const code = text(cell(cells, 'measure')).toUpperCase();
    const m = measures.get(code);
    if (!m) {
      problem(row, 'Measure', code ? `There is no measure ${code}: use a code from the Performance page.` : 'The measure is missing.');
      continue;
    }
    const nums = {
      value: numberCell(cell(cells, 'value')),
      numerator: numberCell(cell(cells, 'numerator')),
      denominator: numberCell(cell(cells, 'denominator')),
    };
    const notNumber = (Object.keys(nums) as (keyof typeof nums)[]).filter((k) => Number.isNaN(nums[k]));
    for (const k of notNumber) problem(row, COLUMN[k], `“${text(cell(cells, k))}” is not a number.`);
    if (notNumber.length) continue;
    const rule: MeasureRule = { code: m.code, unit: m.unit, frequency: m.frequency, aggregation: m.aggregation, computedFrom: m.computed_from };
    const c = checkMeasureValue(rule, { period: periodCell(cell(cells, 'period')), ...nums }, o.today);
    if (!c.ok) {
      problem(row, c.field === 'value' && m.computed_from ? 'Measure' : COLUMN[c.field], c.message);
      continue;
    }
    const key = `${m.code} ${c.value.period.text}`;
    if (seen.has(key)) {
      problem(row, 'Period', `${key} is also on row ${seen.get(key)}: give each measure one value per period.`);
      continue;
    }
    seen.set(key, row);
    const note = text(cell(cells, 'note'));
    const before = stored.get(m.id, c.value.period.text) as StoredValue | undefined;
    const changed =
      !before || before.value !== c.value.value || before.numerator !== c.value.numerator || before.denominator !== c.value.denominator || before.note !== note;
    if (!before) report.new++;
    else if (changed) {
      report.updated++;
      if (before.value !== c.value.value)
        report.replaced!.push({
          row,
          measure: m.code,
          period: c.value.period.text,
          old: formatMeasureValue(before.value, m.unit),
          new: formatMeasureValue(c.value.value, m.unit),
        });
    } else report.unchanged++;
    plan.push({ row, measureId: m.id, code: m.code, ...c.value, note, existingId: before?.id ?? null, changed });
  }
  checked(table.rows.length);
  const bad = new Set(problems.map((p) => p.row));
  return { report, plan: plan.filter((r) => !bad.has(r.row)) };
}

function applyMeasures(sqlite: BetterSqlite3.Database, plan: ValueRow[], o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport> {
  bulkMutation(sqlite, o, (audit) => {
    const upsert = sqlite.prepare(
      `insert into measure_values (measure_id, period, period_start, period_end, year, value, numerator, denominator, note, computed, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
       on conflict (measure_id, period) do update set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
         note = excluded.note, updated_at = excluded.updated_at
       returning id`,
    );
    const written = progressTicker(onProgress, 'writing', plan.length);
    for (const [i, r] of plan.entries()) {
      written(i);
      if (!r.changed) continue;
      const { id } = upsert.get(
        r.measureId,
        r.period.text,
        r.period.start,
        r.period.end,
        r.period.year,
        r.value,
        r.numerator,
        r.denominator,
        r.note,
        o.now,
        o.now,
      ) as {
        id: number;
      };
      const after = { period: r.period.text, value: r.value, numerator: r.numerator, denominator: r.denominator, note: r.note, source: 'import' };
      audit({
        entity: 'measure_value',
        entityId: id,
        action: r.existingId ? 'update' : 'create',
        label: `${r.code} ${r.period.text}`,
        after,
        parent: { entity: 'measure', id: r.measureId },
      });
    }
    written(plan.length);
  });
  return {};
}
