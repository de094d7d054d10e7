import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, NO_MIGRATIONS, SqliteDialect, type Migration } from 'kysely';
import { applyPragmas } from '../../main/db/pragmas';
import type { MigrationList } from '../../main/db/migrate';
import { appliedMigrations } from '../../main/db/schemaSteps';
import { openDatabase, type OpenDatabase } from '../../main/db/open';
import { migrations as shippedMigrations } from '../../migrations';
import { tempDir } from './testCore';

// Every schema step that changes data (updates, copies, backfills or seeds rows, or rebuilds a
// table) gets a test through this harness, in the pattern Signal Desktop uses:
//
//   const h = await migrateToBefore('008_new_step');    // a fresh file, every step before 008
//   h.sqlite.prepare('insert into ...').run(...);       // rows as the old schema held them
//   await h.migrateTo('008_new_step');                  // or h.migrateToLatest()
//   expect(h.sqlite.prepare('select ...').all()).toEqual(...);
//   await h.close();
//
// Steps run through Kysely's Migrator over the shipped list, each call in one transaction, with
// the app's pragmas (foreign keys on), as openDatabase runs them.

export interface MigrationHarness {
  file: string;
  sqlite: BetterSqlite3.Database;
  /** names of the steps applied so far, in order */
  applied(): string[];
  /** runs the steps up to and including `name` */
  migrateTo(name: string): Promise<void>;
  migrateToLatest(): Promise<void>;
  /** closes the harness and opens the file as the app does (running any steps still pending) */
  openWithApp(): Promise<OpenDatabase>;
  close(): Promise<void>;
}

/** A new database file migrated to the step just before `name` (empty if `name` is the first step). */
export async function migrateToBefore(name: string, list: MigrationList = shippedMigrations): Promise<MigrationHarness> {
  const index = list.findIndex(([n]) => n === name);
  if (index < 0) throw new Error(`There is no schema step ${name}`);
  const harness = createHarness(list);
  await harness.run(index === 0 ? NO_MIGRATIONS : list[index - 1]![0]);
  return harness.handle;
}

function createHarness(list: MigrationList) {
  const file = path.join(tempDir('hd-migration-'), 'migrating.sqlite');
  const sqlite = new BetterSqlite3(file);
  applyPragmas(sqlite);
  const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: sqlite }) });
  const provider = { getMigrations: async (): Promise<Record<string, Migration>> => Object.fromEntries(list.map(([n, m]) => [n, m])) };
  const migrator = new Migrator({ db, provider, migrationTableName: 'kysely_migration' });

  const run = async (target: string | typeof NO_MIGRATIONS | 'latest') => {
    if (target === NO_MIGRATIONS) return;
    sqlite.exec('BEGIN IMMEDIATE');
    const { error } = target === 'latest' ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
    if (error) {
      sqlite.exec('ROLLBACK');
      throw error;
    }
    sqlite.exec('COMMIT');
  };
  const close = async () => {
    if (sqlite.open) await db.destroy();
  };
  const handle: MigrationHarness = {
    file,
    sqlite,
    applied: () => appliedMigrations(sqlite),
    migrateTo: (name) => {
      if (!list.some(([n]) => n === name)) throw new Error(`There is no schema step ${name}`);
      return run(name);
    },
    migrateToLatest: () => run('latest'),
    openWithApp: async () => {
      await close();
      return openDatabase(file, { migrations: list });
    },
    close,
  };
  return { run, handle };
}
