import { useEffect, useRef, useState } from 'react';
import { EXPORT_PHASE_WORDS } from '../../shared/domain/exportPhases';
import { useToast } from '../components/Toast';
import { saveFile } from '../download';
import { useExportJob, type ExportRequest } from './useExportJob';

export interface ExportJob {
  label: string;
  /** which export to make, and its input (a paper is saved first) */
  request(): ExportRequest | Promise<ExportRequest>;
}

/** Seconds since the export started, counted on the screen while it runs. */
function useSecondsSince(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/**
 * Export buttons with the phase the document is in. The window stays usable while main makes it
 * on a worker; Cancel stops the worker and nothing is saved.
 */
export function ExportButtons({ jobs }: { jobs: ExportJob[] }) {
  const toast = useToast();
  const job = useExportJob();
  const [busy, setBusy] = useState<string | null>(null);
  const seconds = useSecondsSince(busy !== null);
  /** which press of a button is the current one: a cancelled export's late answer changes nothing */
  const press = useRef(0);

  async function start(j: ExportJob) {
    const mine = ++press.current;
    setBusy(j.label);
    try {
      const file = await job.run(await j.request());
      if (!file || press.current !== mine) return;
      saveFile(file);
      toast('info', `${file.fileName} has been prepared (${Math.max(1, Math.round(file.bytes / 1024))} KB).`);
    } catch (e) {
      if (press.current === mine) toast('error', (e as Error).message);
    } finally {
      if (press.current === mine) setBusy(null);
    }
  }

  function cancel() {
    press.current++;
    setBusy(null);
    void job.cancel().then(
      () => toast('info', 'Export cancelled. Nothing was saved.'),
      (e: Error) => toast('error', e.message),
    );
  }

  const phase = job.status ? EXPORT_PHASE_WORDS[job.status.phase] : 'Starting';
  return (
    <div className="export-buttons">
      {jobs.map((j) => (
        <button key={j.label} type="button" onClick={() => start(j)} disabled={busy !== null}>
          {j.label}
        </button>
      ))}
      {busy && (
        <div className="export-progress" role="status">
          <progress aria-label={`${busy}: in progress`} />
          <span>
            {busy}: {phase}…{seconds >= 2 && ` ${seconds} s`}
          </span>
          <button type="button" className="link" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
