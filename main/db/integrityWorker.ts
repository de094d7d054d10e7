// Runs PRAGMA quick_check off the thread that answers calls, on a read-only connection of its own.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { quickCheck } from './integrity';

const { file } = workerData as { file: string };
try {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    parentPort!.postMessage({ problems: quickCheck(sqlite) });
  } finally {
    sqlite.close();
  }
} catch (e) {
  parentPort!.postMessage({ error: { message: (e as Error).message, code: (e as { code?: string }).code } });
}
