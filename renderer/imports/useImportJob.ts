import { useEffect, useRef, useState } from 'react';
import type { CallInput, ImportJobStatus } from '../../shared/contract';
import { ApiError, call } from '../api';
import { count } from '../../shared/domain/plural';

const POLL_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts an import (or a check) as a background job in main and polls its status until it has
 * finished, so the page stays usable and shows the rows done. Throws the job's error.
 */
export function useImportJob() {
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run(input: CallInput<'imports.start'>) {
    const { jobId } = await call('imports.start', input);
    for (;;) {
      const s = await call('imports.status', { jobId });
      if (mounted.current) setStatus(s);
      if (s.state === 'failed') throw new ApiError(s.error ?? { code: 'internal', message: 'The import failed.' });
      if (s.state === 'done') return s.report!;
      if (!mounted.current) return null;
      await sleep(POLL_MS);
    }
  }

  async function cancel() {
    if (status?.state === 'running') await call('imports.cancel', { jobId: status.jobId });
  }

  return { status, run, cancel, clear: () => setStatus(null) };
}

/** “Checking rows 40,000 of 100,000” */
export function progressText(s: ImportJobStatus): string {
  if (s.phase === 'reading') return `Reading ${s.fileName}`;
  return `${s.phase === 'checking' ? 'Checking' : 'Importing'} rows ${count(s.done)} of ${count(s.total)}`;
}
