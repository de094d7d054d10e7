import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { migrations as shippedMigrations } from '../../migrations';
import { AppError } from '../core/errors';
import { MIGRATION_TABLE } from './schemaSteps';

export type MigrationList = ReadonlyArray<readonly [name: string, migration: Migration]>;

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: MigrationList) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.list.map(([name, m]) => [name, m]));
  }
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
