import { fork } from 'node:child_process';

// Long work (an export) in a process of its own, rather than on a worker thread: a worker's native
// memory (SQLite's page cache, the document's buffers, the allocator's arenas) stays with the host's
// process after it ends, 300-500 MB after a large committee paper; a process gives all of it back
// when it exits. The web host forks Node; the Electron shell a utility process (hosts/electron/).
// The child's side is parentChannel.ts.

export interface WorkProcess {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** called once, when the process has ended or could not start (at once if it has) */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  /** whether it has ended (or could not start) */
  ended(): boolean;
  /** whether it keeps the host's process open: a process waiting for work (spareProcess.ts) does not */
  hold?(held: boolean): void;
}

/** Starts a compiled script in a process of its own. */
export type ForkWork = (script: string) => WorkProcess;

/** A Node child process with structured-clone messages (so that a document's bytes pass as bytes). */
export const forkNodeProcess: ForkWork = (script) => {
  // no inherited flags: a profiler's or a test runner's flags are not the child's business
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const exit = exitOnce();
  child.once('exit', (code) => exit.end(code));
  // every error, not the first: a send to a process that could not start fails again, and an unhandled one would end the host
  child.on('error', () => exit.end(null));
  let held = true;
  const hold = () => {
    if (held) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  return {
    send: (message) => void child.send(message as never),
    onMessage: (listener) => {
      child.on('message', listener);
      // held or not as asked, whatever the listener did (on a child's own `process`, a 'message'
      // listener references the channel again; on this side it does not, so this is a safeguard)
      hold();
    },
    onExit: exit.onExit,
    kill: () => void child.kill(),
    ended: () => exit.ended() || !child.connected,
    hold: (h) => {
      held = h;
      hold();
    },
  };
};

/** A process's end, told once to each listener, including one that asks after it. */
export function exitOnce() {
  let code: number | null | undefined;
  const listeners: ((code: number | null) => void)[] = [];
  return {
    end(c: number | null) {
      if (code !== undefined) return;
      code = c;
      for (const l of listeners.splice(0)) l(c);
    },
    onExit(listener: (code: number | null) => void) {
      if (code === undefined) listeners.push(listener);
      else listener(code);
    },
    ended: () => code !== undefined,
  };
}
