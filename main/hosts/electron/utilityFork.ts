import { utilityProcess } from 'electron';
import { exitOnce, type ForkWork } from '../../core/workProcess';

// The Electron shell's way of starting an export's process: a utility process (Electron's
// child_process.fork needs the RunAsNode fuse, which a hardened build turns off). The child talks
// through process.parentPort (core/parentChannel.ts).
export const forkUtilityProcess: ForkWork = (script) => {
  const child = utilityProcess.fork(script, [], { serviceName: 'Housing Desk export or import', stdio: 'inherit' });
  const exit = exitOnce();
  child.once('exit', (code) => exit.end(code));
  // a utility process ends with the app, so one waiting for work needs no unreferencing
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: exit.onExit,
    kill: () => void child.kill(),
    ended: exit.ended,
  };
};
