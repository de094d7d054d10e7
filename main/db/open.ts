import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppError } from '../core/errors';
import { ImmediateSqliteDialect, setLockWait } from './immediateDialect';
import type { Database } from './schema';
import { applyPragmas, applyReadPragmas, BUSY_TIMEOUT_MS } from './pragmas';
import { CHECK_IN_LINE_BYTES, damagedError, isDamageError, looksLikeSqlite, quickCheck } from './integrity';
import { quickCheckInBackground } from './fileWork';
import { assertNotNewer, pendingMigrations, runMigrations, type MigrationList } from './migrate';
import { appliedMigrations } from './schemaSteps';
import { migrations as shippedMigrations } from '../../migrations';

export interface OpenDatabase {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  /** the copy taken before this open migrated the file, if it did */
  backupPath: string | null;
  schemaVersion: string;
  /**
   * Settles once the file has passed SQLite's quick_check: already for a small file (checked before
   * opening returned), later for a large one opened with `check: 'background'`; rejects with the
   * "damaged" error. The core waits for it before answering a call.
   */
  checked: Promise<void>;
  close(): Promise<void>;
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/**
 * Opens (creating if needed) the database file, refuses one made by a newer app or damaged, backs
 * the file up with SQLite's backup API before any pending migration, then migrates it.
 */
export interface OpenOptions {
  now?: Date;
  /** the schema steps to apply; tests pass their own list */
  migrations?: MigrationList;
  /** read and never write (the read-only commands): no migration, the journal mode left alone, SQLite's query_only on */
  readOnly?: boolean;
  /** a large file's integrity check runs before opening returns ('wait', the default) or alongside (the hosts) */
  check?: 'wait' | 'background';
  /**
   * the connection answers calls (the hosts): a write waiting for another process's lock must not
   * hold up the thread, so SQLite's busy timeout is 0 and the wait is done on timers (setLockWait)
   */
  serving?: boolean;
  /** files up to this size are checked before opening returns, whatever `check` says (tests lower it) */
  checkInLineUpTo?: number;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const full = path.resolve(file);
  try {
    return await open(full, options);
  } catch (e) {
    if (isDamageError(e)) throw damagedError(full, (e as Error).message);
    throw e;
  }
}

async function open(full: string, options: OpenOptions): Promise<OpenDatabase> {
  const now = options.now ?? new Date();
  const migrations = options.migrations ?? shippedMigrations;
  if (options.readOnly && !fs.existsSync(full)) throw new AppError('not_found', `There is no database at ${full}.`);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  const size = fs.existsSync(full) ? fs.statSync(full).size : 0;
  const sqlite = new BetterSqlite3(full);
  try {
    const applied = readApplied(sqlite, full);
    assertNotNewer(applied, migrations);
    const { checked } =
      size > 0
        ? await integrityChecked(sqlite, full, size, options.check ?? 'wait', options.checkInLineUpTo ?? CHECK_IN_LINE_BYTES)
        : { checked: Promise.resolve() };
    const pending = pendingMigrations(applied, migrations);
    if (options.readOnly) {
      if (pending.length > 0)
        throw new AppError(
          'validation',
          `${full} needs updating to this version of Housing Desk before it can be read: open it once with housing-desk serve --db ${full} (or in the app), which backs it up and updates it.`,
        );
      applyReadPragmas(sqlite);
    } else applyPragmas(sqlite);
    if (options.serving) {
      sqlite.pragma('busy_timeout = 0');
      setLockWait(sqlite, BUSY_TIMEOUT_MS);
    }

    let backupPath: string | null = null;
    if (size > 0 && pending.length > 0 && applied.length > 0) {
      await checked;
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
      checked,
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
 * A small file is checked now and refused when damaged; a large one is checked on a worker thread,
 * waited for here unless the caller takes the promise ('background').
 */
async function integrityChecked(
  sqlite: BetterSqlite3.Database,
  file: string,
  size: number,
  mode: 'wait' | 'background',
  inLineUpTo: number,
): Promise<{ checked: Promise<void> }> {
  if (size <= inLineUpTo) {
    const found = quickCheck(sqlite);
    if (found.length) throw damagedError(file, found[0]!);
    return { checked: Promise.resolve() };
  }
  const checked = quickCheckInBackground(file).then(
    (found) => {
      if (found.length) throw damagedError(file, found[0]!);
    },
    (e: unknown) => {
      throw isDamageError(e) ? damagedError(file, (e as Error).message) : e;
    },
  );
  if (mode === 'wait') await checked;
  // the rejection is the waiters' to handle; this keeps Node from reporting it unhandled meanwhile
  else checked.catch(() => undefined);
  // wrapped: an async function returning the promise itself would wait for it
  return { checked };
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
    if ((e as { code?: string }).code === 'SQLITE_NOTADB' && !looksLikeSqlite(file))
      throw new AppError('validation', `${file} is not a Housing Desk database (it is not a SQLite database file). ${next}`);
    throw e;
  }
  if (applied.length === 0 && tables > 0)
    throw new AppError('validation', `${file} is not a Housing Desk database (it is another program's SQLite database). ${next}`);
  return applied;
}
