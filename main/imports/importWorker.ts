// The worker thread that runs one import off the main thread, on its own connection to the same
// database file (WAL lets the app keep reading meanwhile). It never loads electron.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../core/errors';
import { openImportConnection } from './importConnection';
import type { WorkerMessage, WorkerRequest } from './importJobTypes';
import { runImport } from './runImport';

const request = workerData as WorkerRequest;
const cancelled = new Int32Array(request.cancelFlag);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

async function main() {
  const sqlite = openImportConnection(request.dbPath);
  try {
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    const report = await runImport(sqlite, request.kind, request.fileName, bytes, request.options, (p) => {
      // Throwing here, inside the transaction when writing, rolls the whole import back.
      if (Atomics.load(cancelled, 0) === 1) throw new AppError('cancelled', 'The import was cancelled: nothing was changed.');
      post({ type: 'progress', progress: p });
    });
    post({ type: 'done', report });
  } finally {
    sqlite.close();
  }
}

main().catch((e: unknown) => {
  const busy = String((e as { code?: string })?.code ?? '').startsWith('SQLITE_BUSY');
  const error =
    e instanceof AppError
      ? e.toShape()
      : busy
        ? { code: 'busy' as const, message: 'The database was busy with another change, so nothing was imported. Try the import again.' }
        : { code: 'internal' as const, message: `The import failed and nothing was saved (${(e as Error)?.message ?? String(e)}).` };
  post({ type: 'failed', error });
});
