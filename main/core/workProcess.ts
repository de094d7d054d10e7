import { fork } from 'node:child_process';

// Long work (an export) in a process of its own, rather than on a worker thread: a worker's native
// memory (SQLite's page cache, the document's buffers, the allocator's arenas) stays with the host's
// process after it ends, 300-500 MB after a large committee paper; a process gives all of it back
// when it exits. The web host forks Node; the Electron shell a utility process (hosts/electron/).
// The child's side is parentChannel.ts.

export interface WorkProcess {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** called once, when the process has ended or could not start */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** Starts a compiled script in a process of its own. */
export type ForkWork = (script: string) => WorkProcess;

/** A Node child process with structured-clone messages (so that a document's bytes pass as bytes). */
export const forkNodeProcess: ForkWork = (script) => {
  // no inherited flags: a profiler's or a test runner's flags are not the child's business
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  let ended = false;
  const exitListeners: ((code: number | null) => void)[] = [];
  const end = (code: number | null) => {
    if (ended) return;
    ended = true;
    for (const l of exitListeners) l(code);
  };
  child.once('exit', (code) => end(code));
  child.once('error', () => end(null));
  return {
    send: (message) => void child.send(message as never),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill(),
  };
};
