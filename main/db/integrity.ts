import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { appRoot } from '../app/paths';
import { AppError } from '../core/errors';

// SQLite's quick_check reads every page (1.4 s for a large landlord's 365 MB file), so a file up to
// CHECK_IN_LINE_BYTES is checked before it is opened for use and a larger one on a worker thread,
// while the app waits to answer (see OpenDatabase.checked).

export const CHECK_IN_LINE_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS = 5;

/** Whether an error from SQLite means the file itself is damaged or not a database. */
export function isDamageError(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** The one sentence every host and command shows for a damaged file. */
export function damagedError(file: string, found: string): AppError {
  const dir = path.dirname(file);
  const copies = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(file)) && f.endsWith('.bak')) : [];
  const advice = copies.length
    ? `Restore a backup copy, such as ${path.join(dir, copies.sort().at(-1)!)}, in its place.`
    : 'Restore your latest backup copy of it, or ask your IT team to recover it.';
  return new AppError('damaged', `${file} is damaged (SQLite found: ${found.replace(/\s+/g, ' ').trim()}). Nothing has been written to it. ${advice}`);
}

/** The problems PRAGMA quick_check finds (at most a few), or none. */
export function quickCheck(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.pragma(`quick_check(${MAX_PROBLEMS})`) as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}

/** The built worker: beside this file when running from dist/, else in dist/ (vitest runs the sources). */
function workerFile(): string {
  const beside = path.join(__dirname, 'integrityWorker.js');
  if (fs.existsSync(beside)) return beside;
  return path.join(appRoot(), 'dist', 'main', 'db', 'integrityWorker.js');
}

/** quick_check on its own read-only connection in a worker thread. */
export function quickCheckInBackground(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: { file } });
    worker.once('message', (m: { problems?: string[]; error?: { message: string; code?: string } }) => {
      if (m.problems) resolve(m.problems);
      else reject(Object.assign(new Error(m.error?.message ?? 'The database check failed.'), { code: m.error?.code }));
    });
    worker.once('error', reject);
  });
}
