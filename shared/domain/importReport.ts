import type { ImportKind } from './importKinds';

// Words for an import's report that the command line and the import card both use.

/** When a file has the columns of the other kind: "This looks like a certificates file, not a stock file". */
export function looksLikeSentence(kind: ImportKind, looksLike: ImportKind): string {
  return `This looks like a ${looksLike} file, not a ${kind} file`;
}

/** The rows an import left out because of their problems (distinct, in order); none unless it was applied. */
export function skippedRows(report: { applied: boolean; problems: readonly { row: number }[] }): number[] {
  if (!report.applied) return [];
  return [...new Set(report.problems.map((p) => p.row))].sort((a, b) => a - b);
}

const SHOW_ROWS = 10;

/** "1 row skipped because of problems (row 3)", "3 rows skipped … (rows 3, 5 and 9)"; '' when none. */
export function skippedSentence(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, SHOW_ROWS);
  const list =
    rows.length > SHOW_ROWS
      ? `${shown.join(', ')} and ${rows.length - SHOW_ROWS} more`
      : shown.length === 1
        ? String(shown[0])
        : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} skipped because of problems (${rows.length === 1 ? 'row' : 'rows'} ${list})`;
}

/** How many problems a report lists for the import screen, and how long each message may be. */
export const LISTED_PROBLEMS = 500;
const MESSAGE_CHARS = 300;

/**
 * A report as the import screen is sent it, polled every quarter second: the first problems only
 * (with how many there are) and no message longer than a few lines. An applied report keeps every
 * problem, since they say which rows were skipped.
 */
export function forStatus<R extends { applied: boolean; problems: { row: number; column: string; message: string }[] }>(
  report: R,
): R & { problemCount: number } {
  const trim = (m: string) => (m.length > MESSAGE_CHARS ? `${m.slice(0, MESSAGE_CHARS - 1)}…` : m);
  const problems = report.applied ? report.problems : report.problems.slice(0, LISTED_PROBLEMS);
  return { ...report, problems: problems.map((p) => ({ ...p, message: trim(p.message) })), problemCount: report.problems.length };
}
