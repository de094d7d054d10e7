import type { ImportKind } from '../../shared/domain/importKinds';

export interface ImportProblem {
  /** the row of the file (1 = the header row) */
  row: number;
  column: string;
  message: string;
}

/** A record already held that a row changes: "Responded: none -> 12/05/2025". */
export interface ImportChange {
  row: number;
  record: string;
  /** "Field: old -> new", one per field that changes */
  fields: string[];
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  /** of the new rows, how many are visits that could not get in (certificate files only) */
  noAccess?: number;
  /** later gas checks whose expiry a late or corrected one moved (certificate imports, once applied) */
  rederived?: number;
  /** values an import replaces (measures files): each row's measure and period, the old and the new value as the screen writes them */
  replaced?: { row: number; measure: string; period: string; old: string; new: string }[];
  problems: ImportProblem[];
  /** what a re-import changes in records already held, field by field (complaints) */
  changes?: ImportChange[];
  /** what the rows add or change besides their own records, in words: new teams and job roles, an existing record's changed fields */
  notes?: string[];
  /** false for a dry run, or when problems stopped the import */
  applied: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  /** import the valid rows and skip the rest, rather than importing nothing */
  validOnly: boolean;
  actor: string;
  now: string;
  today: string;
}

/** Each header of the file and the field it was matched to (by name, or by the user's mapping). */
export interface ColumnMatch {
  header: string;
  /** the field key, or null when the column is not imported */
  field: string | null;
  /** true when the user's mapping chose it */
  mapped: boolean;
}

/** What runImport answers: the report and how the file's columns were read. */
export interface ImportResult extends ImportReport {
  columns: ColumnMatch[];
  /** keys of required fields that no column holds */
  missing: string[];
  /** set when the file has the other kind's columns (then its one problem says so and nothing else is checked) */
  looksLike?: ImportKind;
}

export type ImportPhase = 'reading' | 'checking' | 'writing';

export interface ImportProgress {
  phase: ImportPhase;
  /** rows checked or written so far */
  done: number;
  total: number;
}

/** Called every PROGRESS_EVERY rows, not per row; it may throw to stop the import (cancel). */
export type OnProgress = (p: ImportProgress) => void;

export const PROGRESS_EVERY = 2000;

/** A phase's progress: call it with the rows done so far; it reports at the start, every PROGRESS_EVERY rows and at the end. */
export function progressTicker(on: OnProgress | undefined, phase: ImportPhase, total: number): (done: number) => void {
  if (!on) return () => {};
  return (done) => {
    if (done % PROGRESS_EVERY === 0 || done === total) on({ phase, done, total });
  };
}
