import type { QueryExecutorProvider } from 'kysely';
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
