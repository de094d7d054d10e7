import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppError } from '../core/errors';
import { ImmediateSqliteDialect } from './immediateDialect';
import type { Database } from './schema';
import { applyPragmas } from './pragmas';
import { appliedMigrations, assertNotNewer, pendingMigrations, runMigrations, type MigrationList } from './migrate';
import { migrations as shippedMigrations } from '../../migrations';

export interface OpenDatabase {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  /** the copy taken before this open migrated the file, if it did */
  backupPath: string | null;
  schemaVersion: string;
  close(): Promise<void>;
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/**
 * Opens (creating if needed) the database file, refuses one made by a newer app, backs the file
 * up with SQLite's backup API before any pending migration, then migrates it.
 */
export interface OpenOptions {
  now?: Date;
  /** the schema steps to apply; tests pass their own list */
  migrations?: MigrationList;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const now = options.now ?? new Date();
  const migrations = options.migrations ?? shippedMigrations;
  const full = path.resolve(file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  const existed = fs.existsSync(full) && fs.statSync(full).size > 0;
  const sqlite = new BetterSqlite3(full);
  try {
    const applied = readApplied(sqlite, full);
    assertNotNewer(applied, migrations);

    applyPragmas(sqlite);

    const pending = pendingMigrations(applied, migrations);
    let backupPath: string | null = null;
    if (existed && pending.length > 0 && applied.length > 0) {
      backupPath = `${full}.before-${pending[0]}.${timestamp(now)}.bak`;
      await sqlite.backup(backupPath);
    }

    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    if (pending.length > 0) {
      // Kysely does not wrap SQLite migrations in a transaction; one transaction around all pending
      // steps means a failed step leaves the file exactly as it was.
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        await runMigrations(db, migrations);
        sqlite.exec('COMMIT');
      } catch (e) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw e;
      }
    }
    const schemaVersion = appliedMigrations(sqlite).at(-1) ?? '';
    return {
      path: full,
      sqlite,
      db,
      backupPath,
      schemaVersion,
      close: async () => {
        await db.destroy();
      },
    };
  } catch (e) {
    if (sqlite.open) sqlite.close();
    throw e;
  }
}

/**
 * The schema steps applied to the file, read before anything is written; refuses a file that is not
 * a SQLite database, or is another program's (tables but no Housing Desk steps), leaving it untouched.
 */
function readApplied(sqlite: BetterSqlite3.Database, file: string): string[] {
  const next = 'Check the path, or give a new file name to start a new database.';
  let applied: string[];
  let tables: number;
  try {
    applied = appliedMigrations(sqlite);
    tables = (sqlite.prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'").get() as { n: number }).n;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB')
      throw new AppError('validation', `${file} is not a Housing Desk database (it is not a SQLite database file). ${next}`);
    throw e;
  }
  if (applied.length === 0 && tables > 0)
    throw new AppError('validation', `${file} is not a Housing Desk database (it is another program's SQLite database). ${next}`);
  return applied;
}

/** Where the database lives when no --db or HOUSING_DESK_DB says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Housing Desk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Housing Desk');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'housing-desk');
}

export function resolveDbPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.HOUSING_DESK_DB) return path.resolve(env.HOUSING_DESK_DB);
  return path.join(defaultDataDir(env), 'housing-desk.sqlite');
}
