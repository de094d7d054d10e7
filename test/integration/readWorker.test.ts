import { describe, expect, it, vi } from 'vitest';
import { stopReader } from '../../main/core/readWorker';
import type * as Tasks from '../../main/core/readTasks';
import { readTasks } from '../../main/core/readTasks';
import type { TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

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
});

const calls = () => Object.values(readTasks).reduce((n, fn) => n + vi.mocked(fn).mock.calls.length, 0);

describe('the read worker', () => {
  it('answers the compliance page’s heavy reads as in-process, without running them on the thread that answers calls', async () => {
    const before = calls();
    const a = await page(cores.onWorker);
    expect(calls()).toBe(before);
    const b = await page(cores.inProcess);
    expect(calls()).toBe(before + 4);
    expect(a).toEqual(b);
    expect(a.overdue.total).toBeGreaterThan(0);
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
});
