import { Worker } from 'node:worker_threads';
import type { ReadDb } from './context';
import { AppError } from './errors';
import { readTasks, type ReadArgs, type ReadReply, type ReadRequest, type ReadResult, type ReadTask } from './readTasks';
import { compiledWorker } from './workerFile';

// The heavy reads off the thread that answers calls: in the hosts (`workers`), two read workers per
// database file (lanes), each started at its first task and kept; in tests and on a database in
// memory, in-process. Each task has its lane, so that what a worker keeps per check type on its
// connection (the overdue list's items, BS01-BS05) is there the next time that task comes, and the
// compliance page's overdue list is worked out beside its BS01-BS05 and remedials, on both cores.

interface Reader {
  threadId: number;
  run(task: ReadTask, args: unknown[]): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Which read worker runs each task: the overdue list, the heaviest after a change to the stock, has
 * one with the trend's points and the position's counts; BS01-BS05, the remedials and the homes with
 * a gap the other.
 */
const LANES: Record<ReadTask, 0 | 1> = {
  overdueChecks: 0,
  trendPointCounts: 0,
  paperTraining: 0,
  buildingSafetyMeasures: 1,
  homeGapIds: 1,
  remedialSummary: 1,
  positionCounts: 0,
};

const readers = new Map<string, Reader>();
const laneOf = (dbPath: string, lane: number) => `${lane}|${dbPath}`;

function startReader(dbPath: string, key: string): Reader {
  const worker = new Worker(compiledWorker(__dirname, 'core', 'readWorkerThread', 'read'), { workerData: { dbPath } });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: AppError): void }>();
  let next = 1;
  const fail = (why: string) => {
    if (readers.get(key) === reader) readers.delete(key);
    for (const p of pending.values()) p.reject(new AppError('internal', `The figures could not be read (${why}). Try again.`));
    pending.clear();
  };
  worker.on('message', (m: ReadReply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
    if (m.ok) p.resolve(m.value);
    else p.reject(new AppError(m.error.code, m.error.message, m.error.field, m.error.row));
  });
  worker.on('error', (e) => fail(e.message));
  worker.on('exit', (code) => fail(`the read worker stopped with code ${code}`));
  // A reader waiting for work does not keep the process open (one reading does). Unreferenced
  // after its listeners: a 'message' listener added to an unreferenced worker references it again.
  worker.unref();
  const reader: Reader = {
    threadId: worker.threadId,
    run(task, args) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, task, args } satisfies ReadRequest);
      });
    },
    async stop() {
      if (readers.get(key) === reader) readers.delete(key);
      await worker.terminate();
    },
  };
  return reader;
}

/** Runs a heavy read on the file's read worker when the host has workers, else here on `db`. */
export async function readOffThread<T extends ReadTask>(
  ctx: { db: ReadDb; workers: unknown; dbPath: string },
  task: T,
  ...args: ReadArgs<T>
): Promise<ReadResult<T>> {
  if (!ctx.workers) return (readTasks[task] as (db: ReadDb, ...a: unknown[]) => Promise<ReadResult<T>>)(ctx.db, ...args);
  const key = laneOf(ctx.dbPath, LANES[task]);
  let reader = readers.get(key);
  if (!reader) {
    reader = startReader(ctx.dbPath, key);
    readers.set(key, reader);
  }
  return (await reader.run(task, args)) as ReadResult<T>;
}

/** The read workers started for a file: each lane's thread. */
export function readersOf(dbPath: string): { lane: number; threadId: number }[] {
  return [0, 1].flatMap((lane) => {
    const reader = readers.get(laneOf(dbPath, lane));
    return reader ? [{ lane, threadId: reader.threadId }] : [];
  });
}

/** Before the file is swapped (a restore): its readers hold connections to the old file. */
export async function stopReader(dbPath: string): Promise<void> {
  await Promise.all([0, 1].map((lane) => readers.get(laneOf(dbPath, lane))?.stop() ?? Promise.resolve()));
}
