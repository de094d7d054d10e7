import type { AppErrorShape, ExportPhase } from '../../shared/contract';
import type { Clock, ExportCall } from './exportKind';

/** What the export worker is given: the call, its checked input, the file, the call's clock and the host's figures. */
export interface ExportWorkerRequest {
  call: ExportCall;
  input: unknown;
  dbPath: string;
  clock: Clock;
  /** what the host read for the document (its kind's `keepFigures`): plain data, not read again */
  fromHost?: unknown;
}

export type ExportWorkerMessage =
  { type: 'progress'; phase: ExportPhase } | { type: 'done'; fileName: string; bytes: Uint8Array } | { type: 'failed'; error: AppErrorShape };
