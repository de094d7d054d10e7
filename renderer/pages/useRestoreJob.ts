import { useEffect, useRef, useState } from 'react';
import type { RestoreJobStatus } from '../../shared/contract';
import { ApiError, call } from '../api';

const POLL_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a restore as a job in main and polls it until it has finished. While the database is being
 * swapped main answers every call "busy": the polling waits that out. Throws the job's error.
 */
export function useRestoreJob() {
  const [status, setStatus] = useState<RestoreJobStatus | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run(start: () => Promise<{ jobId: string }>): Promise<RestoreJobStatus | null> {
    const { jobId } = await start();
    for (;;) {
      let s: RestoreJobStatus | null = null;
      try {
        s = await call('backups.restoreStatus', { jobId });
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 'busy')) throw e;
      }
      if (s) {
        if (mounted.current) setStatus(s);
        if (s.state === 'failed') throw new ApiError(s.error ?? { code: 'internal', message: 'The restore failed.' });
        if (s.state === 'done') return s;
      }
      if (!mounted.current) return null;
      await sleep(POLL_MS);
    }
  }

  async function cancel() {
    if (status?.state === 'running') await call('backups.restoreCancel', { jobId: status.jobId });
  }

  return { status, run, cancel, clear: () => setStatus(null) };
}

/** “Copying the backup: 40%” */
export function restoreProgressText(s: RestoreJobStatus): string {
  if (s.phase === 'checking') return `Checking ${s.fileName}`;
  if (s.phase === 'copying') return `Copying ${s.fileName}: ${s.percent}%`;
  return 'Replacing the database';
}
