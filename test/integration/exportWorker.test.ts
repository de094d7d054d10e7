import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { appRoot } from '../../main/app/paths';
import { PREPARE, spareProcesses } from '../../main/core/spareProcess';
import { stopReader } from '../../main/core/readWorker';
import { forkNodeProcess, type ForkWork, type WorkProcess } from '../../main/core/workProcess';
import { buildInChild, exportWorkerFile } from '../../main/exports/exportRunner';
import type * as Runner from '../../main/exports/exportRunner';
import type { CallInput, CallName } from '../../shared/contract';
import { readDocx } from '../helpers/docx';
import { makeCore, type TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

// The hosts build exports in a process of their own with its own connection (issue 15: a committee
// paper held every other call for seconds, and a worker thread's memory stayed with the host after
// it). The document must be the same as one built in-process, and a refusal must reach the caller
// as the same error, field included. (The process runs the compiled script: npm test builds first.)

vi.mock('../../main/exports/exportRunner', async (original) => {
  const runner = await original<typeof Runner>();
  return { ...runner, buildInChild: vi.fn(runner.buildInChild) };
});

const cores = demoCoresWithAndWithoutWorkers();

/** The demo's first paper: its meeting is the one with papers. */
const firstPaper = (t: TestCore) => t.database.sqlite.prepare('select id from committee_papers order by id limit 1').get() as { id: number };

async function inputs(t: TestCore): Promise<{ [N in CallName]?: CallInput<N> }> {
  const programmeId = (await t.call('programmes.list', {}))[0]!.id;
  const paperId = firstPaper(t).id;
  return {
    'exports.committeePaper': { paperId },
    'exports.monthlyUpdate': { programmeId, month: '2026-11' },
    'exports.recommendations': { programmeId },
    'exports.policySchedule': {},
    'exports.trainingMatrix': { format: 'csv' },
    'exports.scorecard': { year: '2026/27', format: 'docx' },
  };
}

describe('exports in a process of their own', () => {
  it('give the same document as in-process, for every kind', async () => {
    const asked = await inputs(cores.onWorker);
    expect(Object.keys(asked).sort()).toEqual(Object.keys(await inputs(cores.inProcess)).sort());
    for (const [name, input] of Object.entries(asked)) {
      vi.mocked(buildInChild).mockClear();
      const a = (await cores.onWorker.call(name as 'exports.policySchedule', input as never)) as { fileName: string; base64: string };
      expect(buildInChild, name).toHaveBeenCalledTimes(1);
      const b = (await cores.inProcess.call(name as 'exports.policySchedule', input as never)) as { fileName: string; base64: string };
      expect(buildInChild, name).toHaveBeenCalledTimes(1);
      expect(a.fileName, name).toBe(b.fileName);
      if (a.fileName.endsWith('.docx')) expect((await readDocx(a.base64)).document, name).toBe((await readDocx(b.base64)).document);
      else expect(a.base64, name).toBe(b.base64);
    }
  }, 240_000);

  it('refuse as in-process, with the field the error concerns', async () => {
    const paperId = firstPaper(cores.onWorker).id;
    const paper = await cores.onWorker.call('papers.get', { id: paperId });
    await cores.onWorker.call('papers.update', { id: paperId, patch: { narrative: { ...paper.narrative, summary: '' } } });
    expect(await cores.onWorker.raw('exports.committeePaper', { paperId })).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Write the Summary before exporting the paper.', field: 'narrative.summary' },
    });
  }, 120_000);

  it('are each built by a process started for it, which has ended once the document is back (its memory with it)', async () => {
    const processes: { ended: boolean }[] = [];
    const fork: ForkWork = (script) => {
      const started = forkNodeProcess(script);
      const record = { ended: false };
      processes.push(record);
      started.onExit(() => (record.ended = true));
      return started;
    };
    const t = await makeCore({ demo: true, workers: true, fork });
    try {
      const paperId = firstPaper(t).id;
      const paper = await t.call('exports.committeePaper', { paperId });
      const schedule = await t.call('exports.policySchedule', {});
      expect([paper.fileName, schedule.fileName].every((f) => f.endsWith('.docx'))).toBe(true);
      expect(processes).toHaveLength(2);
      await vi.waitFor(() => expect(processes.every((p) => p.ended)).toBe(true));
    } finally {
      await stopReader(t.database.path);
      await t.close();
    }
  }, 120_000);

  it('are built by the process that waited for them, modules loaded, as in-process', async () => {
    const started: string[] = [];
    const spares = spareProcesses((script) => {
      started.push(script);
      return forkNodeProcess(script);
    });
    const t = await makeCore({ demo: true, workers: true, fork: spares.fork });
    try {
      spares.prepare(exportWorkerFile());
      expect(started).toHaveLength(1);
      const paperId = firstPaper(t).id;
      const a = await t.call('exports.committeePaper', { paperId });
      // the waiting one was taken: no other was started for the paper
      expect(started).toHaveLength(1);
      const b = await cores.inProcess.call('exports.committeePaper', { paperId: firstPaper(cores.inProcess).id });
      expect(a.fileName).toBe(b.fileName);
      expect((await readDocx(a.base64)).document).toBe((await readDocx(b.base64)).document);
      // once the paper's process has ended, another waits
      await vi.waitFor(() => expect(started).toHaveLength(2));
    } finally {
      spares.stop();
      await stopReader(t.database.path);
      await t.close();
    }
  }, 120_000);

  it('leave one waiting after an export in the host’s first seconds, before the host starts one (SPARE_AFTER_MS)', async () => {
    const started: { script: string; sent: unknown[] }[] = [];
    const processes: WorkProcess[] = [];
    const fork: ForkWork = (script) => {
      const p = forkNodeProcess(script);
      processes.push(p);
      const record = { script, sent: [] as unknown[] };
      started.push(record);
      const send = p.send.bind(p);
      p.send = (m) => {
        record.sent.push(m);
        send(m);
      };
      return p;
    };
    const t = await makeCore({ demo: true, workers: true, fork, spareExports: true });
    try {
      const paperId = firstPaper(t).id;
      await t.call('exports.committeePaper', { paperId });
      // the first was started for the paper, before any waited
      expect(started[0]!.sent[0]).not.toEqual(PREPARE);
      // once the paper's process has ended, one waits, told to load its modules
      await vi.waitFor(() => expect(started).toHaveLength(2));
      expect(started[1]!.sent).toEqual([PREPARE]);
      await t.call('exports.committeePaper', { paperId });
      // the next export took it: its request went to the process that waited
      expect(started[1]!.sent.length).toBeGreaterThan(1);
      await vi.waitFor(() => expect(started).toHaveLength(3));
      expect(started.every((p) => p.script === exportWorkerFile())).toBe(true);
    } finally {
      // the process left waiting does not outlive the test
      for (const p of processes) if (!p.ended()) p.kill();
      await stopReader(t.database.path);
      await t.close();
    }
  }, 120_000);

  it('leave a process that has one waiting free to end', () => {
    const script = `
      const { spareProcesses } = require('./dist/main/core/spareProcess.js');
      const { forkNodeProcess } = require('./dist/main/core/workProcess.js');
      const { exportWorkerFile } = require('./dist/main/exports/exportRunner.js');
      spareProcesses(forkNodeProcess).prepare(exportWorkerFile());
      setTimeout(() => console.log('waited'), 1000);`;
    const started = Date.now();
    const run = spawnSync(process.execPath, ['-e', script], { cwd: appRoot(), encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim()).toBe('waited');
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});
