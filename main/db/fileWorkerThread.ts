// The worker thread of fileWork.ts: checks or copies one database file on a read-only connection of
// its own, then ends (its memory goes with it).
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { copyByBackup, PAGES_AT_A_STEP_ON_WORKER, readFileFacts, type FileWorkMessage, type FileWorkRequest } from './fileWork';

const request = workerData as FileWorkRequest;
const post = (m: FileWorkMessage) => parentPort!.postMessage(m);

async function main() {
  if (request.op === 'facts') return post({ facts: readFileFacts(request.file) });
  const source = new BetterSqlite3(request.source, { readonly: true, fileMustExist: true });
  try {
    await copyByBackup(source, request.target, PAGES_AT_A_STEP_ON_WORKER, (progress) => post({ progress }));
  } finally {
    source.close();
  }
  post({ copied: true });
}

main().catch((e: unknown) => post({ error: { message: (e as Error)?.message ?? String(e), code: (e as { code?: string })?.code } }));
