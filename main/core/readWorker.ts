import { Worker } from 'node:worker_threads';
import type { ReadDb } from './context';
import { AppError } from './errors';
import { readTasks, type ReadArgs, type ReadReply, type ReadRequest, type ReadResult, type ReadTask } from './readTasks';
import { compiledWorker } from './workerFile';

// The heavy reads off the thread that answers calls: in the hosts (`workers`), one read worker per
// database file, started at its first task and kept; in tests and on a database in memory, in-process.

interface Reader {
  run(task: ReadTask, args: unknown[]): Promise<unknown>;
  stop(): Promise<void>;
}

const readers = new Map<string, Reader>();

function startReader(dbPath: string): Reader {
  const worker = new Worker(compiledWorker(__dirname, 'core', 'readWorkerThread', 'read'), { workerData: { dbPath } });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: AppError): void }>();
  let next = 1;
  const fail = (why: string) => {
    if (readers.get(dbPath) === reader) readers.delete(dbPath);
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
    run(task, args) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, task, args } satisfies ReadRequest);
      });
    },
    async stop() {
      if (readers.get(dbPath) === reader) readers.delete(dbPath);
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
  let reader = readers.get(ctx.dbPath);
  if (!reader) {
    reader = startReader(ctx.dbPath);
    readers.set(ctx.dbPath, reader);
  }
  return (await reader.run(task, args)) as ReadResult<T>;
}

/** Before the file is swapped (a restore): its reader holds a connection to the old file. */
export async function stopReader(dbPath: string): Promise<void> {
  await readers.get(dbPath)?.stop();
}
