// Imports as background jobs: each runs in a process of its own (importProcess.ts, on its worker
// thread importWorker.ts) with its own connection to the database file, so the host (Electron's
// window, the web host) keeps answering, and gets back all of the memory the import took when the
// process ends. Jobs live in memory; one import runs at a time per database.
import crypto from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportJobStatus } from '../../shared/contract';
import type { ColumnMapping } from '../../shared/domain/importFields';
import type { ImportKind } from '../../shared/domain/importKinds';
import { lockWaitOf, setLockWait } from '../db/immediateDialect';
import { forStatus } from '../../shared/domain/importReport';
import { AppError } from '../core/errors';
import { jobRegistry } from '../core/jobRegistry';
import { compiledWorker } from '../core/workerFile';
import type { ForkWork, WorkProcess } from '../core/workProcess';
import { FILE_PART_BYTES, type ImportProcessMessage, type ImportProcessRequest, type WorkerMessage } from './importJobTypes';
import type { ImportOptions } from './importTypes';

interface Job {
  status: ImportJobStatus;
  dbPath: string;
  process: WorkProcess;
  listeners: Set<(s: ImportJobStatus) => void>;
  finished: Promise<ImportJobStatus>;
}

const jobs = jobRegistry<Job>('That import', 20);
const runningOn = new Map<string, string>();

/** The compiled import worker thread, and the process it runs in. */
export const workerFile = (): string => compiledWorker(__dirname, 'imports', 'importWorker', 'import');
export const processFile = (): string => compiledWorker(__dirname, 'imports', 'importProcess', 'import');

export interface StartImport {
  sqlite: BetterSqlite3.Database;
  kind: ImportKind;
  fileName: string;
  /** the file's bytes (the upload the call named), taken once the import may start: sent to the import's process */
  takeFile: () => Uint8Array;
  options: ImportOptions & { mapping?: ColumnMapping };
  /** how the import's process is started (the host's way) */
  fork: ForkWork;
}

const describe = (s: ImportJobStatus) =>
  s.phase === 'reading' ? 'reading the file' : `${s.phase} rows ${s.done.toLocaleString('en-GB')} of ${s.total.toLocaleString('en-GB')}`;

export function startImportJob(start: StartImport): string {
  // The import's process needs the database file; an in-memory database cannot be shared with one.
  if (start.sqlite.memory) throw new AppError('internal', 'Imports run in the background on the database file, and this database is in memory.');
  const dbPath = start.sqlite.name;
  const running = runningOn.get(dbPath);
  if (running) {
    const s = jobs.get(running).status;
    throw new AppError('conflict', `An import of ${s.fileName} is already running (${describe(s)}). Wait for it to finish or cancel it, then start this one.`);
  }
  const file = processFile();
  workerFile();
  const jobId = crypto.randomUUID();
  const bytes = start.takeFile();
  const request: ImportProcessRequest = { dbPath, kind: start.kind, fileName: start.fileName, size: bytes.byteLength, options: start.options };
  const status: ImportJobStatus = {
    jobId,
    kind: start.kind,
    fileName: start.fileName,
    dryRun: start.options.dryRun,
    state: 'running',
    phase: 'reading',
    done: 0,
    total: 0,
  };
  const child = start.fork(file);
  let settle!: (s: ImportJobStatus) => void;
  const job: Job = { status, dbPath, process: child, listeners: new Set(), finished: new Promise((r) => (settle = r)) };
  jobs.add(job);
  runningOn.set(dbPath, jobId);

  const finish = (patch: Partial<ImportJobStatus>) => {
    if (status.state !== 'running') return;
    restoreBusyTimeout();
    Object.assign(status, patch);
    if (runningOn.get(dbPath) === jobId) runningOn.delete(dbPath);
    jobs.forgetOld();
    settle(status);
    // it has said all it will (its transaction committed or rolled back): it is ended here rather than trusted to end itself
    child.kill();
  };
  // While the worker may hold the write lock, a change made in the app would wait for it on main's
  // synchronous connection, blocking the window: it is refused at once instead (see busyError).
  // Readers are never blocked (WAL), and the worker itself still waits its turn.
  const main = start.sqlite;
  const before = { busyTimeout: main.pragma('busy_timeout', { simple: true }) as number, lockWait: lockWaitOf(main) };
  main.pragma('busy_timeout = 0');
  setLockWait(main, 0);
  const restoreBusyTimeout = () => {
    if (!main.open) return;
    main.pragma(`busy_timeout = ${before.busyTimeout}`);
    setLockWait(main, before.lockWait);
  };
  child.onMessage((message) => {
    const m = message as WorkerMessage;
    if (status.state !== 'running') return;
    if (m.type === 'progress') {
      Object.assign(status, m.progress);
      for (const l of job.listeners) l({ ...status });
    } else if (m.type === 'done') finish({ state: 'done', report: forStatus(m.report) });
    else finish({ state: 'failed', error: m.error });
  });
  child.onExit((code) =>
    finish({ state: 'failed', error: { code: 'internal', message: `The import stopped unexpectedly (exit code ${code}); nothing was saved.` } }),
  );
  void sendFile(child, bytes, () => status.state === 'running').then((sent) => {
    if (sent) child.send({ type: 'start', request } satisfies ImportProcessMessage);
  });
  return jobId;
}

/** The file in parts, a turn of the event loop between each, while `wanted` says so: whether all were sent. */
async function sendFile(child: WorkProcess, bytes: Uint8Array, wanted: () => boolean): Promise<boolean> {
  for (let at = 0; at < bytes.byteLength; at += FILE_PART_BYTES) {
    if (!wanted() || child.ended()) return false;
    // a copy of the part: a view would be sent with the whole buffer under it
    child.send({ type: 'part', bytes: bytes.slice(at, at + FILE_PART_BYTES) } satisfies ImportProcessMessage);
    await new Promise((r) => setImmediate(r));
  }
  return wanted() && !child.ended();
}

/** A copy of the job's state, safe to send. */
export function importStatus(jobId: string): ImportJobStatus {
  return { ...jobs.get(jobId).status };
}

/** Asks the worker to stop at its next progress report; the transaction rolls back. */
export function cancelImport(jobId: string): ImportJobStatus {
  const job = jobs.get(jobId);
  if (job.status.state === 'running') job.process.send({ type: 'cancel' } satisfies ImportProcessMessage);
  return { ...job.status };
}

/** Calls the listener with every progress report the worker sends (the benchmark and tests watch these). */
export function watchImport(jobId: string, listener: (s: ImportJobStatus) => void): () => void {
  const job = jobs.get(jobId);
  job.listeners.add(listener);
  return () => job.listeners.delete(listener);
}

/** Resolves when the job has finished (done or failed). */
export function waitForImport(jobId: string): Promise<ImportJobStatus> {
  return jobs.get(jobId).finished.then((s) => ({ ...s }));
}

/** The import running on a database file, if any. */
export function runningImport(dbPath: string): ImportJobStatus | null {
  const id = runningOn.get(dbPath);
  return id ? { ...jobs.get(id).status } : null;
}

/** What to tell the user when a change could not get the database because something else is writing. */
export function busyError(dbPath: string): AppError {
  const running = runningImport(dbPath);
  return new AppError(
    'busy',
    running
      ? `An import of ${running.fileName} is writing to the database, so nothing was saved. Try again when it has finished (${describe(running)}).`
      : 'The database is busy with another change (perhaps another Housing Desk window), so nothing was saved. Try again in a moment.',
  );
}
