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

/** What the host sends an import's process (importProcess.ts): the import, then perhaps a cancel. */
export type ImportProcessRequest = Omit<WorkerRequest, 'cancelFlag'>;
export type ImportProcessMessage = { type: 'start'; request: ImportProcessRequest } | { type: 'cancel' };

/** What a worker tells the main thread (and an import's process the host). */
export type WorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'done'; report: ImportResult } | { type: 'failed'; error: AppErrorShape };
