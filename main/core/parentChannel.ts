// The child's side of a WorkProcess (workProcess.ts): Electron's utility process talks through
// process.parentPort, a Node child process through process.send.

export interface ParentChannel {
  onMessage(listener: (message: unknown) => void): void;
  send(message: unknown): void;
}

interface ElectronParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export function parentChannel(): ParentChannel {
  const port = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (port) return { onMessage: (listener) => port.on('message', (e) => listener(e.data)), send: (message) => port.postMessage(message) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('This file runs as a process started by Housing Desk, not on its own.');
  return { onMessage: (listener) => void process.on('message', listener), send: (message) => void send(message as never) };
}
