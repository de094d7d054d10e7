import type { ZodError } from 'zod';
import type { AppErrorShape, ErrorCode, FieldProblem } from '../../shared/contract/result';

/** An error meant for the user: it crosses the boundary as a plain {code, message, field} object. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly row?: number,
    readonly problems?: FieldProblem[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.field !== undefined) shape.field = this.field;
    if (this.row !== undefined) shape.row = this.row;
    if (this.problems && this.problems.length > 1) shape.problems = this.problems;
    return shape;
  }
}

export const invalid = (field: string, message: string) => new AppError('validation', message, field);

/** Several problems found at once: the first is the error, all travel with it so a form can show every one. */
export function invalidAll(problems: readonly { field: string; message: string }[]): AppError {
  const [first] = problems;
  if (!first) throw new Error('invalidAll needs at least one problem');
  return new AppError('validation', first.message, first.field, undefined, [...problems]);
}
export const notFound = (what: string) => new AppError('not_found', `${what} was not found. It may have been deleted: refresh the page.`);

// Inputs of update calls nest the changed fields under `patch`, and an export in the background its
// export's input under `input`; the UI knows fields by their own names.
const WRAPPERS = new Set(['patch', 'input']);

export function fromZodError(error: ZodError): AppError {
  // One problem per field, in the order the schema lists them, so a form can show them all at once.
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.filter((p) => typeof p !== 'string' || !WRAPPERS.has(p)).map(String);
    const problem: FieldProblem =
      issue.code === 'unrecognized_keys'
        ? { field: [...path, issue.keys[0] ?? ''].join('.'), message: `"${issue.keys[0] ?? ''}" is not a field that can be set here.` }
        : path.length
          ? { field: path.join('.'), message: issue.message }
          : { message: issue.message };
    const key = problem.field ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const first = problems[0];
  if (!first) return new AppError('validation', 'The input is not valid.');
  return new AppError('validation', first.message, first.field, undefined, problems);
}
