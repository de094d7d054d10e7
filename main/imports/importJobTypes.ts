import type { AppErrorShape } from '../../shared/contract/result';
import type { ColumnMapping } from '../../shared/domain/importFields';
import type { ImportKind } from '../../shared/domain/importKinds';
import type { ImportOptions, ImportProgress, ImportResult } from './importTypes';

/** What the main thread hands an import worker. */
export interface WorkerRequest {
  dbPath: string;
  kind: ImportKind;
  fileName: string;
  /** the file's bytes, handed over (transferred) rather than copied */
  bytes: Uint8Array;
  options: ImportOptions & { mapping?: ColumnMapping };
  /** one Int32: set to 1 to cancel */
  cancelFlag: SharedArrayBuffer;
}

/**
 * What the host sends an import's process (importProcess.ts): the file in parts, then the import
 * (`size`: the file's bytes, all of the parts), then perhaps a cancel.
 */
export type ImportProcessRequest = Omit<WorkerRequest, 'cancelFlag' | 'bytes'> & { size: number };
export type ImportProcessMessage = { type: 'part'; bytes: Uint8Array } | { type: 'start'; request: ImportProcessRequest } | { type: 'cancel' };

/**
 * The largest part of a file sent to an import's process in one message: each message is copied on
 * the thread that answers calls, and the 5.3 MB of a 100,000-row file in one held it 15-21 ms.
 */
export const FILE_PART_BYTES = 256 * 1024;

/** What a worker tells the main thread (and an import's process the host). */
export type WorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'done'; report: ImportResult } | { type: 'failed'; error: AppErrorShape };
