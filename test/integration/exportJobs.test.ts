import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cancelRunningExports, MOST_EXPORTS_AT_ONCE } from '../../main/exports/exportJobs';
import { exportKinds } from '../../main/exports/exportKinds';
import { forkNodeProcess } from '../../main/core/workProcess';
import { buildInChild, CANCELLED } from '../../main/exports/exportRunner';
import type * as Runner from '../../main/exports/exportRunner';
import type { ExportJobStatus, ExportPhase } from '../../shared/contract';
import { readDocx } from '../helpers/docx';
import type { TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

// Exports in the background (issue 15): the window starts one, sees the phase it is in, fetches the
// file, or cancels it, which stops its process. (Its script is the compiled one: npm test builds first.)

vi.mock('../../main/exports/exportRunner', async (original) => {
  const runner = await original<typeof Runner>();
  return { ...runner, buildInChild: vi.fn(runner.buildInChild) };
});

const cores = demoCoresWithAndWithoutWorkers();
let paperId: number;
beforeAll(() => {
  paperId = (cores.onWorker.database.sqlite.prepare('select id from committee_papers order by id limit 1').get() as { id: number }).id;
});

async function finished(t: TestCore, jobId: string): Promise<ExportJobStatus> {
  for (;;) {
    const s = await t.call('exportJobs.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const paperJob = { call: 'exports.committeePaper', input: { paperId: 0 } } as const;

describe('exports in the background', () => {
  it('give the file the export call gives, in a process of their own and in-process', async () => {
    for (const t of [cores.onWorker, cores.inProcess]) {
      const { jobId } = await t.call('exportJobs.start', { ...paperJob, input: { paperId } });
      const first = await t.call('exportJobs.status', { jobId });
      expect(first).toMatchObject({ jobId, call: 'exports.committeePaper', state: 'running', startedAt: '2026-11-23T10:00:00.000Z' });
      const done = await finished(t, jobId);
      expect(done.state, JSON.stringify(done.error)).toBe('done');
      const direct = await t.call('exports.committeePaper', { paperId });
      expect(done.file!.fileName).toBe(direct.fileName);
      expect((await readDocx(done.file!.base64)).document).toBe((await readDocx(direct.base64)).document);
    }
  }, 120_000);

  it('say each phase after reading, in order: drawing and laying out, writing the pages with their numbers, checking; a spreadsheet is written', async () => {
    const phasesOf = async (run: (progress: (p: ExportPhase) => void) => Promise<unknown>) => {
      const seen: ExportPhase[] = [];
      await run((p) => seen.push(p));
      return seen;
    };
    const clock = { today: '2026-11-23', now: '2026-11-23T10:00:00.000Z' };
    const path = cores.onWorker.database.path;
    expect(await phasesOf((p) => buildInChild('exports.committeePaper', { paperId }, path, clock, forkNodeProcess, p).result)).toEqual([
      'drawing',
      'numbering',
      'checking',
    ]);
    expect(
      await phasesOf((p) => buildInChild('exports.trainingMatrix', { asAt: null, teamId: null, format: 'xlsx' }, path, clock, forkNodeProcess, p).result),
    ).toEqual(['writing']);
  }, 120_000);

  it('stop the process when cancelled: the job says so, has no file, and the process has ended', async () => {
    const clock = { today: '2026-11-23', now: '2026-11-23T10:00:00.000Z' };
    const running = buildInChild('exports.committeePaper', { paperId }, cores.onWorker.database.path, clock, forkNodeProcess);
    const refused = running.result.then(
      () => 'made',
      (e: Error) => e.message,
    );
    await running.cancel(); // resolves once the process has exited
    expect(await refused).toBe(CANCELLED);

    const { jobId } = await cores.onWorker.call('exportJobs.start', { ...paperJob, input: { paperId } });
    const cancelled = await cores.onWorker.call('exportJobs.cancel', { jobId });
    expect(cancelled).toMatchObject({ jobId, state: 'cancelled' });
    await new Promise((r) => setTimeout(r, 300));
    const after = await cores.onWorker.call('exportJobs.status', { jobId });
    expect(after.state).toBe('cancelled');
    expect(after.file).toBeUndefined();
    expect(after.error).toBeUndefined();
  }, 120_000);

  it('drop a document finished but not yet collected when cancelled: the user said not to save it', async () => {
    const t = cores.inProcess;
    const { jobId } = await t.call('exportJobs.start', { ...paperJob, input: { paperId } });
    expect((await finished(t, jobId)).state).toBe('done');
    const cancelled = await t.call('exportJobs.cancel', { jobId });
    expect(cancelled).toMatchObject({ jobId, state: 'cancelled' });
    expect(cancelled.file).toBeUndefined();
    const after = await t.call('exportJobs.status', { jobId });
    expect(after.state).toBe('cancelled');
    expect(after.file).toBeUndefined();
  }, 60_000);

  it('refuse a bad input with the field as the export call names it, and an unknown export', async () => {
    expect(await cores.onWorker.raw('exportJobs.start', { call: 'exports.monthlyUpdate', input: { programmeId: 1, month: 'May' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'month' },
    });
    expect(await cores.onWorker.raw('exportJobs.start', { call: 'exports.everything', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Say which document to export.' },
    });
    expect(await cores.onWorker.raw('exportJobs.status', { jobId: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('make a refusal the job’s error, with its field', async () => {
    const paper = await cores.inProcess.call('papers.get', { id: paperId });
    await cores.inProcess.call('papers.update', { id: paperId, patch: { narrative: { ...paper.narrative, summary: '' } } });
    const { jobId } = await cores.inProcess.call('exportJobs.start', { ...paperJob, input: { paperId } });
    expect(await finished(cores.inProcess, jobId)).toMatchObject({
      state: 'failed',
      error: { code: 'validation', message: 'Write the Summary before exporting the paper.', field: 'narrative.summary' },
    });
  });

  it(`run at most ${MOST_EXPORTS_AT_ONCE} at once, and are cancelled with the reason when a backup is restored`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < MOST_EXPORTS_AT_ONCE; i++) ids.push((await cores.onWorker.call('exportJobs.start', { ...paperJob, input: { paperId } })).jobId);
    expect(await cores.onWorker.raw('exportJobs.start', { ...paperJob, input: { paperId } })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `${MOST_EXPORTS_AT_ONCE} documents are being made already: wait for one to finish, or cancel it, then export this one.`,
      },
    });
    await cancelRunningExports('A backup was restored.');
    for (const jobId of ids) {
      expect(await cores.onWorker.call('exportJobs.status', { jobId })).toMatchObject({
        state: 'cancelled',
        error: { code: 'conflict', message: 'A backup was restored.' },
      });
    }
    const { jobId } = await cores.onWorker.call('exportJobs.start', { ...paperJob, input: { paperId } });
    expect((await finished(cores.onWorker, jobId)).state).toBe('done');
  }, 120_000);

  it('draw a paper whose figures the host could not work out from the process’s own reads', async () => {
    const t = cores.onWorker;
    const usual = (await readDocx((await t.call('exports.committeePaper', { paperId })).base64)).document;
    const keep = vi.spyOn(exportKinds['exports.committeePaper'], 'keepFigures').mockRejectedValue(new Error('the read worker stopped'));
    try {
      const { document } = await readDocx((await t.call('exports.committeePaper', { paperId })).base64);
      expect(keep).toHaveBeenCalledTimes(1);
      expect(document).toBe(usual);
    } finally {
      keep.mockRestore();
    }
  }, 60_000);

  it('start their process beside the host’s figures, and a restore stops it and waits for the figures', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const keep = vi.spyOn(exportKinds['exports.committeePaper'], 'keepFigures').mockImplementation(() => held);
    vi.mocked(buildInChild).mockClear();
    try {
      const { jobId } = await cores.onWorker.call('exportJobs.start', { ...paperJob, input: { paperId } });
      expect(keep).toHaveBeenCalledTimes(1);
      // the process starts at once, to read the paper's other parts while the host works
      expect(buildInChild).toHaveBeenCalledTimes(1);
      const running = vi.mocked(buildInChild).mock.results[0]!.value as Runner.RunningExport;
      let restored = false;
      const restoring = cancelRunningExports('A backup was restored.').then(() => (restored = true));
      await expect(running.result).rejects.toThrow(CANCELLED);
      await new Promise((r) => setTimeout(r, 100));
      expect(restored).toBe(false);
      release();
      await restoring;
      expect(await cores.onWorker.call('exportJobs.status', { jobId })).toMatchObject({ state: 'cancelled', error: { message: 'A backup was restored.' } });
    } finally {
      keep.mockRestore();
    }
  }, 60_000);
});
