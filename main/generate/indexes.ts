import type BetterSqlite3 from 'better-sqlite3';

/**
 * Runs a bulk write with the tables' secondary indexes dropped, then builds them again from their
 * own stored SQL, so the schema is as it was: building an index once from sorted rows is much
 * cheaper than keeping it in order through hundreds of thousands of inserts. Call it inside the
 * write's transaction: if the write fails, the indexes come back with the rollback.
 */
export function withoutIndexes<T>(sqlite: BetterSqlite3.Database, tables: readonly string[], write: () => T): T {
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(', ')}) order by name`)
    .all(...tables) as { name: string; sql: string }[];
  for (const i of indexes) sqlite.exec(`drop index "${i.name}"`);
  const result = write();
  for (const i of indexes) sqlite.exec(i.sql);
  return result;
}
