import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { migrations as shippedMigrations } from '../../migrations';

export type MigrationList = ReadonlyArray<readonly [name: string, migration: Migration]>;
import { AppError } from '../core/errors';

const MIGRATION_TABLE = 'kysely_migration';

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: MigrationList) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.list.map(([name, m]) => [name, m]));
  }
}

/** Names of the schema steps already applied to this file (read without changing anything). */
export function appliedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (!table) return [];
  return (sqlite.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
}

/** Refuses, before anything is written, a file made by a newer version of the app. */
export function assertNotNewer(applied: string[], migrations: MigrationList = shippedMigrations): void {
  const known = new Set(migrations.map(([name]) => name));
  const unknown = applied.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    const latest = migrations[migrations.length - 1]![0];
    throw new AppError(
      'database_newer',
      `This database was last opened by a newer version of Housing Desk (it has schema step ${unknown[unknown.length - 1]}; ` +
        `this version knows up to ${latest}). Install the newer version to open it. The file has not been changed.`,
    );
  }
}

export function pendingMigrations(applied: string[], migrations: MigrationList = shippedMigrations): string[] {
  const done = new Set(applied);
  return migrations.map(([name]) => name).filter((n) => !done.has(n));
}

export async function runMigrations(db: Kysely<any>, migrations: MigrationList = shippedMigrations): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrations), migrationTableName: MIGRATION_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new AppError(
      'internal',
      `Updating the database to the new version failed${failed ? ` at step ${failed.migrationName}` : ''}: ${String(
        (error as Error).message ?? error,
      )}. The database was left as it was before the update.`,
    );
  }
}
