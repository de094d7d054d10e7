// A restore from Settings as a job: the backup is checked and copied while the app keeps answering,
// then the core swaps the file under its connection (Core.replaceDatabase). The steps are
// restoreDatabase's, the same the command line runs. Jobs live in memory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { RestoreJobStatus } from '../../shared/contract';
import { AppError } from '../core/errors';
import { jobRegistry } from '../core/jobRegistry';
import { restoreDatabase } from './backup';

interface Job {
  status: RestoreJobStatus;
  cancelRequested: boolean;
  finished: Promise<RestoreJobStatus>;
}

const jobs = jobRegistry<Job>('That restore', 10);

export interface StartRestore {
  dbPath: string;
  /** the backup file to restore */
  source: string;
  /** the name shown while it runs */
  fileName: string;
  /** names the kept copy of the current database */
  now: Date;
  replaceDatabase: (replaceFiles: () => void) => Promise<void>;
  /** runs once the job has finished, whatever the outcome (an uploaded file's folder is removed) */
  cleanUp?: () => void;
}

export function startRestoreJob(start: StartRestore): string {
  const running = jobs.all().find((j) => j.status.state === 'running');
  if (running) throw new AppError('conflict', `A restore of ${running.status.fileName} is already running. Wait for it to finish or cancel it.`);
  const jobId = crypto.randomUUID();
  const status: RestoreJobStatus = { jobId, fileName: start.fileName, state: 'running', phase: 'checking', percent: 0 };
  const job: Job = { status, cancelRequested: false, finished: Promise.resolve(status) };
  jobs.add(job);
  job.finished = restoreDatabase(start.dbPath, start.source, {
    now: start.now,
    onProgress: (phase, percent) => Object.assign(status, { phase, percent }),
    cancelled: () => job.cancelRequested,
    swap: start.replaceDatabase,
    label: start.fileName,
  })
    .then(
      ({ keptAs }) => Object.assign(status, { state: 'done', keptAs }),
      (e: unknown) => {
        const error =
          e instanceof AppError ? e.toShape() : { code: 'internal' as const, message: `The restore failed (${(e as Error)?.message ?? String(e)}).` };
        return Object.assign(status, { state: 'failed', error });
      },
    )
    .finally(() => {
      start.cleanUp?.();
      jobs.forgetOld();
    });
  return jobId;
}

export function restoreStatus(jobId: string): RestoreJobStatus {
  return { ...jobs.get(jobId).status };
}

/** Stops the restore at its next step, if it has not begun replacing the file; then nothing has changed. */
export function cancelRestore(jobId: string): RestoreJobStatus {
  const job = jobs.get(jobId);
  if (job.status.state === 'running' && job.status.phase === 'replacing')
    throw new AppError('conflict', 'The restore is already replacing the database and can no longer be cancelled; it takes a moment.');
  if (job.status.state === 'running') job.cancelRequested = true;
  return { ...job.status };
}

/** Resolves when the restore has finished (the tests wait for it). */
export function waitForRestore(jobId: string): Promise<RestoreJobStatus> {
  return jobs.get(jobId).finished.then((s) => ({ ...s }));
}

/** Removes a folder made for an uploaded file. */
export const removeFolder = (dir: string) => () => fs.rmSync(dir, { recursive: true, force: true });
