import { Worker } from 'node:worker_threads';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../core/errors';
import { compiledWorker } from '../core/workerFile';
import type { Clock, ExportCall, ExportProgress, ExportResult } from './exportKind';
import type { ExportWorkerMessage, ExportWorkerRequest } from './exportWorkerTypes';

// Builds an export on a worker thread (exportWorker.ts) and waits for it without holding up the
// thread that answers calls; the worker's memory goes with it when it ends.

const workerFile = () => compiledWorker(__dirname, 'exports', 'exportWorker', 'export');

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
