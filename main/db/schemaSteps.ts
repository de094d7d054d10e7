import type BetterSqlite3 from 'better-sqlite3';

/** The table Kysely's migrator records each applied schema step in. */
export const MIGRATION_TABLE = 'kysely_migration';

/** Names of the schema steps already applied to this file (read without changing anything). */
export function appliedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (!table) return [];
  return (sqlite.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
}
