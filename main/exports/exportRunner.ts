import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedInput } from '../../shared/contract';
import { appRoot } from '../app/paths';
import { AppError } from '../core/errors';
import type { Clock, ExportCall, ExportProgress, ExportResult } from './exportKind';
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

export interface RunningExport {
  result: Promise<ExportResult>;
  /** stops the worker at once (an export only reads, so there is nothing to undo); the result is refused */
  cancel(): Promise<void>;
}

export const CANCELLED = 'The export was cancelled. Nothing was saved.';

export function buildOnWorker<N extends ExportCall>(
  call: N,
  input: ParsedInput<N>,
  dbPath: string,
  clock: Clock,
  progress: ExportProgress = () => {},
): RunningExport {
  const request: ExportWorkerRequest = { call, input, dbPath, clock: { today: clock.today, now: clock.now } };
  const worker = new Worker(workerFile(), { workerData: request });
  let settled = false;
  let refuse!: (e: AppError) => void;
  const result = new Promise<ExportResult>((resolve, reject) => {
    refuse = reject;
    worker.on('message', (m: ExportWorkerMessage) => {
      if (settled) return;
      if (m.type === 'progress') return progress(m.phase);
      settled = true;
      if (m.type === 'done') resolve({ fileName: m.fileName, bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength) });
      else reject(new AppError(m.error.code, m.error.message, m.error.field, m.error.row));
    });
    worker.once('error', (e) => {
      if (settled) return;
      settled = true;
      reject(new AppError('internal', `The document could not be made (${e.message}).`));
    });
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      if (!settled) refuse(new AppError('internal', `The document could not be made (its worker stopped with code ${code}).`));
      settled = true;
      resolve();
    }),
  );
  return {
    result,
    async cancel() {
      if (!settled) refuse(new AppError('conflict', CANCELLED));
      settled = true;
      await worker.terminate();
      await exited;
    },
  };
}
