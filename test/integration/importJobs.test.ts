import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { appRoot } from '../../main/app/paths';
import { openDatabase } from '../../main/db/open';
import { forStatus } from '../../shared/domain/importReport';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forkNodeProcess, type ForkWork, type WorkProcess } from '../../main/core/workProcess';
import type { ImportJobStatus } from '../../shared/contract';
import { openImportConnection } from '../../main/imports/importConnection';
import { processFile, waitForImport, watchImport, workerFile } from '../../main/imports/importJobs';
import { FILE_PART_BYTES } from '../../main/imports/importJobTypes';
import { runImport } from '../../main/imports/runImport';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

// Imports as background jobs, through the real worker thread built into dist/ (npm test builds first).

let t: TestCore;
beforeAll(() => {
  if (!fs.existsSync(workerFile())) throw new Error('Build first: npm run build');
});
/** A core with homes 1001 (gas) and 1002. */
async function coreWithStock(workers?: { fork: ForkWork }): Promise<TestCore> {
  const core = await makeCore({ today: '2026-11-23', workers: Boolean(workers), fork: workers?.fork });
  const stock = [
    'UPRN,Address,Estate,Block,Tenure,Gas',
    '1001,1 Ash House,Northgate,Ash House,Tenant,Yes',
    '1002,2 Ash House,Northgate,Ash House,Tenant,No',
  ].join('\n');
  await runImport(core.database.sqlite, 'stock', 'stock.csv', Buffer.from(stock), {
    dryRun: false,
    validOnly: false,
    actor: 'Setup',
    now: '2026-11-23T10:00:00.000Z',
    today: '2026-11-23',
  });
  return core;
}
beforeEach(async () => {
  t = await coreWithStock();
});
afterEach(async () => t.close());

/** n gas certificates for home 1001, each with its own date and reference. */
function gasFile(n: number, header = 'Check type,UPRN,Date done,Contractor,Reference', extra: string[] = []) {
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000 * 6).toISOString().slice(0, 10);
    lines.push(`GAS,1001,${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)},Warmhome,J-${i}`);
  }
  return Buffer.from([...lines, ...extra].join('\r\n'));
}
const count = (table: string) => (t.database.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

async function runJob(input: Record<string, unknown>) {
  const { jobId } = await t.call('imports.start', input as never);
  const seen: ImportJobStatus[] = [];
  watchImport(jobId, (s) => seen.push(s));
  await waitForImport(jobId);
  return { jobId, seen, final: await t.call('imports.status', { jobId }) };
}

describe('imports as background jobs', () => {
  it('write on a connection of their own with the app’s pragmas, its page cache too (their process gives it back)', () => {
    const sqlite = openImportConnection(t.database.path);
    try {
      expect(sqlite.pragma('cache_size', { simple: true })).toBe(t.database.sqlite.pragma('cache_size', { simple: true }));
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('temp_store', { simple: true })).toBe(2);
    } finally {
      sqlite.close();
    }
  });

  it('run in a worker with progress every 2,000 rows, and gives the report runImport gives', async () => {
    const file = gasFile(5000);
    const direct = await runImport(t.database.sqlite, 'certificates', 'gas.csv', file, {
      dryRun: true,
      validOnly: false,
      actor: 'Test Manager',
      now: '2026-11-23T10:00:00.000Z',
      today: '2026-11-23',
    });
    const check = await runJob({ kind: 'certificates', fileName: 'gas.csv', fileId: t.upload(file), dryRun: true });
    expect(check.final).toMatchObject({ state: 'done', dryRun: true });
    // as the screen is sent it: the same, with the problems counted
    expect(check.final.report).toEqual(forStatus(direct));
    expect(count('certificates')).toBe(0);

    const run = await runJob({ kind: 'certificates', fileName: 'gas.csv', fileId: t.upload(file), dryRun: false });
    expect(run.final.state).toBe('done');
    expect(run.final.report).toMatchObject({ rows: 5000, new: 5000, applied: true, problems: [] });
    expect(count('certificates')).toBe(5000);
    expect((t.database.sqlite.prepare("select count(*) n from audit_log where entity = 'certificate'").get() as { n: number }).n).toBe(5000);

    // reading, then checking and writing with done rising in steps of 2,000 up to the total
    const phases = run.seen.map((s) => s.phase);
    expect(phases[0]).toBe('reading');
    expect(phases.lastIndexOf('reading')).toBeLessThan(phases.indexOf('checking'));
    expect(phases.lastIndexOf('checking')).toBeLessThan(phases.indexOf('writing'));
    for (const phase of ['checking', 'writing'] as const) {
      const done = run.seen.filter((s) => s.phase === phase).map((s) => s.done);
      expect(done).toEqual([0, 2000, 4000, 5000]);
      expect(run.seen.filter((s) => s.phase === phase).every((s) => s.total === 5000)).toBe(true);
    }
  });

  it('imports nothing when one row is bad, and names the row and column', async () => {
    const file = gasFile(3000, undefined, ['GAS,1001,31/02/2025,Warmhome,BAD-1']);
    const before = snapshot(t.database);
    const run = await runJob({ kind: 'certificates', fileName: 'gas.csv', fileId: t.upload(file), dryRun: false });
    expect(run.final.report).toMatchObject({ applied: false, problems: [{ row: 3002, column: 'Date done', message: '“31/02/2025” is not a real date.' }] });
    expect(snapshot(t.database)).toBe(before);
  });

  it('refuses a second import while one runs on the same database, and a cancelled import changes nothing', async () => {
    const file = gasFile(20000);
    const before = snapshot(t.database);
    const { jobId } = await t.call('imports.start', { kind: 'certificates', fileName: 'big.csv', fileId: t.upload(file), dryRun: false });
    const otherFile = t.upload(gasFile(5));
    const second = await t.raw('imports.start', { kind: 'certificates', fileName: 'other.csv', fileId: otherFile, dryRun: true });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((second as { error: { message: string } }).error.message).toMatch(/^An import of big\.csv is already running/);
    expect((await t.call('imports.cancel', { jobId })).state).toBe('running');
    const final = await waitForImport(jobId);
    expect(final).toMatchObject({ state: 'failed', error: { code: 'cancelled', message: 'The import was cancelled: nothing was changed.' } });
    expect(snapshot(t.database)).toBe(before);
    // the database is free again
    const again = await runJob({ kind: 'certificates', fileName: 'small.csv', fileId: t.upload(gasFile(10)), dryRun: false });
    expect(again.final.report).toMatchObject({ new: 10, applied: true });
    // the refused start left its file to be named again
    const other = await runJob({ kind: 'certificates', fileName: 'other.csv', fileId: otherFile, dryRun: true });
    expect(other.final.report).toMatchObject({ rows: 5, applied: false, problems: [] });
  });

  it('rolls back a cancel made while writing, and refuses a change made meanwhile at once, naming the import', async () => {
    const before = snapshot(t.database);
    const { jobId } = await t.call('imports.start', { kind: 'certificates', fileName: 'big.csv', fileId: t.upload(gasFile(20000)), dryRun: false });
    let duringWrite: Promise<{ result: unknown; ms: number }> | null = null;
    watchImport(jobId, (s) => {
      if (s.phase !== 'writing' || s.done < 2000 || duringWrite) return;
      const started = Date.now();
      duringWrite = t.raw('estates.create', { name: 'Westfield' }).then((result) => ({ result, ms: Date.now() - started }));
      void duringWrite.then(() => t.call('imports.cancel', { jobId }));
    });
    const final = await waitForImport(jobId);
    expect(duringWrite).not.toBeNull();
    const { result, ms } = await duringWrite!;
    expect(result).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect((result as { error: { message: string } }).error.message).toMatch(
      /^An import of big\.csv is writing to the database, so nothing was saved\. Try again when it has finished \(writing rows [\d,]+ of 20,000\)\.$/,
    );
    expect(ms).toBeLessThan(1000);
    expect(final).toMatchObject({ state: 'failed', error: { code: 'cancelled' } });
    expect(snapshot(t.database)).toBe(before);
    // afterwards the app writes as usual
    expect(await t.call('estates.create', { name: 'Westfield' })).toMatchObject({ name: 'Westfield' });
  });

  it('take the process started when the imports page opened, rather than starting one inside imports.start', async () => {
    const started: WorkProcess[] = [];
    const fork: ForkWork = (script) => {
      const p = forkNodeProcess(script);
      if (script === processFile()) started.push(p);
      return p;
    };
    const u = await makeCore({ today: '2026-11-23', workers: true, spareExports: true, fork });
    try {
      await runImport(
        u.database.sqlite,
        'stock',
        'stock.csv',
        Buffer.from('UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes'),
        {
          dryRun: false,
          validOnly: false,
          actor: 'Setup',
          now: '2026-11-23T10:00:00.000Z',
          today: '2026-11-23',
        },
      );
      expect(await u.call('imports.prepare', {})).toEqual({});
      await u.call('imports.prepare', {});
      expect(started).toHaveLength(1);
      const { jobId } = await u.call('imports.start', { kind: 'certificates', fileName: 'gas.csv', fileId: u.upload(gasFile(3)), dryRun: false });
      // none started for the job: the waiting one took it
      expect(started).toHaveLength(1);
      const final = await waitForImport(jobId);
      expect(final.report!.applied).toBe(true);
      expect(u.database.sqlite.prepare('select count(*) from certificates').pluck().get()).toBe(3);
      // and once it has ended, another waits for the next import
      await vi.waitFor(() => expect([started[0]!.ended(), started.length]).toEqual([true, 2]));
      expect(started[1]!.ended()).toBe(false);
    } finally {
      for (const p of started) p.kill();
      await u.close();
    }
  });

  it('send their file to their process a part at a time, so that no one message holds the host, and it arrives whole', async () => {
    const parts: number[] = [];
    const fork: ForkWork = (script) => {
      const p = forkNodeProcess(script);
      return {
        ...p,
        send(message) {
          const m = message as { type: string; bytes?: Uint8Array };
          if (m.type === 'part') parts.push(m.bytes!.buffer.byteLength);
          p.send(message);
        },
      };
    };
    const u = await coreWithStock({ fork });
    try {
      const file = gasFile(20000, undefined, ['GAS,1001,31/02/2025,Warmhome,LAST-ROW']);
      expect(file.length).toBeGreaterThan(2 * FILE_PART_BYTES);
      const options = { dryRun: true, validOnly: false, actor: 'Test Manager', now: '2026-11-23T10:00:00.000Z', today: '2026-11-23' };
      const direct = await runImport(u.database.sqlite, 'certificates', 'gas.csv', file, options);
      const { jobId } = await u.call('imports.start', { kind: 'certificates', fileName: 'gas.csv', fileId: u.upload(file), dryRun: true });
      const final = await waitForImport(jobId);
      // the last row's problem is found: every byte came
      expect(final.report).toEqual(forStatus(direct));
      expect(final.report!.problems.map((p) => p.row)).toEqual([20002]);
      expect(parts).toHaveLength(Math.ceil(file.length / FILE_PART_BYTES));
      expect(Math.max(...parts)).toBeLessThanOrEqual(FILE_PART_BYTES);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(file.length);
    } finally {
      await u.close();
    }
  });

  it('run in a process of their own, which has ended once the report is back; a process killed while it writes leaves the database as it was', async () => {
    const started: { script: string; process: WorkProcess; ended: boolean }[] = [];
    const fork: ForkWork = (script) => {
      const p = forkNodeProcess(script);
      const record = { script, process: p, ended: false };
      p.onExit(() => (record.ended = true));
      started.push(record);
      return p;
    };
    const u = await coreWithStock({ fork });
    try {
      const before = snapshot(u.database);
      const { jobId } = await u.call('imports.start', { kind: 'certificates', fileName: 'big.csv', fileId: u.upload(gasFile(20000)), dryRun: false });
      expect(started.map((s) => path.basename(s.script))).toEqual(['importProcess.js']);
      watchImport(jobId, (s) => {
        if (s.phase === 'writing' && s.done >= 2000) started[0]!.process.kill();
      });
      const final = await waitForImport(jobId);
      expect(final).toMatchObject({
        state: 'failed',
        error: { code: 'internal', message: expect.stringMatching(/^The import stopped unexpectedly .*nothing was saved\.$/) },
      });
      expect(snapshot(u.database)).toBe(before);
      // the file is sound and free: the next import writes
      const again = await u.call('imports.start', {
        kind: 'stock',
        fileName: 'stock.csv',
        fileId: u.upload(Buffer.from('UPRN,Address,Estate,Block,Tenure,Gas\n2001,1 Elm Court,Northgate,Elm Court,Tenant,Yes\n')),
        dryRun: false,
      });
      expect((await waitForImport(again.jobId)).state).toBe('done');
      expect(started).toHaveLength(2);
      await vi.waitFor(() => expect(started.every((s) => s.ended)).toBe(true));
      expect(u.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await u.close();
    }
  });

  it('roll back when the host ends while one writes: nothing is changed that nobody is told of', async () => {
    const file = path.join(t.dir, 'gas.csv');
    fs.writeFileSync(file, gasFile(20000));
    await t.close();
    // a host that starts an import and ends (as serve does on SIGTERM) once it writes
    const script = `
      const fs = require('node:fs');
      const { openDatabase } = require('./dist/main/db/open.js');
      const { createCore } = require('./dist/main/core/dispatch.js');
      const { watchImport } = require('./dist/main/imports/importJobs.js');
      (async () => {
        const database = await openDatabase(${JSON.stringify(t.database.path)});
        const core = createCore(database, { host: 'web', workers: true, log: () => {} });
        const { value } = await core.upload(new Uint8Array(fs.readFileSync(${JSON.stringify(file)})));
        const r = await core.call('imports.start', { kind: 'certificates', fileName: 'gas.csv', fileId: value.fileId, dryRun: false });
        watchImport(r.value.jobId, (s) => { if (s.phase === 'writing' && s.done >= 2000) process.exit(0); });
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: appRoot(), encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const after = await openDatabase(t.database.path);
    try {
      // the import's process, left alone, rolls back and ends (cancelled on the disconnect, or failing
      // to report its next progress): the write lock comes free with nothing written
      await vi.waitFor(() => after.sqlite.exec('begin immediate; rollback'), { timeout: 30_000, interval: 200 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      after.sqlite.exec('begin immediate; rollback');
      expect(after.sqlite.prepare('select count(*) from certificates').pluck().get()).toBe(0);
    } finally {
      await after.close();
    }
  }, 90_000);

  it('reports a file that cannot be read as a failed job with the plain error shape', async () => {
    const run = await runJob({ kind: 'certificates', fileName: 'notes.pdf', fileId: t.upload(Buffer.from('x')), dryRun: true });
    expect(run.final).toMatchObject({ state: 'failed', error: { code: 'validation', field: 'fileName', message: 'notes.pdf is not a .csv or .xlsx file.' } });
    expect(await t.raw('imports.status', { jobId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('column mapping through the job', () => {
  const csv = ['Check type,UPRN,Inspection date,Engineer,Reference', 'GAS,1001,01/05/2025,A. Fitter,M-1', 'GAS,1001,32/05/2025,A. Fitter,M-2'].join('\n');

  it('says which headers were recognised and which required fields are missing', async () => {
    const run = await runJob({ kind: 'certificates', fileName: 'c.csv', fileId: t.upload(Buffer.from(csv)), dryRun: true });
    expect(run.final.report).toMatchObject({
      missing: ['dateDone'],
      problems: [{ row: 1, column: 'Date done', message: 'The file has no “Date done” column.' }],
      columns: [
        { header: 'Check type', field: 'checkType', mapped: false },
        { header: 'UPRN', field: 'uprn', mapped: false },
        { header: 'Inspection date', field: null, mapped: false },
        { header: 'Engineer', field: null, mapped: false },
        { header: 'Reference', field: 'reference', mapped: false },
      ],
    });
  });

  it('applies the mapping before validation and reports problems under the file’s own header', async () => {
    const mapping = { 'Inspection date': 'dateDone', Engineer: 'contractor' };
    const check = await runJob({ kind: 'certificates', fileName: 'c.csv', fileId: t.upload(Buffer.from(csv)), dryRun: true, mapping });
    expect(check.final.report).toMatchObject({
      missing: [],
      new: 1,
      problems: [{ row: 3, column: 'Inspection date', message: '“32/05/2025” is not a real date.' }],
    });
    expect(check.final.report!.columns[2]).toEqual({ header: 'Inspection date', field: 'dateDone', mapped: true });
    const run = await runJob({ kind: 'certificates', fileName: 'c.csv', fileId: t.upload(Buffer.from(csv)), dryRun: false, validOnly: true, mapping });
    expect(run.final.report).toMatchObject({ applied: true, new: 1 });
    expect(t.database.sqlite.prepare('select date_done, contractor from certificates').all()).toEqual([{ date_done: '2025-05-01', contractor: 'A. Fitter' }]);
  });

  it('refuses an unknown field, a field mapped twice and a header the file lacks, naming the header', async () => {
    const base = { kind: 'certificates', fileName: 'c.csv', fileId: t.upload(Buffer.from(csv)), dryRun: true };
    expect(await t.raw('imports.start', { ...base, mapping: { 'Inspection date': 'inspected' } })).toEqual({
      ok: false,
      error: {
        code: 'validation',
        field: 'mapping.Inspection date',
        message: 'The column “Inspection date” is mapped to “inspected”, which is not a field of a certificates file.',
      },
    });
    expect(await t.raw('imports.start', { ...base, mapping: { 'Inspection date': 'dateDone', Engineer: 'dateDone' } })).toEqual({
      ok: false,
      error: {
        code: 'validation',
        field: 'mapping.Engineer',
        message: 'The columns “Inspection date” and “Engineer” are both mapped to Date done: choose one.',
      },
    });
    const run = await runJob({ ...base, mapping: { 'Visit date': 'dateDone' } });
    expect(run.final).toMatchObject({
      state: 'failed',
      error: { code: 'validation', field: 'mapping.Visit date', message: 'The file has no column “Visit date” to map.' },
    });
  });
});
