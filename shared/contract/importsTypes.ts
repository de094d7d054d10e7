import type { ImportKind } from '../domain/importKinds';
import type { AppErrorShape } from './result';

export interface ImportReportResult {
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
  problems: { row: number; column: string; message: string }[];
  /** how many problems the file has, when only the first are listed (the import screen's status) */
  problemCount?: number;
  /** what a re-import changes in records already held: each "Field: old -> new" (complaints) */
  changes?: { row: number; record: string; fields: string[] }[];
  /** what the rows add or change besides their own records, in words: new teams and job roles, an existing record's changed fields */
  notes?: string[];
  applied: boolean;
  /** each header of the file and the field key it was matched to (null: not imported); mapped when the user chose it */
  columns: { header: string; field: string | null; mapped: boolean }[];
  /** keys of required fields that no column holds */
  missing: string[];
  /** set when the file has the other kind's columns: its one problem says so */
  looksLike?: ImportKind;
}

/** A background import (a check or the import itself), as imports.status answers it. */
export interface ImportJobStatus {
  jobId: string;
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  state: 'running' | 'done' | 'failed';
  phase: 'reading' | 'checking' | 'writing';
  /** rows checked or written so far in this phase */
  done: number;
  total: number;
  report?: ImportReportResult;
  error?: AppErrorShape;
}
