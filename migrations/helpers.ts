import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql, SqliteAdapter } from 'kysely';

// Migrations use only what SQLite and PostgreSQL both understand; the one difference that
// matters here, how an auto-numbered key is declared, is settled per dialect.
export function isSqlite(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return isSqlite(db)
    ? table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity());
}

export function withTimestamps<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
  return table.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
}

/**
 * Starts a new table that SQLite creates STRICT, so a value of the wrong type is refused rather than
 * stored as it came (PostgreSQL's columns are strict already and it has no such clause). A STRICT
 * table's columns must be integer, real, text, blob or any. Steps that shipped keep their tables as
 * they are: use this only in new steps.
 */
export function createStrictTable<T extends string>(db: Kysely<any>, name: T): CreateTableBuilder<T, never> {
  const table = db.schema.createTable(name);
  return isSqlite(db) ? table.modifyEnd(sql`strict`) : table;
}
