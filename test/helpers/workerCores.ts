import { afterAll, beforeAll } from 'vitest';
import { stopReader } from '../../main/core/readWorker';
import { makeCore, type TestCore } from './testCore';

/**
 * Two demo databases for a file's tests, loaded once: one core with the hosts' worker threads
 * (exports, heavy reads) and one that does everything in-process, to compare their answers.
 */
export function demoCoresWithAndWithoutWorkers(): { onWorker(): TestCore; inProcess(): TestCore } {
  let onWorker: TestCore;
  let inProcess: TestCore;
  beforeAll(async () => {
    onWorker = await makeCore({ demo: true, workers: true });
    inProcess = await makeCore({ demo: true });
  }, 120_000);
  afterAll(async () => {
    await stopReader(onWorker.database.path);
    await onWorker.close();
    await inProcess.close();
  });
  return { onWorker: () => onWorker, inProcess: () => inProcess };
}
