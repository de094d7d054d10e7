import { useRef, useState } from 'react';
import type { ExportedFile } from '../../shared/contract';
import { useToast } from '../components/Toast';
import { saveFile } from '../download';

export interface ExportJob {
  label: string;
  run(): Promise<ExportedFile>;
}

/**
 * Export buttons with a progress bar. The window stays usable while main builds the document;
 * Cancel stops waiting for it and nothing is saved.
 */
export function ExportButtons({ jobs }: { jobs: ExportJob[] }) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const run = useRef(0);

  async function start(job: ExportJob) {
    const mine = ++run.current;
    setBusy(job.label);
    try {
      const file = await job.run();
      if (run.current !== mine) return;
      saveFile(file);
      toast('info', `${file.fileName} has been prepared (${Math.max(1, Math.round(file.bytes / 1024))} KB).`);
    } catch (e) {
      if (run.current === mine) toast('error', (e as Error).message);
    } finally {
      if (run.current === mine) setBusy(null);
    }
  }

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
          <span>{busy}…</span>
          <button
            type="button"
            className="link"
            onClick={() => {
              run.current++;
              setBusy(null);
              toast('info', 'Export cancelled. Nothing was saved.');
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
