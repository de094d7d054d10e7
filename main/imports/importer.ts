import type BetterSqlite3 from 'better-sqlite3';
import type { ImportOptions, ImportReport, OnProgress } from './importTypes';
import type { Table } from './readTable';

/**
 * One kind of import. `validate` reads the database and checks every row, counting what would
 * change; its plan is null when nothing can be written (a required column is missing). `apply`
 * writes the plan in one transaction and may add to the report (gas checks worked out again).
 * runImport decides between them: a dry run, or a file with problems unless the valid rows only
 * were chosen, is never applied.
 */
export interface Importer<Plan> {
  validate(sqlite: BetterSqlite3.Database, table: Table, o: ImportOptions, onProgress?: OnProgress): { report: ImportReport; plan: Plan | null };
  apply(sqlite: BetterSqlite3.Database, plan: Plan, o: ImportOptions, onProgress?: OnProgress): Partial<ImportReport>;
}
