import { useEffect, useRef, useState } from 'react';
import type { CallInput, ExportedFile, ExportJobStatus } from '../../shared/contract';
import { ApiError, call } from '../api';

export type ExportRequest = CallInput<'exportJobs.start'>;

const POLL_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes a document in the background in main and asks how it is going until it is done, so the
 * page shows the phase it is in. Cancel stops its worker; leaving the page cancels it too, as
 * nothing would be left to save the file. Answers null when it was cancelled.
 */
export function useExportJob() {
  const [status, setStatus] = useState<ExportJobStatus | null>(null);
  const current = useRef<string | null>(null);
  useEffect(
    () => () => {
      const jobId = current.current;
      current.current = null;
      if (jobId) void call('exportJobs.cancel', { jobId }).catch(() => {});
    },
    [],
  );

  async function run(request: ExportRequest): Promise<ExportedFile | null> {
    const { jobId } = await call('exportJobs.start', request);
    current.current = jobId;
    try {
      for (;;) {
        if (current.current !== jobId) return null;
        const s = await call('exportJobs.status', { jobId });
        if (current.current !== jobId) return null;
        setStatus(s);
        if (s.state === 'failed') throw new ApiError(s.error ?? { code: 'internal', message: 'The document could not be made.' });
        if (s.state === 'cancelled') {
          if (s.error) throw new ApiError(s.error);
          return null;
        }
        if (s.state === 'done') return s.file!;
        await sleep(POLL_MS);
      }
    } finally {
      if (current.current === jobId) current.current = null;
      setStatus(null);
    }
  }

  async function cancel(): Promise<void> {
    const jobId = current.current;
    current.current = null;
    setStatus(null);
    if (jobId) await call('exportJobs.cancel', { jobId });
  }

  return { status, run, cancel };
}
