import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../core/errors';
import { compiledWorker } from '../core/workerFile';
import type { ForkWork } from '../core/workProcess';
import type { Clock, ExportCall, ExportProgress, ExportResult } from './exportKind';
import type { ExportWorkerMessage, ExportWorkerRequest, HostFigures } from './exportWorkerTypes';

// Builds an export in a process of its own (exportWorker.ts, started by the host's ForkWork) and
// waits for it without holding up the thread that answers calls; all of the memory the document
// took is given back when the process ends. The process starts reading while the host still works
// out the figures it keeps for the document, which follow in a second message.

export const exportWorkerFile = () => compiledWorker(__dirname, 'exports', 'exportWorker', 'export');

export interface RunningExport {
  result: Promise<ExportResult>;
  /** stops the process at once (an export only reads, so there is nothing to undo); the result is refused */
  cancel(): Promise<void>;
}

export const CANCELLED = 'The export was cancelled. Nothing was saved.';

export function buildInChild<N extends ExportCall>(
  call: N,
  input: ParsedInput<N>,
  dbPath: string,
  clock: Clock,
  fork: ForkWork,
  progress: ExportProgress = () => {},
  fromHost?: Promise<unknown>,
): RunningExport {
  const request: ExportWorkerRequest = { call, input, dbPath, clock: { today: clock.today, now: clock.now }, awaitsHost: fromHost !== undefined };
  const child = fork(exportWorkerFile());
  let settled = false;
  let refuse!: (e: AppError) => void;
  const exited = new Promise<number | null>((resolve) => child.onExit(resolve));
  const result = new Promise<ExportResult>((resolve, reject) => {
    refuse = reject;
    child.onMessage((message) => {
      const m = message as ExportWorkerMessage;
      if (settled) return;
      if (m.type === 'progress') return progress(m.phase);
      settled = true;
      // the child has said all it will: it is ended here rather than trusted to end itself
      child.kill();
      if (m.type === 'done') resolve({ fileName: m.fileName, bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength) });
      else reject(new AppError(m.error.code, m.error.message, m.error.field, m.error.row));
    });
    void exited.then((code) => {
      if (settled) return;
      settled = true;
      reject(new AppError('internal', `The document could not be made (its process stopped${code === null ? '' : ` with code ${code}`}).`));
    });
  });
  child.send(request);
  // the host's figures follow when it has them; a failure to work them out sends undefined, and the
  // document reads them itself (the process waits for this message: one is always sent)
  void fromHost?.then(
    (value) => !settled && child.send({ type: 'fromHost', value } satisfies HostFigures),
    () => !settled && child.send({ type: 'fromHost', value: undefined } satisfies HostFigures),
  );
  return {
    result,
    async cancel() {
      if (!settled) refuse(new AppError('conflict', CANCELLED));
      settled = true;
      child.kill();
      await exited;
    },
  };
}
