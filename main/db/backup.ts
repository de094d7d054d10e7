import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupsToKeep, type BackupFile } from '../../shared/domain/backupRotation';
import { localToday, type IsoDate } from '../../shared/domain/dates';
import { AppError } from '../core/errors';
import { damagedError, isDamageError, looksLikeSqlite, quickCheck } from './integrity';
import { appliedMigrations, assertNotNewer, type MigrationList } from './migrate';
import { migrations as shippedMigrations } from '../../migrations';

// Backups by SQLite's backup API (a consistent copy while the app keeps working), each verified
// after writing; the automatic ones kept in a rotation; restore that checks a file before it
// replaces anything.

export interface WrittenBackup {
  path: string;
  bytes: number;
  /** the backup's last schema step */
  schemaVersion: string;
}

const stamp = (now: Date) => now.toISOString().slice(0, 19).replace(/:/g, '-');
const AUTOMATIC = /\.(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})\.backup\.sqlite$/;

/** Where automatic backups go: the folder the user chose, or "backups" beside the database. */
export function backupFolder(dbPath: string, chosen = ''): string {
  return chosen.trim() ? path.resolve(chosen.trim()) : path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/**
 * Checks that a file is a sound Housing Desk database this version can open: readable as SQLite,
 * passing quick_check, holding our schema steps and none newer. Gives its last step.
 */
export function verifyDatabaseFile(file: string, migrations: MigrationList = shippedMigrations): string {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file ${file}.`);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const found = quickCheck(sqlite);
    if (found.length) throw damagedError(file, found[0]!);
    const applied = appliedMigrations(sqlite);
    if (applied.length === 0) throw new AppError('validation', `${file} is not a Housing Desk database or backup.`);
    assertNotNewer(applied, migrations);
    return applied.at(-1)!;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB' && !looksLikeSqlite(file))
      throw new AppError('validation', `${file} is not a Housing Desk database or backup (it is not a SQLite database file).`);
    if (isDamageError(e)) throw damagedError(file, (e as Error).message);
    throw e;
  } finally {
    sqlite?.close();
  }
}

/** Writes a consistent copy of the open database to `out` and checks the copy; a copy that fails is deleted. */
export async function writeBackup(sqlite: BetterSqlite3.Database, out: string, onProgress?: (percent: number) => void): Promise<WrittenBackup> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages ? Math.round((100 * (totalPages - remainingPages)) / totalPages) : 100);
        return 256;
      },
    });
    onProgress?.(100);
    const schemaVersion = verifyDatabaseFile(partial);
    fs.renameSync(partial, target);
    return { path: target, bytes: fs.statSync(target).size, schemaVersion };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** The automatic backups of this database in a folder, newest first. */
export function listBackups(folder: string, dbPath: string): (BackupFile & { path: string; bytes: number })[] {
  if (!fs.existsSync(folder)) return [];
  const base = path.basename(dbPath);
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(`${base}.`))
    .flatMap((name) => {
      const m = AUTOMATIC.exec(name);
      if (!m) return [];
      const full = path.join(folder, name);
      return [{ name, path: full, bytes: fs.statSync(full).size, date: m[1] as IsoDate, takenAt: `${m[1]}T${m[2]!.replace(/-/g, ':')}` }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Writes a backup into the rotation's folder now, then deletes the ones the rotation no longer keeps. */
export async function takeBackup(
  sqlite: BetterSqlite3.Database,
  dbPath: string,
  options: { folder: string; now?: Date; onProgress?: (percent: number) => void },
): Promise<WrittenBackup> {
  const name = `${path.basename(dbPath)}.${stamp(options.now ?? new Date())}.backup.sqlite`;
  const written = await writeBackup(sqlite, path.join(options.folder, name), options.onProgress);
  const keep = backupsToKeep(listBackups(options.folder, dbPath));
  for (const old of listBackups(options.folder, dbPath)) if (!keep.has(old.name)) fs.rmSync(old.path, { force: true });
  return written;
}

/** The day's automatic backup, unless one was taken today already (then null). */
export async function automaticBackup(sqlite: BetterSqlite3.Database, dbPath: string, options: { folder: string; now?: Date }): Promise<WrittenBackup | null> {
  const today = localToday(options.now ?? new Date());
  if (listBackups(options.folder, dbPath).some((b) => b.date === today)) return null;
  return takeBackup(sqlite, dbPath, options);
}

/**
 * Replaces the database with a backup: the backup is checked first (a damaged one, or one from a
 * newer version, is refused and nothing is touched); the current file is kept beside it; the copy
 * is written beside the database, checked, then moved into place. Housing Desk must not have the
 * database open meanwhile.
 */
export async function restoreDatabase(
  dbPath: string,
  from: string,
  options: { now?: Date; migrations?: MigrationList } = {},
): Promise<{ keptAs: string | null; schemaVersion: string }> {
  const target = path.resolve(dbPath);
  const source = path.resolve(from);
  if (source === target) throw new AppError('validation', 'The backup to restore is the database itself: choose a backup file.');
  const schemaVersion = verifyDatabaseFile(source, options.migrations);

  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore.${stamp(options.now ?? new Date())}.bak`;
    // the current file may be the damaged one being replaced: its bytes are kept as they are
    for (const suffix of ['', '-wal']) if (fs.existsSync(target + suffix)) fs.copyFileSync(target + suffix, keptAs + suffix);
  }
  const incoming = `${target}.restoring`;
  const src = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(incoming);
  } finally {
    src.close();
  }
  try {
    verifyDatabaseFile(incoming, options.migrations);
  } catch (e) {
    fs.rmSync(incoming, { force: true });
    throw e;
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(incoming, target);
  return { keptAs, schemaVersion };
}
