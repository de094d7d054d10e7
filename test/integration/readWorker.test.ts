import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { appRoot } from '../../main/app/paths';
import { readersOf, stopReader } from '../../main/core/readWorker';
import type * as Tasks from '../../main/core/readTasks';
import { readTasks } from '../../main/core/readTasks';
import { checkPosition, positionCounts } from '../../main/compliance/position';
import { monthEnds, trendPointCounts } from '../../main/compliance/trend';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import type { TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';
import { HOMES_NOTED } from '../../migrations/020_compliance_homes_before';

// The compliance page's heavy reads (the building-safety measures, the overdue list, the remedial
// summary) run on the read worker in the hosts (issue 15), on its own connection: the answers must
// be those worked out in-process, and the tasks here in the test's process must not run at all.
// (The worker is the compiled one: npm test builds first.)

vi.mock('../../main/core/readTasks', async (original) => {
  const tasks = await original<typeof Tasks>();
  return {
    ...tasks,
    readTasks: Object.fromEntries(Object.entries(tasks.readTasks).map(([name, fn]) => [name, vi.fn(fn as (...a: unknown[]) => unknown)])),
  };
});

const cores = demoCoresWithAndWithoutWorkers();

const page = async (t: TestCore) => ({
  measures: await t.call('compliance.measures', { asAt: '2026-03-31' }),
  overdue: await t.call('compliance.overdue', { asAt: '2026-11-23', checkType: null, limit: 200 }),
  gasOverdue: await t.call('compliance.overdue', { asAt: '2026-11-23', checkType: 'GAS', limit: 5 }),
  remedials: await t.call('compliance.remedials', { asAt: '2026-11-23' }),
  homesWithGaps: await t.call('homes.list', { notCompliant: true, limit: 500 }),
});

const calls = () => Object.values(readTasks).reduce((n, fn) => n + vi.mocked(fn).mock.calls.length, 0);

describe('the read worker', () => {
  it('answers the compliance page’s heavy reads as in-process, without running them on the thread that answers calls', async () => {
    const before = calls();
    const a = await page(cores.onWorker);
    expect(calls()).toBe(before);
    const b = await page(cores.inProcess);
    expect(calls()).toBe(before + 5);
    expect(a).toEqual(b);
    expect(a.overdue.total).toBeGreaterThan(0);
    expect(a.homesWithGaps.total).toBeGreaterThan(0);
  }, 60_000);

  it('runs the overdue list on one worker and BS01-BS05, the remedials and the homes with gaps on another, side by side; a restore stops both', async () => {
    const file = cores.onWorker.database.path;
    await stopReader(file);
    expect(readersOf(file)).toEqual([]);
    await cores.onWorker.call('compliance.overdue', { asAt: '2026-11-22', checkType: null, limit: 200 });
    expect(readersOf(file).map((r) => r.lane)).toEqual([0]);
    await cores.onWorker.call('compliance.remedials', { asAt: '2026-11-22' });
    await cores.onWorker.call('compliance.measures', { asAt: '2026-11-22' });
    await cores.onWorker.call('homes.list', { notCompliant: true });
    const both = readersOf(file);
    expect(both.map((r) => r.lane)).toEqual([0, 1]);
    expect(new Set(both.map((r) => r.threadId)).size).toBe(2);
    // the same workers the next time: what each keeps on its connection is there
    await cores.onWorker.call('compliance.overdue', { asAt: '2026-11-21', checkType: null, limit: 200 });
    expect(readersOf(file)).toEqual(both);
    await stopReader(file);
    expect(readersOf(file)).toEqual([]);
  }, 60_000);

  it('reads what was written since, and starts again after it was stopped (a restore stops it)', async () => {
    const overdue = () => cores.onWorker.call('compliance.overdue', { asAt: '2026-11-23', checkType: 'GAS', limit: 1000 });
    const first = await overdue();
    const uprn = first.rows.find((r) => r.scope === 'home')!.uprn!;
    const homeId = (cores.onWorker.database.sqlite.prepare('select id from dwellings where uprn = ?').get(uprn) as { id: number }).id;
    await cores.onWorker.call('certificates.create', { checkType: 'GAS', homeId, dateDone: '2026-11-20', reference: 'READ-WORKER-1' });
    const after = await overdue();
    expect(after.rows.some((r) => r.uprn === uprn)).toBe(false);
    expect(after.total).toBe(first.total - 1);
    await stopReader(cores.onWorker.database.path);
    await cores.onWorker.call('certificates.create', { checkType: 'GAS', homeId: homeId, dateDone: '2026-11-21', reference: 'READ-WORKER-2' });
    expect(await overdue()).toEqual(after);
  }, 60_000);

  it('works out the trend and every check’s position again on it after many homes changed, as in-process, and they are kept here', async () => {
    const t = cores.onWorker;
    const asAt = '2026-11-23';
    // more homes added at once than are carried drops every kept point (a few homes, blocks or lifts are carried: stockCarry.test.ts)
    const addHomes = (core: typeof t) =>
      core.database.sqlite
        .prepare(
          `with recursive n(i) as (select 1 union all select i + 1 from n where i <= ${HOMES_NOTED})
           insert into dwellings (uprn, address, created_at, updated_at) select '99' || i, 'New home ' || i, 'x', 'x' from n`,
        )
        .run();
    const keptPoints = () =>
      t.database.sqlite.prepare('select check_type, as_at, requiring, compliant from compliance_trend_points where due30 is null order by 1, 2').all();
    await t.call('compliance.trend', { asAt, months: 12 });
    addHomes(t);
    expect(keptPoints()).toEqual([]);

    const tasks = ['trendPointCounts', 'positionCounts'] as const;
    const before = tasks.map((task) => vi.mocked(readTasks[task]).mock.calls.length);
    const trend = await t.call('compliance.trend', { asAt, months: 12 });
    const position = await t.call('compliance.position', { asAt });
    // none ran here: the read worker counted them
    expect(tasks.map((task) => vi.mocked(readTasks[task]).mock.calls.length)).toEqual(before);

    // the same figures counted here, on the same data
    const ends = monthEnds(asAt, 12);
    const here = await trendPointCounts(
      t.database.db,
      CHECK_TYPES.flatMap((type) => ends.slice(0, -1).map((at) => ({ type, at }))),
    );
    expect(keptPoints()).toEqual([...here].sort((a, b) => a.check_type.localeCompare(b.check_type) || a.as_at.localeCompare(b.as_at)));
    const counts = await positionCounts(t.database.db, [...CHECK_TYPES], asAt);
    expect(position).toEqual(counts.map(([type, c]) => checkPosition(type, c)));
    for (const [i, type] of CHECK_TYPES.entries()) {
      const point = (at: string) => here.find((p) => p.check_type === type && p.as_at === at)!;
      expect(trend.series[i]!.percent.slice(0, -1)).toEqual(
        ends.slice(0, -1).map((at) => (point(at).requiring ? Math.round((point(at).compliant / point(at).requiring) * 1000) / 10 : null)),
      );
      expect(trend.series[i]!.percent.at(-1)).toBe(position[i]!.percent);
    }

    // in-process, the same calls count them here, in one pass per check type: the position's
    // figures come from the trend's pass over the certificates
    const u = cores.inProcess;
    addHomes(u);
    await u.call('compliance.trend', { asAt, months: 12 });
    await u.call('compliance.position', { asAt });
    expect(tasks.map((task) => vi.mocked(readTasks[task]).mock.calls.length)).toEqual([before[0]! + 1, before[1]]);
  }, 60_000);

  it('works out a check’s position after a write to it on the read worker, not on the thread that answers calls', async () => {
    const t = cores.onWorker;
    const asAt = '2026-11-23';
    await t.call('compliance.position', { asAt });
    const homeId = t.database.sqlite.prepare('select id from dwellings where has_gas = 1 and active = 1 order by id limit 1').pluck().get() as number;
    await t.call('certificates.create', { checkType: 'GAS', homeId, dateDone: '2026-11-22', reference: 'READ-WORKER-POSITION' });
    // what the thread that answers calls prepares on its connection meanwhile
    const prepared = vi.spyOn(t.database.sqlite, 'prepare');
    const position = await t.call('compliance.position', { asAt });
    const countedHere = prepared.mock.calls.filter(([text]) => /\bas due30\b/.test(String(text)));
    prepared.mockRestore();
    expect(countedHere).toEqual([]);
    const counts = await positionCounts(t.database.db, [...CHECK_TYPES], asAt);
    expect(position).toEqual(counts.map(([type, c]) => checkPosition(type, c)));
  }, 60_000);

  it('keeps a process open while it reads, and not once it has answered', () => {
    // a script that reads once through the read worker and then has nothing left to do
    const script = `
      const { openDatabase } = require('./dist/main/db/open.js');
      const { readOffThread } = require('./dist/main/core/readWorker.js');
      (async () => {
        const d = await openDatabase(${JSON.stringify(cores.onWorker.database.path)}, { check: 'none' });
        const r = await readOffThread({ db: d.db, workers: { fork: null }, dbPath: d.path }, 'remedialSummary', '2026-11-23');
        console.log('answered ' + typeof r);
        await d.close();
      })();`;
    const started = Date.now();
    const run = spawnSync(process.execPath, ['-e', script], { cwd: appRoot(), encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim()).toBe('answered object');
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});
