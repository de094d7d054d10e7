import type { AppErrorShape } from './result';
export interface ExportedFile {
  fileName: string;
  /** the file's bytes (.docx, .xlsx or .csv), base64 */
  base64: string;
  bytes: number;
}

/** What an export in the background is doing: the words are in shared/domain/exportPhases. */
export type ExportPhase = 'reading' | 'drawing' | 'numbering' | 'checking' | 'writing';

/** A document made in the background, as exportJobs.status answers it: the file once it is done. */
export interface ExportJobStatus {
  jobId: string;
  /** the export call it runs */
  call: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  phase: ExportPhase;
  /** when it started (ISO) */
  startedAt: string;
  file?: ExportedFile;
  error?: AppErrorShape;
}
