import { afterAll, beforeAll } from 'vitest';
import { stopReader } from '../../main/core/readWorker';
import { makeCore, type TestCore } from './testCore';

/**
 * Two demo databases for a file's tests, loaded once: one core with the hosts' worker threads
 * (exports, heavy reads) and one that does everything in-process, to compare their answers.
 */
export function demoCoresWithAndWithoutWorkers(): { onWorker: TestCore; inProcess: TestCore } {
  const cores = {} as { onWorker: TestCore; inProcess: TestCore };
  beforeAll(async () => {
    cores.onWorker = await makeCore({ demo: true, workers: true });
    cores.inProcess = await makeCore({ demo: true });
  }, 120_000);
  afterAll(async () => {
    await stopReader(cores.onWorker.database.path);
    await cores.onWorker.close();
    await cores.inProcess.close();
  });
  return cores;
}
