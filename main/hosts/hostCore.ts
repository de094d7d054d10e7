import { createCore, type Core } from '../core/dispatch';
import type { ForkWork } from '../core/workProcess';
import { openDatabase, type OpenOptions } from '../db/open';

// The Electron shell and the web host open their file and make their core here, so that both do
// the long work in the same places (issue 15): the heavy reads on read workers, exports and imports
// in processes of their own with one waiting, and the file's integrity check beside the first calls.

/** How a host opens its file: checked alongside, and a write that waits for another process's lock waits on timers. */
const HOST_OPEN = { check: 'background', serving: true } as const satisfies OpenOptions;

/** The file opened as a host opens it, and its core; `fork` starts an export's or an import's process (Electron's utility process), a Node child process when left out. */
export async function openHostCore(dbPath: string, host: 'electron' | 'web', fork?: ForkWork): Promise<Core> {
  const database = await openDatabase(dbPath, HOST_OPEN);
  return createCore(database, { host, workers: true, spareExports: true, ...(fork ? { fork } : {}) });
}
