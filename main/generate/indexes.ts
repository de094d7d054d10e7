import type BetterSqlite3 from 'better-sqlite3';

// Building an index once from the finished rows is much cheaper than keeping it in order through
// hundreds of thousands of inserts, so the bulk writes run with the tables' secondary indexes
// dropped, and build them again afterwards from their own stored SQL: the schema ends as it began.

export interface DroppedIndex {
  name: string;
  sql: string;
}

/** Drops the tables' secondary indexes (a table's key and UNIQUE constraints stay) and returns how to build them again. */
export function dropIndexes(sqlite: BetterSqlite3.Database, tables: readonly string[]): DroppedIndex[] {
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(', ')}) order by name`)
    .all(...tables) as DroppedIndex[];
  for (const i of indexes) sqlite.exec(`drop index "${i.name}"`);
  return indexes;
}

export function buildIndexes(sqlite: BetterSqlite3.Database, indexes: readonly DroppedIndex[]): void {
  for (const i of indexes) sqlite.exec(i.sql);
}

/** A bulk write with the tables' indexes dropped, inside the caller's transaction: if it fails, the rollback brings them back. */
export function withoutIndexes<T>(sqlite: BetterSqlite3.Database, tables: readonly string[], write: () => T): T {
  const indexes = dropIndexes(sqlite, tables);
  const result = write();
  buildIndexes(sqlite, indexes);
  return result;
}
