import type { ForkWork, WorkProcess } from './workProcess';

// A process started before it is needed: a document's process spends about half a second starting
// Node and loading its modules (better-sqlite3, kysely, the docx package and our document code)
// before it reads a row. The host keeps one such process waiting, its modules loaded (it is told
// `prepare`), and hands it to the next export; a new one is started once no export's process runs,
// so that it never takes a core from an export. A waiting process holds no
// connection (a restore may swap the file under it) and does not keep the host's process open.

/** What a waiting process is told so that it loads what it will need. */
export const PREPARE = { type: 'prepare' } as const;

export interface SpareProcesses {
  /** `fork`, handing out the waiting process for the script where there is one */
  fork: ForkWork;
  /** starts a process for the script to wait, unless one waits already; from then on one is kept waiting for it */
  prepare(script: string): void;
  /** ends the waiting processes; none is started again */
  stop(): void;
}

export function spareProcesses(fork: ForkWork): SpareProcesses {
  const waiting = new Map<string, WorkProcess>();
  /** the scripts a process is kept waiting for (those `prepare` was asked for), and how many handed-out processes run */
  const kept = new Set<string>();
  let running = 0;
  let stopped = false;

  function prepare(script: string): void {
    if (stopped) return;
    kept.add(script);
    // one starting beside a running export would take a core from it: it starts when that one ends
    if (waiting.has(script) || running > 0) return;
    const spare = fork(script);
    waiting.set(script, spare);
    spare.onExit(() => {
      if (waiting.get(script) === spare) waiting.delete(script);
    });
    spare.hold?.(false);
    spare.send(PREPARE);
  }

  // a process that cannot start is no one's error: the next export starts its own and says why
  const prepareQuietly = (script: string) => {
    try {
      prepare(script);
    } catch {
      /* no spare this time */
    }
  };

  const take: ForkWork = (script) => {
    const spare = waiting.get(script);
    waiting.delete(script);
    const taken = spare && !spare.ended() ? spare : fork(script);
    taken.hold?.(true);
    running++;
    taken.onExit(() => {
      running--;
      // the next ones start once no export runs, rather than beside one
      if (running === 0) setImmediate(() => running === 0 && kept.forEach(prepareQuietly));
    });
    return taken;
  };

  return {
    fork: take,
    prepare,
    stop() {
      stopped = true;
      for (const spare of waiting.values()) spare.kill();
      waiting.clear();
    },
  };
}
