import type { Kysely, QueryExecutorProvider } from 'kysely';
import type { Database } from '../db/schema';
import type { ReadDb } from './context';

/**
 * For a raw SQL read (`sql\`select …\`.execute(sqlReader(db))`) on a read-only database: the
 * figures worked out in SQL (compliance) are read from a query handler's ReadDb. At run time a
 * ReadDb is the connection itself, its type only hiding the writers; kysely cannot check raw SQL
 * either way, so this is the one place that lets a ReadDb run it. Only ever pass it a read.
 */
export function sqlReader(db: ReadDb): QueryExecutorProvider {
  return db as unknown as QueryExecutorProvider;
}

/**
 * Runs `read` once the connection is free, holding it meanwhile: no other call's query, nor a
 * write's transaction still open across its awaits, is on it then (a read straight on the
 * better-sqlite3 handle does not wait for kysely's hold, and would see a write not yet committed).
 */
export function whenConnectionFree<T>(db: ReadDb, read: () => T): Promise<T> {
  return (db as unknown as Kysely<Database>).connection().execute(async () => read());
}
