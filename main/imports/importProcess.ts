// The process an import runs in (started by importJobs.ts through the host's ForkWork): its worker
// thread (importWorker.ts) reads the file and writes on a connection of its own, while this thread
// passes on its reports and a cancel, which the worker sees at its next progress report. All of the
// memory the import took (the parsed rows, SQLite's page cache, the allocator's arenas) is given back
// when the process ends: on a worker thread of the host's own, 300 MB of it stayed with the host.
import { Worker } from 'node:worker_threads';
import { parentChannel } from '../core/parentChannel';
import { ownBuffer } from '../core/uploads';
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

function start(request: ImportProcessRequest) {
  started = true;
  const workerData: WorkerRequest = { ...request, bytes: ownBuffer(request.bytes), cancelFlag };
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
  else if (m.type === 'start' && !started) start(m.request);
});
