// The process that builds one export away from the thread that answers calls, on its own read-only
// connection to the database file: a committee paper takes seconds to draw, and every other call
// would wait for it. It is given its request as its first message (exportRunner.ts) and, when the
// host works out figures for it meanwhile, those in a second. It never loads electron.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { ExportPhase, ParsedInput } from '../../shared/contract';
import { AppError } from '../core/errors';
import { parentChannel } from '../core/parentChannel';
import { ImmediateSqliteDialect } from '../db/immediateDialect';
import { applyReadPragmas } from '../db/pragmas';
import type { Database } from '../db/schema';
import { PREPARE } from '../core/spareProcess';
import type { ExportCall, ExportKind } from './exportKind';
import { startChartThread } from './chartThread';
import { exportKinds } from './exportKinds';
import type { ExportWorkerMessage, ExportWorkerRequest, HostFigures } from './exportWorkerTypes';

const parent = parentChannel();
const post = (m: ExportWorkerMessage) => parent.send(m);

/** The host's figures for the document, once its second message brings them. */
let hostFigures: (value: unknown) => void = () => {};

async function main(request: ExportWorkerRequest) {
  const fromHost = request.awaitsHost ? new Promise<unknown>((resolve) => (hostFigures = resolve)) : undefined;
  const sqlite = new BetterSqlite3(request.dbPath, { fileMustExist: true });
  applyReadPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  try {
    const kind = exportKinds[request.call] as ExportKind<typeof request.call>;
    if (kind.drawsCharts) startChartThread();
    const progress = (phase: ExportPhase) => post({ type: 'progress', phase });
    const result = await kind.build(db, request.input as ParsedInput<typeof request.call>, request.clock, progress, fromHost);
    post({ type: 'done', fileName: result.fileName, bytes: new Uint8Array(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength) });
  } finally {
    await db.destroy();
  }
}

/** Waiting for an export (core/spareProcess.ts): the modules of each kind that names them (`load`) loaded before its request comes. */
async function prepare() {
  for (const kind of Object.values(exportKinds) as ExportKind<ExportCall>[]) await kind.load?.();
}

parent.onMessage((message) => {
  const type = (message as { type?: string }).type;
  if (type === PREPARE.type) return void prepare().catch(() => {});
  if (type === 'fromHost') return hostFigures((message as HostFigures).value);
  main(message as ExportWorkerRequest).catch((e: unknown) => {
    const error =
      e instanceof AppError ? e.toShape() : { code: 'internal' as const, message: `The document could not be made (${(e as Error)?.message ?? String(e)}).` };
    post({ type: 'failed', error });
  });
});
