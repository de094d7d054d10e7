import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { backupsToKeep, type BackupFile } from '../../shared/domain/backupRotation';
import { localToday, type IsoDate } from '../../shared/domain/dates';
import { AppError } from '../core/errors';
import { damagedError, isDamageError, looksLikeSqlite } from './integrity';
import { copyDatabase, fileFacts } from './fileWork';
import { assertNotNewer, type MigrationList } from './migrate';
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
const AUTOMATIC = /\.(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})(?:-\d+)?\.backup\.sqlite$/;

/** Where automatic backups go: the folder the user chose, or "backups" beside the database. */
export function backupFolder(dbPath: string, chosen = ''): string {
  return chosen.trim() ? path.resolve(chosen.trim()) : path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/**
 * Checks that a file is a sound Housing Desk database this version can open: readable as SQLite,
 * passing quick_check, holding our schema steps and none newer. Gives its last step.
 */
export async function verifyDatabaseFile(file: string, migrations: MigrationList = shippedMigrations): Promise<string> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file ${file}.`);
  // reading a file in WAL mode makes its -wal and -shm: those this check made are removed after it
  const made = ['-wal', '-shm'].map((s) => file + s).filter((f) => !fs.existsSync(f));
  try {
    const { problems, applied } = await fileFacts(file);
    if (problems.length) throw damagedError(file, problems[0]!);
    if (applied.length === 0) throw new AppError('validation', `${file} is not a Housing Desk database or backup.`);
    assertNotNewer(applied, migrations);
    return applied.at(-1)!;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB' && !looksLikeSqlite(file))
      throw new AppError('validation', `${file} is not a Housing Desk database or backup (it is not a SQLite database file).`);
    if (isDamageError(e)) throw damagedError(file, (e as Error).message);
    throw e;
  } finally {
    for (const f of made) fs.rmSync(f, { force: true });
  }
}

/**
 * Writes a consistent copy of the open database to `out` and checks the copy; a copy that fails is
 * deleted. A write under way on the connection is waited for (`waitForWritesMs`, 30 s by default).
 */
export async function writeBackup(
  sqlite: BetterSqlite3.Database,
  out: string,
  onProgress?: (percent: number) => void,
  options: { waitForWritesMs?: number } = {},
): Promise<WrittenBackup> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // its own name: two hosts started in the same second write the same day's backup at once
  const partial = `${target}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.partial`;
  try {
    await copyDatabase(sqlite, partial, (percent) => onProgress?.(percent), options.waitForWritesMs);
    onProgress?.(100);
    const schemaVersion = await verifyDatabaseFile(partial);
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

const PARTIAL = /\.(\d+)-[0-9a-f]+\.partial$/;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as { code?: string }).code === 'EPERM';
  }
};

/** Partial copies of this database left by a host that stopped or was killed while writing one (a large file's copy is as large as it). */
function removeAbandonedCopies(folder: string, dbPath: string) {
  if (!fs.existsSync(folder)) return;
  const base = `${path.basename(dbPath)}.`;
  for (const name of fs.readdirSync(folder)) {
    const pid = name.startsWith(base) ? PARTIAL.exec(name)?.[1] : undefined;
    if (pid && !isRunning(Number(pid))) fs.rmSync(path.join(folder, name), { force: true });
  }
}

/** Writes a backup into the rotation's folder now, then deletes the ones the rotation no longer keeps (and any partial copy abandoned there). */
export async function takeBackup(
  sqlite: BetterSqlite3.Database,
  dbPath: string,
  options: { folder: string; now?: Date; onProgress?: (percent: number) => void },
): Promise<WrittenBackup> {
  // a second backup in the same second (Back up now just after starting) is numbered, not written over the first
  const at = `${path.basename(dbPath)}.${stamp(options.now ?? new Date())}`;
  let name = `${at}.backup.sqlite`;
  for (let n = 2; fs.existsSync(path.join(options.folder, name)); n++) name = `${at}-${n}.backup.sqlite`;
  removeAbandonedCopies(options.folder, dbPath);
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

export type RestorePhase = 'checking' | 'copying' | 'replacing';

export interface RestoreOptions {
  now?: Date;
  migrations?: MigrationList;
  onProgress?: (phase: RestorePhase, percent: number) => void;
  /** asked between steps and while copying: true stops the restore, with nothing changed */
  cancelled?: () => boolean;
  /**
   * Runs the step that swaps the files. The hosts pass one that stops calls and closes their
   * connection before it and reopens after it; from here on the restore can no longer be cancelled.
   */
  swap?: (replaceFiles: () => void) => Promise<void>;
  /** how the messages name the backup (an uploaded file's own name rather than where it was put) */
  label?: string;
}

/** The backup's refusal in words about restoring it, which is what the user is doing. */
async function checkBackup(source: string, label: string, migrations?: MigrationList): Promise<string> {
  const unchanged = 'Your database has not been changed.';
  try {
    return await verifyDatabaseFile(source, migrations);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'damaged') {
      const found = /\(SQLite found: (.*?)\)\./.exec(e.message)?.[1] ?? 'a damaged page';
      throw new AppError('damaged', `${label} is damaged (SQLite found: ${found}), so it cannot be restored. ${unchanged} Choose another backup.`);
    }
    if (e.code === 'database_newer')
      throw new AppError(
        'database_newer',
        `${label} comes from a newer version of Housing Desk than this one, so it cannot be restored here: install the newer version, or choose an older backup. ${unchanged}`,
      );
    throw new AppError(e.code, `${e.message.split(source).join(label)}${e.code === 'validation' ? ` ${unchanged}` : ''}`);
  }
}

const cancelledError = () => new AppError('cancelled', 'The restore was cancelled: nothing was changed.');

/**
 * Replaces the database with a backup: the backup is checked first (a damaged one, or one from a
 * newer version, is refused and nothing is touched); it is copied beside the database by SQLite's
 * backup API and the copy checked; only then, in `swap`, the current file is kept beside it
 * (`….before-restore.<time>.bak`) and the copy moved into place. Nothing else may have the database
 * open during the swap: the CLI asks that Housing Desk be closed, the hosts close their connection.
 */
export async function restoreDatabase(dbPath: string, from: string, options: RestoreOptions = {}): Promise<{ keptAs: string | null; schemaVersion: string }> {
  const target = path.resolve(dbPath);
  const source = path.resolve(from);
  const progress = options.onProgress ?? (() => undefined);
  const stopIfCancelled = () => {
    if (options.cancelled?.()) throw cancelledError();
  };
  if (source === target) throw new AppError('validation', 'The backup to restore is the database itself: choose a backup file.');
  progress('checking', 0);
  const schemaVersion = await checkBackup(source, options.label ?? from, options.migrations);
  const keptAs = fs.existsSync(target) ? `${target}.before-restore.${stamp(options.now ?? new Date())}.bak` : null;
  if (keptAs && fs.existsSync(keptAs)) throw new AppError('conflict', `${keptAs} already exists: wait a second and restore again.`);
  stopIfCancelled();

  const incoming = `${target}.restoring`;
  fs.rmSync(incoming, { force: true });
  try {
    await copyDatabase(source, incoming, (percent) => {
      stopIfCancelled();
      progress('copying', percent);
    });
    progress('copying', 100);
    await verifyDatabaseFile(incoming, options.migrations);
    stopIfCancelled();
    progress('replacing', 0);
    await (options.swap ?? (async (replace) => replace()))(() => {
      // the current file may be the damaged one being replaced: its bytes are kept as they are
      if (keptAs) for (const suffix of ['', '-wal']) if (fs.existsSync(target + suffix)) fs.copyFileSync(target + suffix, keptAs + suffix);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
      fs.renameSync(incoming, target);
    });
  } finally {
    fs.rmSync(incoming, { force: true });
  }
  progress('replacing', 100);
  return { keptAs, schemaVersion };
}
