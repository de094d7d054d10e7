import BetterSqlite3 from 'better-sqlite3';
import { applyPragmas } from '../db/pragmas';

/**
 * The import worker's own connection, with the app's pragmas (its 64 MiB page cache too: the worker
 * runs in the import's own process, whose memory is given back when it ends, so the cache no longer
 * weighs on the host as it did when the worker was a thread of the host's).
 */
export function openImportConnection(dbPath: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(dbPath, { fileMustExist: true });
  applyPragmas(sqlite);
  return sqlite;
}
