import { utilityProcess } from 'electron';
import type { ForkWork } from '../../core/workProcess';

// The Electron shell's way of starting an export's process: a utility process (Electron's
// child_process.fork needs the RunAsNode fuse, which a hardened build turns off). The child talks
// through process.parentPort (core/parentChannel.ts).
export const forkUtilityProcess: ForkWork = (script) => {
  const child = utilityProcess.fork(script, [], { serviceName: 'Housing Desk export', stdio: 'inherit' });
  let ended = false;
  const exitListeners: ((code: number | null) => void)[] = [];
  child.once('exit', (code) => {
    if (ended) return;
    ended = true;
    for (const l of exitListeners) l(code);
  });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill(),
  };
};
