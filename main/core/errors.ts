import type { ZodError } from 'zod';
import type { AppErrorShape, ErrorCode } from '../../shared/contract/result';

/** An error meant for the user: it crosses the boundary as a plain {code, message, field} object. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.field !== undefined) shape.field = this.field;
    if (this.row !== undefined) shape.row = this.row;
    return shape;
  }
}

export const invalid = (field: string, message: string) => new AppError('validation', message, field);
export const notFound = (what: string) => new AppError('not_found', `${what} was not found. It may have been deleted: refresh the page.`);

// Inputs of update calls nest the changed fields under `patch`; the UI knows fields by their own names.
const WRAPPERS = new Set(['patch']);

export function fromZodError(error: ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError('validation', 'The input is not valid.');
  const path = issue.path.filter((p) => typeof p !== 'string' || !WRAPPERS.has(p)).map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return new AppError('validation', `"${key}" is not a field that can be set here.`, [...path, key].join('.'));
  }
  return new AppError('validation', issue.message, path.length ? path.join('.') : undefined);
}
