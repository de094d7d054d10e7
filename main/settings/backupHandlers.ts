import { backupIsStale } from '../../shared/domain/backupRotation';
import type { Handlers } from '../core/handlers';
import { fileCopy, query } from '../core/mutation';
import { automaticBackup, backupFolder, listBackups, takeBackup } from '../db/backup';
import type { OpenDatabase } from '../db/open';
import { readSettings } from './settingsRepo';

// Backups copy the database file and change nothing in it: no transaction; SQLite's backup API
// gives a consistent copy while other calls go on.
export const backupHandlers: Handlers<'backups.status' | 'backups.create'> = {
  'backups.status': query(async (_input, ctx) => {
    const folder = backupFolder(ctx.dbPath, (await readSettings(ctx.db)).backupFolder);
    const all = listBackups(folder, ctx.dbPath);
    const latest = all[0];
    return {
      folder,
      latest: latest ? { path: latest.path, takenAt: latest.takenAt, bytes: latest.bytes } : null,
      count: all.length,
      stale: backupIsStale(latest?.date ?? null, ctx.today),
    };
  }),

  'backups.create': fileCopy(async (_input, ctx) => {
    const folder = backupFolder(ctx.dbPath, (await readSettings(ctx.db)).backupFolder);
    return takeBackup(ctx.sqlite, ctx.dbPath, { folder, now: new Date(ctx.now) });
  }),
};

/** The day's backup when a host starts (at most once a day), after the integrity check has passed. */
export async function startupBackup(database: OpenDatabase, now = new Date()) {
  await database.checked;
  const folder = backupFolder(database.path, (await readSettings(database.db)).backupFolder);
  return automaticBackup(database.sqlite, database.path, { folder, now });
}
