import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../core/errors';
import { compiledWorker } from '../core/workerFile';
import { CHECK_IN_LINE_BYTES, quickCheck } from './integrity';
import { appliedMigrations } from './schemaSteps';

// Work that reads a whole database file: its check (quick_check, and the schema steps it holds) and
// a copy by SQLite's backup API. A large landlord's file takes seconds for either, and in a host the
// thread that would do it answers every call, so a file over CHECK_IN_LINE_BYTES is read on a
// worker thread (fileWorkerThread.ts) with a connection of its own; a small one in line.

export interface FileFacts {
  /** what quick_check found (none for a sound file) */
  problems: string[];
  /** the schema steps applied to it, oldest first */
  applied: string[];
}

export type FileWorkRequest = { op: 'facts'; file: string } | { op: 'copy'; source: string; target: string };
export type FileWorkMessage = { progress: number } | { facts: FileFacts } | { copied: true } | { error: { message: string; code?: string } };

/** How many pages a copy takes at a step: in line, few, so that calls are answered between steps. */
const PAGES_IN_LINE = 256;
export const PAGES_AT_A_STEP_ON_WORKER = 4096;

const bytesOf = (file: string) => [file, `${file}-wal`].reduce((n, f) => n + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
const isLarge = (file: string) => file !== ':memory:' && file !== '' && bytesOf(file) > CHECK_IN_LINE_BYTES;

/** quick_check and the schema steps, on a read-only connection opened for it (throws SQLite's error for a file it cannot read). */
export function readFileFacts(file: string): FileFacts {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return { problems: quickCheck(sqlite), applied: appliedMigrations(sqlite) };
  } finally {
    sqlite.close();
  }
}

/** How long a copy waits for a write on its connection to end before it is refused as busy. */
export const WAIT_FOR_WRITES_MS = 30_000;
const WRITE_POLL_MS = 20;

/**
 * Copies the database behind `from` to `target` by SQLite's backup API, reporting the percent done
 * after each step. SQLite refuses a backup's first step while its connection is inside a write (a
 * call that awaits within its transaction), and better-sqlite3 then ends the copy as if it were
 * done, deleting the file it began: the copy is begun again once the write ends, and refused as
 * busy if it has not ended after `waitForWritesMs`.
 */
export async function copyByBackup(
  from: BetterSqlite3.Database,
  target: string,
  pagesAtAStep: number,
  onProgress: (percent: number) => void,
  waitForWritesMs = WAIT_FOR_WRITES_MS,
) {
  const until = Date.now() + waitForWritesMs;
  for (;;) {
    await from.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress(totalPages ? Math.round((100 * (totalPages - remainingPages)) / totalPages) : 100);
        return pagesAtAStep;
      },
    });
    if (fs.existsSync(target)) return;
    if (Date.now() >= until) throw new AppError('busy', 'The database was being written all the while, so it could not be copied: try again in a moment.');
    await new Promise((resolve) => setTimeout(resolve, WRITE_POLL_MS));
  }
}

/** The file's check and schema steps: on a worker for a large file. */
export function fileFacts(file: string): Promise<FileFacts> {
  return isLarge(file) ? factsOnWorker(file) : Promise.resolve().then(() => readFileFacts(file));
}

/** quick_check's findings on a worker thread, whatever the file's size (a host opening a large file). */
export const quickCheckInBackground = (file: string): Promise<string[]> => factsOnWorker(file).then((f) => f.problems);

const factsOnWorker = (file: string) =>
  onWorker({ op: 'facts', file }, () => undefined).then((m) => {
    if (!('facts' in m)) throw new Error('The file check ended without its findings.');
    return m.facts;
  });

/**
 * Copies a database (an open connection, or a file) to `target`: a large one on a worker with its own
 * read-only connection. `onProgress` gets the percent done after each step; if it throws (a cancelled
 * restore), the copy stops with that error.
 */
export async function copyDatabase(
  from: BetterSqlite3.Database | string,
  target: string,
  onProgress: (percent: number) => void,
  waitForWritesMs = WAIT_FOR_WRITES_MS,
): Promise<void> {
  const file = typeof from === 'string' ? from : from.name;
  if (isLarge(file)) {
    await onWorker({ op: 'copy', source: file, target }, onProgress);
    return;
  }
  const sqlite = typeof from === 'string' ? new BetterSqlite3(from, { readonly: true, fileMustExist: true }) : from;
  try {
    await copyByBackup(sqlite, target, PAGES_IN_LINE, onProgress, waitForWritesMs);
  } finally {
    if (sqlite !== from) sqlite.close();
  }
}

function onWorker(request: FileWorkRequest, onProgress: (percent: number) => void): Promise<FileWorkMessage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(compiledWorker(__dirname, 'db', 'fileWorkerThread', 'database file'), { workerData: request });
    let settled = false;
    // set when onProgress threw: the worker is stopped, and the work ends with that error once it has
    let stoppedBy: unknown = null;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: FileWorkMessage) => {
      if (stoppedBy) return;
      if ('progress' in m) {
        try {
          onProgress(m.progress);
        } catch (e) {
          stoppedBy = e;
          void worker.terminate();
        }
      } else if ('error' in m) settle(() => reject(Object.assign(new Error(m.error.message), { code: m.error.code })));
      else settle(() => resolve(m));
    });
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(stoppedBy ?? new Error(`The database file's worker stopped unexpectedly (exit code ${code}).`))));
  });
}
