import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../core/errors';
import { importCertificates } from './certificateImport';
import type { ImportOptions, ImportReport } from './importTypes';
import { readTable } from './readTable';
import { importStock } from './stockImport';

/** Reads the file and runs the import in one transaction (or none, for a dry run). */
export async function runImport(sqlite: BetterSqlite3.Database, kind: 'stock' | 'certificates', fileName: string, bytes: Buffer, o: ImportOptions): Promise<ImportReport> {
  let table;
  try {
    table = await readTable(fileName, bytes);
  } catch (e) {
    if ((e as Error).message === 'unsupported') throw new AppError('validation', `${fileName} is not a .csv or .xlsx file.`, 'fileName');
    throw new AppError('validation', `${fileName} could not be read as a spreadsheet (${(e as Error).message}).`, 'fileName');
  }
  if (table.headers.length === 0) throw new AppError('validation', `${fileName} is empty.`, 'fileName');
  return kind === 'stock' ? importStock(sqlite, table, o) : importCertificates(sqlite, table, o);
}

export function describeReport(r: ImportReport): string {
  const lines = [`${r.rows} rows: ${r.new} new, ${r.updated} updated, ${r.unchanged} unchanged${r.problems.length ? `, ${r.problems.length} problems` : ''}.`];
  for (const p of r.problems.slice(0, 200)) lines.push(`Row ${p.row}, ${p.column}: ${p.message}`);
  if (r.problems.length > 200) lines.push(`… and ${r.problems.length - 200} more problems.`);
  lines.push(r.applied ? 'Imported.' : r.problems.length ? 'Nothing was imported: correct the file, or import the valid rows only.' : 'Dry run: nothing was changed.');
  return lines.join('\n');
}
