// The worker thread that builds one export off the thread that answers calls, on its own read-only
// connection to the database file: a committee paper takes seconds to draw, and every other call
// would wait for it. It never loads electron.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { ExportPhase, ParsedInput } from '../../shared/contract';
import { AppError } from '../core/errors';
import { ImmediateSqliteDialect } from '../db/immediateDialect';
import { applyReadPragmas } from '../db/pragmas';
import type { Database } from '../db/schema';
import type { ExportKind } from './exportKind';
import { exportKinds } from './exportKinds';
import type { ExportWorkerMessage, ExportWorkerRequest } from './exportWorkerTypes';

const request = workerData as ExportWorkerRequest;
const post = (m: ExportWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

async function main() {
  const sqlite = new BetterSqlite3(request.dbPath, { fileMustExist: true });
  applyReadPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  try {
    const kind = exportKinds[request.call] as ExportKind<typeof request.call>;
    const progress = (phase: ExportPhase) => post({ type: 'progress', phase });
    const result = await kind.build(db, request.input as ParsedInput<typeof request.call>, request.clock, progress);
    const bytes = new Uint8Array(result.bytes.buffer.slice(result.bytes.byteOffset, result.bytes.byteOffset + result.bytes.byteLength));
    post({ type: 'done', fileName: result.fileName, bytes }, [bytes.buffer as ArrayBuffer]);
  } finally {
    await db.destroy();
  }
}

main().catch((e: unknown) => {
  const error =
    e instanceof AppError ? e.toShape() : { code: 'internal' as const, message: `The document could not be made (${(e as Error)?.message ?? String(e)}).` };
  post({ type: 'failed', error });
});
