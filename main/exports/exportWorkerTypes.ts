import type { AppErrorShape, ExportPhase } from '../../shared/contract';
import type { Clock, ExportCall } from './exportKind';

/** What the export worker is given: the call, its checked input, the file and the call's clock. */
export interface ExportWorkerRequest {
  call: ExportCall;
  input: unknown;
  dbPath: string;
  clock: Clock;
}

export type ExportWorkerMessage =
  { type: 'progress'; phase: ExportPhase } | { type: 'done'; fileName: string; bytes: Uint8Array } | { type: 'failed'; error: AppErrorShape };
