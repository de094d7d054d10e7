// The read worker: the heavy reads of readTasks.ts on its own read-only connection, so that the
// thread answering calls is not held while they work over the whole stock. It never loads electron.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { ImmediateSqliteDialect } from '../db/immediateDialect';
import { applyReadPragmas } from '../db/pragmas';
import type { Database } from '../db/schema';
import { AppError } from './errors';
import { readTasks, type ReadReply, type ReadRequest } from './readTasks';

const sqlite = new BetterSqlite3((workerData as { dbPath: string }).dbPath, { fileMustExist: true });
applyReadPragmas(sqlite);
// Not memory-mapped: each write by the app's connection drops this connection's page cache, and
// mapped, reading the pages again took twice as long (remedial summary 130 ms against 55 ms at
// 60,000 homes).
const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
const reply = (m: ReadReply) => parentPort!.postMessage(m);

async function answer({ id, task, args }: ReadRequest): Promise<void> {
  try {
    const run = readTasks[task] as (d: typeof db, ...a: unknown[]) => Promise<unknown>;
    reply({ id, ok: true, value: await run(db, ...args) });
  } catch (e) {
    reply({
      id,
      ok: false,
      error:
        e instanceof AppError
          ? e.toShape()
          : { code: 'internal', message: `Something went wrong reading the figures (${(e as Error)?.message ?? String(e)}).` },
    });
  }
}

parentPort!.on('message', (request: ReadRequest) => void answer(request));
