import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../core/errors';

// SQLite's quick_check reads every page (1.4 s for a large landlord's 365 MB file), so a file up to
// CHECK_IN_LINE_BYTES is checked in line and a larger one on a worker thread (fileWork.ts): when a
// host opens it, while the app waits to answer (see OpenDatabase.checked); when a backup is checked,
// while the app goes on answering.

export const CHECK_IN_LINE_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS = 5;

/** Whether an error from SQLite means the file itself is damaged or not a database. */
export function isDamageError(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** A SQLite file's first bytes are its format's name; a header wiped to zeros is damage too. */
export function looksLikeSqlite(file: string): boolean {
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0' || head.every((b) => b === 0);
}

/** The newest copy of a database: its automatic backups (in "backups" beside it) and the copies taken before updates. */
function newestCopy(file: string): string | null {
  const base = path.basename(file);
  const places: [dir: string, keep: (name: string) => boolean][] = [
    [path.join(path.dirname(file), 'backups'), (n) => n.startsWith(`${base}.`) && n.endsWith('.backup.sqlite')],
    [path.dirname(file), (n) => n.startsWith(`${base}.`) && n.endsWith('.bak')],
  ];
  const copies = places.flatMap(([dir, keep]) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter(keep)
          .map((n) => path.join(dir, n))
      : [],
  );
  return copies.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0] ?? null;
}

/** The one sentence every host and command shows for a damaged file. */
export function damagedError(file: string, found: string): AppError {
  const copy = newestCopy(file);
  const advice = copy
    ? `Restore the latest backup with: housing-desk restore --db "${file}" "${copy}".`
    : 'Restore your latest backup copy of it with housing-desk restore, or ask your IT team to recover it.';
  return new AppError('damaged', `${file} is damaged (SQLite found: ${found.replace(/\s+/g, ' ').trim()}). Nothing has been written to it. ${advice}`);
}

/** The problems PRAGMA quick_check finds (at most a few), or none. */
export function quickCheck(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.pragma(`quick_check(${MAX_PROBLEMS})`) as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}
