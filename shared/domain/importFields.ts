// What every kind of spreadsheet import is described by: its columns, recognised by header or
// alias. The kinds themselves are listed in importKinds.ts.

/** The largest spreadsheet an import takes: 100,000 certificate rows are about 8 MB as CSV. */
export const MAX_IMPORT_FILE_MB = 60;

export interface ImportField {
  /** the header the app recognises (any case, spaces or underscores) */
  header: string;
  aliases?: string[];
  required: boolean;
  /** the most characters a cell may hold, as the app's own forms allow; DEFAULT_MAX_CELL_CHARS when not given */
  maxLength?: number;
}

/** The most characters an imported cell may hold when its field sets no limit of its own. */
export const DEFAULT_MAX_CELL_CHARS = 2000;

/** One kind of import, as the import screen, the contract and main's importer all see it. */
export interface ImportKindSpec {
  /** what the import screen calls it, under “What it holds” */
  label: string;
  /** the columns it recognises, in words, under the file chooser */
  columnsHint: string;
  fields: Record<string, ImportField>;
  /** a file with any problem imports nothing: the valid rows alone are never offered (the complaints log, whose figures need every stage) */
  allOrNothing?: true;
}

/** Headers match whatever their case, spaces and underscores. */
export const headerKey = (h: string) => h.toLowerCase().replace(/[\s_]+/g, '');

/** A file's header → a field key, or null to ignore the column. */
export type ColumnMapping = Record<string, string | null>;
