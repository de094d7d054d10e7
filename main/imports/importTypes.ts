export interface ImportProblem {
  /** the row of the file (1 = the header row) */
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  kind: 'stock' | 'certificates';
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
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
