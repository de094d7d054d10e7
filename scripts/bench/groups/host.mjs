// What a user of the web host feels while long work runs: how long a simple call waits while the
// host takes a backup, during a committee paper export and during an import job, and the memory of
// the host's process: each over five runs.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { appRequire, copyOf, dropCopy } from '../context.mjs';
import { startServer } from '../server.mjs';
import { median } from '../table.mjs';
import { documentsOf } from './documents.mjs';
import { certificatesCsv } from './imports.mjs';

const Database = appRequire('better-sqlite3');

/** The host's part of a call's wait: its own thread's longest hold (see loopGaps.cjs). */
const held = (ms) => `the host's thread held at most ${Math.round(ms)} ms`;
/** The spread of the runs' figures. */
const range = (values, unit = 'ms') => `${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))} ${unit} across the runs`;

const RUNS = 5;

export default async function host(landlord) {
  const file = copyOf(landlord, 'host');
  const probe = new Database(file, { readonly: true });
  const { paper } = documentsOf(probe);
  // a file of new checks for each import
  const csvs = Array.from({ length: RUNS }, (_, i) => certificatesCsv(probe, `JOB${i + 1}`));
  probe.close();
  const server = await startServer(file);
  const rows = [];
  try {
    // the first call waits for the host's check of the file; then the host takes the day's automatic
    // backup (the copy is new: none was taken today), and the user takes four more with "Back up now"
    await server.call('app.info');
    const backupMax = [];
    const backupWaits = [];
    const backupHeld = [];
    for (let i = 0; i < RUNS; i++) {
      const { waits, held } = await server.probeDuring(async () => {
        if (i > 0) await server.call('backups.create');
        else while ((await server.call('backups.status')).count === 0) await sleep(200);
      });
      backupMax.push(Math.max(...waits));
      backupWaits.push(...waits);
      backupHeld.push(held);
    }
    rows.push({
      what: 'A simple call while the host takes a backup (longest wait)',
      value: median(backupMax),
      unit: 'ms',
      runs: backupMax.length,
      target: { below: 50 },
      note: `the day's automatic backup, then four taken with "Back up now"; ${range(backupMax)}; median wait ${median(backupWaits).toFixed(1)} ms over ${backupWaits.length} calls; ${held(Math.max(...backupHeld))}`,
    });
    const idle = server.rss();

    const paperWaits = [];
    const paperMax = [];
    const paperHeld = [];
    const paperPeaks = [];
    const paperPeaksWithChildren = [];
    for (let i = 0; i < RUNS; i++) {
      const stopPaperMemory = server.sampleMemory();
      const { waits, held } = await server.probeDuring(() => server.call('exports.committeePaper', { paperId: paper.id }));
      const peak = stopPaperMemory();
      paperPeaks.push(peak.peak);
      paperPeaksWithChildren.push(peak.withChildren);
      paperWaits.push(...waits);
      paperHeld.push(held);
      paperMax.push(Math.max(...waits));
    }
    await sleep(10_000);
    const afterPaper = server.rss();
    rows.push({
      what: 'A simple call while a committee paper exports (longest wait)',
      value: median(paperMax),
      unit: 'ms',
      runs: paperMax.length,
      target: { below: 50 },
      note: `median wait ${median(paperWaits).toFixed(1)} ms over ${paperWaits.length} calls; ${held(Math.max(...paperHeld))}`,
    });

    // as the imports page does when it opens, while the user chooses the file; then five files of
    // 100,000 new checks each, one after another
    await server.call('imports.prepare', {});
    await sleep(2_000);
    const waitingBefore = server.rssWithChildren();
    const importMax = [];
    const importMaxStarted = [];
    const importWaits = [];
    const importHeld = [];
    const importHeldStarted = [];
    const importPeaks = [];
    const importPeaksWithChildren = [];
    const afterImport = [];
    for (let i = 0; i < RUNS; i++) {
      const stopImportMemory = server.sampleMemory();
      let started = 0;
      const { waits, startedAt, held, heldAfter } = await server.probeDuring(
        async () => {
          const fileId = await server.upload(csvs[i]);
          const { jobId } = await server.call('imports.start', { kind: 'certificates', fileName: 'bench.csv', fileId, dryRun: false });
          started = performance.now();
          for (;;) {
            const s = await server.call('imports.status', { jobId });
            if (s.state !== 'running' && s.state !== 'queued') {
              if (!s.report?.applied) throw new Error(`The import job ended ${s.state}: ${JSON.stringify(s.report?.problems?.slice(0, 2) ?? s.error)}`);
              return s;
            }
            await sleep(100);
          }
        },
        () => started,
      );
      const peak = stopImportMemory();
      importPeaks.push(peak.peak);
      importPeaksWithChildren.push(peak.withChildren);
      importMax.push(Math.max(...waits));
      importMaxStarted.push(Math.max(...waits.filter((_, k) => startedAt[k] > started)));
      importWaits.push(...waits);
      importHeld.push(held);
      importHeldStarted.push(heldAfter);
      await sleep(10_000);
      afterImport.push(server.rss());
    }
    rows.push({
      what: 'A simple call during a 100,000-row import job (longest wait)',
      value: median(importMax),
      unit: 'ms',
      runs: importMax.length,
      target: { below: 50 },
      note: `${range(importMax)}; median wait ${median(importWaits).toFixed(1)} ms over ${importWaits.length} calls, from sending the ${(csvs[0].length / 1e6).toFixed(1)} MB file (raw, beside the call) to the report (the import's process started when the imports page opened); once the job has started, the longest is ${Math.round(median(importMaxStarted))} ms (median of the five); ${held(Math.max(...importHeld))} (${Math.round(Math.max(...importHeldStarted))} ms once started)`,
    });
    rows.push({
      what: 'Memory of the host during an import (peak)',
      value: median(importPeaks),
      unit: 'MB',
      runs: importPeaks.length,
      target: { below: 400 },
      note: `${range(importPeaks, 'MB')}; ${Math.round(median(afterImport))} MB 10 s after; ${Math.round(idle)} MB idle; ${Math.round(waitingBefore)} MB with the processes waiting before the first (an export's and the import's); with the processes it started (the import's, and an export's waiting) ${Math.round(median(importPeaksWithChildren))} MB, the import's given back when it ends`,
    });
    rows.push({
      what: 'Memory of the host during a paper export (peak)',
      value: median(paperPeaks),
      unit: 'MB',
      runs: paperPeaks.length,
      target: { below: 400 },
      note: `${range(paperPeaks, 'MB')}; ${Math.round(afterPaper)} MB 10 s after the last; with the export's own process ${Math.round(median(paperPeaksWithChildren))} MB, given back when it ends`,
    });
  } finally {
    await server.stop();
    dropCopy(file);
  }
  return rows;
}
