// The process an import runs in (started by importJobs.ts through the host's ForkWork): its worker
// thread (importWorker.ts) reads the file and writes on a connection of its own, while this thread
// passes on its reports and a cancel, which the worker sees at its next progress report. The file
// comes in parts (FILE_PART_BYTES), so that sending it never holds the host's thread for long. All of the
// memory the import took (the parsed rows, SQLite's page cache, the allocator's arenas) is given back
// when the process ends: on a worker thread of the host's own, 300 MB of it stayed with the host.
import { Worker } from 'node:worker_threads';
import { parentChannel } from '../core/parentChannel';
import { compiledWorker } from '../core/workerFile';
import type { ImportProcessMessage, ImportProcessRequest, WorkerMessage, WorkerRequest } from './importJobTypes';

const parent = parentChannel();
const cancelFlag = new SharedArrayBuffer(4);
const cancel = () => Atomics.store(new Int32Array(cancelFlag), 0, 1);
let started = false;
let reported = false;
const report = (m: WorkerMessage) => {
  if (m.type !== 'progress') reported = true;
  parent.send(m);
};

// The host gone (ended or killed): nobody would be told what the import did, so it is cancelled and
// rolls back at its next progress report. (Electron's utility processes end with the app.)
process.on('disconnect', cancel);

const parts: Uint8Array[] = [];

/** The file's parts as one buffer of its own (handed to the worker without a copy). */
function wholeFile(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts.splice(0)) {
    if (at + part.byteLength > size) break;
    bytes.set(part, at);
    at += part.byteLength;
  }
  if (at !== size) throw new Error(`the file arrived incomplete (${at} of ${size} bytes)`);
  return bytes;
}

function start(request: ImportProcessRequest) {
  started = true;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = wholeFile(request.size);
  } catch (e) {
    report({ type: 'failed', error: { code: 'internal', message: `The import failed and nothing was saved (${(e as Error).message}).` } });
    return;
  }
  const { size: _size, ...rest } = request;
  const workerData: WorkerRequest = { ...rest, bytes, cancelFlag };
  const worker = new Worker(compiledWorker(__dirname, 'imports', 'importWorker', 'import'), {
    workerData,
    transferList: [workerData.bytes.buffer as ArrayBuffer],
  });
  worker.on('message', (m: WorkerMessage) => report(m));
  worker.on('error', (e) => report({ type: 'failed', error: { code: 'internal', message: `The import failed and nothing was saved (${e.message}).` } }));
  // a worker that ended without saying how leaves no job running for good
  worker.on('exit', (code) => {
    if (!reported) report({ type: 'failed', error: { code: 'internal', message: `The import stopped unexpectedly (exit code ${code}); nothing was saved.` } });
    if (!process.connected) process.exit(0);
  });
}

parent.onMessage((message) => {
  const m = message as ImportProcessMessage;
  if (m.type === 'cancel') cancel();
  else if (m.type === 'part' && !started) parts.push(m.bytes);
  else if (m.type === 'start' && !started) start(m.request);
});
