import type BetterSqlite3 from 'better-sqlite3';
import { plural } from '../../shared/domain/plural';
import { DEFAULT_MAX_CELL_CHARS, type ColumnMapping } from '../../shared/domain/importFields';
import { importFieldsOf, validRowsOnlyAllowed, type ImportKind } from '../../shared/domain/importKinds';
import { looksLikeSentence, skippedRows, skippedSentence } from '../../shared/domain/importReport';
import { AppError } from '../core/errors';
import { looksLikeOtherKind } from './fileKind';
import { importers } from './importers';
import type { ImportOptions, ImportReport, ImportResult, OnProgress } from './importTypes';
import { applyMapping } from './mapping';
import { readTable, type Table } from './readTable';
import { locateColumns } from './columns';
import { text } from './values';

/**
 * Reads the file, applies the column mapping and runs the import in one transaction (or none, for
 * a dry run). The background job's worker and the command line both call this.
 */
export async function runImport(
  sqlite: BetterSqlite3.Database,
  kind: ImportKind,
  fileName: string,
  bytes: Buffer,
  o: ImportOptions & { mapping?: ColumnMapping },
  onProgress?: OnProgress,
): Promise<ImportResult> {
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  let read;
  try {
    read = await readTable(fileName, bytes);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as Error).message === 'unsupported') throw new AppError('validation', `${fileName} is not a .csv or .xlsx file.`, 'fileName');
    throw new AppError('validation', `${fileName} could not be read as a spreadsheet (${(e as Error).message}).`, 'fileName');
  }
  if (read.headers.length === 0) throw new AppError('validation', `${fileName} is empty.`, 'fileName');
  onProgress?.({ phase: 'reading', done: read.rows.length, total: read.rows.length });
  const { table, columns, missing, relabel } = applyMapping(read, kind, o.mapping);
  const looksLike = looksLikeOtherKind(read.headers, kind, missing);
  if (looksLike) {
    // the missing columns would only lead the user to map a file that was never meant for this import
    const problems = [{ row: 1, column: 'File', message: `${looksLikeSentence(kind, looksLike)}: import it as ${looksLike}.` }];
    return { kind, rows: read.rows.length, new: 0, updated: 0, unchanged: 0, problems, applied: false, columns, missing, looksLike };
  }
  if (read.rows.length === 0) throw new AppError('validation', `${fileName} has a header row but no rows under it: there is nothing to import.`, 'fileName');
  // cells longer than the app's own forms allow are refused here, for every kind, by row and column
  const { kept, tooLong } = withoutTooLong(table, kind);
  const importer = importers[kind];
  const { report, plan } = importer.validate(sqlite, kept, o, onProgress);
  if (tooLong.length) {
    report.rows = table.rows.length;
    report.problems.push(...tooLong);
    report.problems.sort((a, b) => a.row - b.row);
  }
  if (plan !== null && !o.dryRun && (report.problems.length === 0 || (o.validOnly && validRowsOnlyAllowed(kind)))) {
    Object.assign(report, importer.apply(sqlite, plan, o, onProgress));
    report.applied = true;
  }
  relabel(report.problems);
  return { ...report, columns, missing };
}

/** The rows whose every cell is within its field's length, and a problem for each cell that is not. */
function withoutTooLong(table: Table, kind: ImportKind): { kept: Table; tooLong: { row: number; column: string; message: string }[] } {
  const fields = importFieldsOf(kind);
  const { at } = locateColumns(table, fields);
  const tooLong: { row: number; column: string; message: string }[] = [];
  const rows = table.rows.filter((r) => {
    let ok = true;
    for (const [key, field] of Object.entries(fields)) {
      const i = at[key];
      const max = field.maxLength ?? DEFAULT_MAX_CELL_CHARS;
      const length = i === null || i === undefined ? 0 : text(r.cells[i] ?? null).length;
      if (length > max) {
        tooLong.push({
          row: r.line,
          column: field.header,
          message: `${field.header} must be ${max.toLocaleString('en-GB')} characters or fewer; this cell has ${length.toLocaleString('en-GB')}.`,
        });
        ok = false;
      }
    }
    return ok;
  });
  return { kept: { ...table, rows }, tooLong };
}

export function describeReport(r: ImportReport & { looksLike?: ImportKind }, dryRun = false): string {
  if (r.looksLike) return `${looksLikeSentence(r.kind, r.looksLike)}: use \`import ${r.looksLike}\`. Nothing was imported.`;
  const skipped = skippedSentence(skippedRows(r));
  const orValidRows = validRowsOnlyAllowed(r.kind) ? ', or import the valid rows only' : '';
  const lines = [
    `${plural(r.rows, 'row')}: ${r.new} new, ${r.updated} updated, ${r.unchanged} unchanged${r.problems.length ? `, ${plural(r.problems.length, 'problem')}` : ''}.`,
  ];
  for (const x of r.replaced ?? []) lines.push(`Row ${x.row}: ${x.measure} ${x.period} ${r.applied ? 'replaced' : 'replaces'} ${x.old} with ${x.new}.`);
  for (const n of (r.notes ?? []).slice(0, 200)) lines.push(n);
  if ((r.notes?.length ?? 0) > 200) lines.push(`… and ${r.notes!.length - 200} more changes.`);
  for (const p of r.problems.slice(0, 200)) lines.push(`Row ${p.row}, ${p.column}: ${p.message}`);
  if (r.problems.length > 200) lines.push(`… and ${r.problems.length - 200} more problems.`);
  for (const c of (r.changes ?? []).slice(0, 200)) lines.push(`Row ${c.row}, ${c.record}: ${c.fields.join('; ')}`);
  if ((r.changes?.length ?? 0) > 200) lines.push(`… and ${r.changes!.length - 200} more changed.`);
  lines.push(
    r.applied
      ? `Imported.${skipped ? ` ${skipped}.` : ''}${r.rederived ? ` ${r.rederived} later gas ${r.rederived === 1 ? 'check' : 'checks'} worked out again from the checks before ${r.rederived === 1 ? 'it' : 'them'}.` : ''}`
      : dryRun
        ? `Dry run: nothing was changed.${r.problems.length ? ` Correct the file${orValidRows}.` : ''}`
        : `Nothing was imported: correct the file${orValidRows}.`,
  );
  return lines.join('\n');
}
