import type { AppErrorShape, ExportPhase } from '../../shared/contract';
import type { Clock, ExportCall } from './exportKind';

/** What the export worker is given first: the call, its checked input, the file, the call's clock. */
export interface ExportWorkerRequest {
  call: ExportCall;
  input: unknown;
  dbPath: string;
  clock: Clock;
  /** the host is working out figures for the document (its kind's `keepFigures`): a HostFigures message follows */
  awaitsHost: boolean;
}

/** What the host read for the document, sent once it has them (undefined if it could not): plain data, not read again. */
export interface HostFigures {
  type: 'fromHost';
  value: unknown;
}

export type ExportWorkerMessage =
  { type: 'progress'; phase: ExportPhase } | { type: 'done'; fileName: string; bytes: Uint8Array } | { type: 'failed'; error: AppErrorShape };
