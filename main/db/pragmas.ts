import type BetterSqlite3 from 'better-sqlite3';

export const BUSY_TIMEOUT_MS = 5000;

/** The pragmas every connection to the database file uses (the app's and an import worker's). */
export function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = FULL');
  // 64 MiB of page cache (SQLite's default is 2 MiB): a large landlord's certificate indexes are
  // hundreds of MiB, and an import touches pages all over them.
  sqlite.pragma('cache_size = -65536');
  // Statement journals and temporary B-trees in memory, not in temporary files: a write inside a
  // transaction whose table has triggers copies every page it touches to a statement journal, and
  // on disk that was two thirds of a 100,000-row certificate import (4.0 s of inserts, 2.0 s so).
  sqlite.pragma('temp_store = MEMORY');
}

/** A connection that reads only (the read-only commands'): the file's journal mode is left as it is and SQLite refuses any write. */
export function applyReadPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('query_only = ON');
}
