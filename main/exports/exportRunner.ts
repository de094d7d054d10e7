import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedInput } from '../../shared/contract';
import { appRoot } from '../app/paths';
import { AppError } from '../core/errors';
import type { Clock, ExportCall, ExportResult } from './exportKind';
import type { ExportWorkerMessage, ExportWorkerRequest } from './exportWorkerTypes';

// Builds an export on a worker thread (exportWorker.ts) and waits for it without holding up the
// thread that answers calls; the worker's memory goes with it when it ends.

/** The compiled worker: beside this file when running from dist/, else in dist/ of the project (vitest runs the sources). */
function workerFile(): string {
  const beside = path.join(__dirname, 'exportWorker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.join(appRoot(), 'dist', 'main', 'exports', 'exportWorker.js');
  if (fs.existsSync(built)) return built;
  throw new AppError('internal', 'The export worker has not been built: run npm run build.');
}

export function buildOnWorker<N extends ExportCall>(call: N, input: ParsedInput<N>, dbPath: string, clock: Clock): Promise<ExportResult> {
  const request: ExportWorkerRequest = { call, input, dbPath, clock: { today: clock.today, now: clock.now } };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: request });
    let settled = false;
    worker.once('message', (m: ExportWorkerMessage) => {
      settled = true;
      if (m.type === 'done') resolve({ fileName: m.fileName, bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength) });
      else reject(new AppError(m.error.code, m.error.message, m.error.field, m.error.row));
    });
    worker.once('error', (e) => {
      settled = true;
      reject(new AppError('internal', `The document could not be made (${e.message}).`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new AppError('internal', `The document could not be made (its worker stopped with code ${code}).`));
    });
  });
}
