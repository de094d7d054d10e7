export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'unknown_call',
  'forbidden',
  'database_newer',
  'internal',
  'cancelled',
  /** the database is being written by something else (an import): try again */
  'busy',
  /** the database file is damaged: nothing is written to it */
  'damaged',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The plain object every failure crosses the boundary as. */
export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** the input field the error concerns, as named in the call's input */
  field?: string;
  /** 1-based row of an imported file, when the error concerns one */
  row?: number;
  /** every problem found, when there is more than one (the first is also the error itself) */
  problems?: FieldProblem[];
}

/** One problem with one field of a form, so that a form can show them all at once. */
export interface FieldProblem {
  field?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
