import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupIsStale } from '../../shared/domain/backupRotation';
import { AppError, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { fileCopy, query, type FileCopyCtx } from '../core/mutation';
import { automaticBackup, backupFolder, listBackups, takeBackup } from '../db/backup';
import type { OpenDatabase } from '../db/open';
import { cancelRestore, removeFolder, restoreStatus, startRestoreJob } from '../db/restoreJob';
import { readSettings } from './settingsRepo';

function swapOf(ctx: FileCopyCtx) {
  if (!ctx.replaceDatabase) throw new AppError('internal', 'This connection cannot restore a backup.');
  return ctx.replaceDatabase;
}

// Backups copy the database file and change nothing in it: no transaction; SQLite's backup API
// gives a consistent copy while other calls go on.
export const backupHandlers: Handlers<
  'backups.status' | 'backups.create' | 'backups.restore' | 'backups.restoreFile' | 'backups.restoreStatus' | 'backups.restoreCancel'
> = {
  'backups.status': query(async (_input, ctx) => {
    const folder = backupFolder(ctx.dbPath, (await readSettings(ctx.db)).backupFolder);
    const all = listBackups(folder, ctx.dbPath);
    const latest = all[0];
    return {
      folder,
      latest: latest ? { path: latest.path, takenAt: latest.takenAt, bytes: latest.bytes } : null,
      count: all.length,
      stale: backupIsStale(latest?.date ?? null, ctx.today),
      backups: all.map((b) => ({ name: b.name, takenAt: b.takenAt, bytes: b.bytes })),
    };
  }),

  'backups.create': fileCopy(async (_input, ctx) => {
    const folder = backupFolder(ctx.dbPath, (await readSettings(ctx.db)).backupFolder);
    return takeBackup(ctx.sqlite, ctx.dbPath, { folder, now: new Date(ctx.now) });
  }),

  // The restores run as jobs (restoreJob.ts): checked and copied while the app answers, then swapped in.
  'backups.restore': fileCopy(async (input, ctx) => {
    const folder = backupFolder(ctx.dbPath, (await readSettings(ctx.db)).backupFolder);
    const backup = listBackups(folder, ctx.dbPath).find((b) => b.name === input.name);
    if (!backup) throw notFound(`The backup ${input.name}`);
    const replaceDatabase = swapOf(ctx);
    return { jobId: startRestoreJob({ dbPath: ctx.dbPath, source: backup.path, fileName: backup.name, now: new Date(input.at), replaceDatabase }) };
  }),

  'backups.restoreFile': fileCopy(async (input, ctx) => {
    const replaceDatabase = swapOf(ctx);
    const bytes = ctx.uploads.take(input.fileId);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'housing-desk-restore-'));
    const source = path.join(dir, 'backup.sqlite');
    try {
      fs.writeFileSync(source, bytes);
      return {
        jobId: startRestoreJob({ dbPath: ctx.dbPath, source, fileName: input.fileName, now: new Date(input.at), replaceDatabase, cleanUp: removeFolder(dir) }),
      };
    } catch (e) {
      removeFolder(dir)();
      throw e;
    }
  }),

  'backups.restoreStatus': query(async (input) => restoreStatus(input.jobId)),
  'backups.restoreCancel': query(async (input) => cancelRestore(input.jobId)),
};

/** The day's backup when a host starts (at most once a day), after the integrity check has passed. */
export async function startupBackup(database: OpenDatabase, now = new Date()) {
  await database.checked;
  const folder = backupFolder(database.path, (await readSettings(database.db)).backupFolder);
  return automaticBackup(database.sqlite, database.path, { folder, now });
}
