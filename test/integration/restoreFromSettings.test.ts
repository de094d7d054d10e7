import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/dispatch';
import { writeBackup } from '../../main/db/backup';
import { openDatabase } from '../../main/db/open';
import { waitForRestore } from '../../main/db/restoreJob';
import { migrations } from '../../migrations';
import { makeCore, snapshot, tempDir, type TestCore } from '../helpers/testCore';

// Restoring from Settings: the same steps as `housing-desk restore`, run as a job while the host
// keeps its connection, which the core swaps for one on the restored file.

const AT = '2026-12-04T10:00:00.000Z';
let t: TestCore;
afterEach(async () => t.core.database.close());

const teamNames = async () => (await t.call('teams.list', {})).map((team) => team.name);
const restoring = (file: string) => ({ fileName: path.basename(file), fileId: t.upload(fs.readFileSync(file)), at: AT });
const beside = () => fs.readdirSync(path.dirname(t.core.database.path));

async function finished(start: { jobId: string }) {
  await waitForRestore(start.jobId);
  return t.call('backups.restoreStatus', { jobId: start.jobId });
}

/** The database with a team Tenancy in its backup, and Repairs added after it. */
async function withBackupThenChange() {
  t = await makeCore({ today: '2026-12-04' });
  await t.call('teams.create', { name: 'Tenancy' });
  const written = await t.call('backups.create', {});
  await t.call('teams.create', { name: 'Repairs' });
  return written;
}

/** A copy of the open database, changed by `change` (closed again). */
async function copyChangedBy(change: (db: BetterSqlite3.Database) => void) {
  const file = path.join(tempDir(), 'copy.sqlite');
  await writeBackup(t.core.database.sqlite, file);
  const db = new BetterSqlite3(file);
  change(db);
  db.close();
  return file;
}

describe('restoring a backup from Settings', () => {
  it('lists the backups, restores one as a job and answers from the restored data, keeping the replaced database beside it', async () => {
    const written = await withBackupThenChange();
    const status = await t.call('backups.status', {});
    expect(status.backups).toEqual([{ name: path.basename(written.path), takenAt: expect.any(String), bytes: written.bytes }]);
    const opened = t.core.database;

    const done = await finished(await t.call('backups.restore', { name: path.basename(written.path), at: AT }));
    expect(done).toMatchObject({ state: 'done', phase: 'replacing', percent: 100, keptAs: `${opened.path}.before-restore.2026-12-04T10-00-00.bak` });
    expect(t.core.database).not.toBe(opened);
    expect(await teamNames()).toEqual(['Tenancy']);
    const kept = new BetterSqlite3(done.keptAs!, { readonly: true });
    expect(kept.prepare('select name from teams order by name').pluck().all()).toEqual(['Repairs', 'Tenancy']);
    kept.close();
    expect(beside().filter((f) => f.endsWith('.restoring'))).toEqual([]);
  });

  it('restores a file sent from the screen, and updates one from an older version as it opens it', async () => {
    await withBackupThenChange();
    const older = path.join(tempDir(), 'older.sqlite');
    const db = await openDatabase(older, { migrations: migrations.slice(0, -1) });
    db.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Lettings', 'x', 'x')").run();
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await db.close();

    const done = await finished(await t.call('backups.restoreFile', restoring(older)));
    expect(done.state).toBe('done');
    expect(t.core.database.schemaVersion).toBe(migrations.at(-1)![0]);
    expect(await teamNames()).toEqual(['Lettings']);
  });

  it('refuses a damaged backup and one from a newer version by their names, leaving the database as it was', async () => {
    await withBackupThenChange();
    const damaged = await copyChangedBy(() => undefined);
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(100), 0, 100, 0);
    fs.closeSync(fd);
    const newer = await copyChangedBy((db) => db.prepare("insert into kysely_migration (name, timestamp) values ('999_from_the_future', 'x')").run());
    const before = snapshot(t.core.database);

    for (const [file, code, message] of [
      [
        damaged,
        'damaged',
        /^copy\.sqlite is damaged \(SQLite found: .*\), so it cannot be restored\. Your database has not been changed\. Choose another backup\.$/,
      ],
      [newer, 'database_newer', /^copy\.sqlite comes from a newer version of Housing Desk than this one, so it cannot be restored here/],
    ] as const) {
      const done = await finished(await t.call('backups.restoreFile', restoring(file)));
      expect(done).toMatchObject({ state: 'failed', phase: 'checking', error: { code } });
      expect(done.error!.message).toMatch(message);
    }
    expect(snapshot(t.core.database)).toBe(before);
    expect(beside().filter((f) => f.includes('before-restore') || f.endsWith('.restoring'))).toEqual([]);
  });

  it('refuses a file that did not arrive by its field, leaving no temporary folder', async () => {
    await withBackupThenChange();
    const folders = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('housing-desk-restore-')).length;
    const before = folders();
    const gone = await t.raw('backups.restoreFile', { fileName: 'monday.sqlite', fileId: '6f1c1bd4-8d54-4a8e-9d5c-2c3f7a1e0b9a', at: AT });
    expect(gone).toEqual({
      ok: false,
      error: { code: 'validation', field: 'fileId', message: 'The file did not arrive, or was sent too long ago: choose it again.' },
    });
    expect(folders()).toBe(before);
    expect(await teamNames()).toEqual(['Repairs', 'Tenancy']);
  });

  it('cancelled before the swap, leaves everything as it was', async () => {
    const written = await withBackupThenChange();
    const opened = t.core.database;
    const before = snapshot(opened);
    const start = await t.call('backups.restore', { name: path.basename(written.path), at: AT });
    expect(await t.call('backups.restoreCancel', start)).toMatchObject({ state: 'running' });
    const done = await finished(start);
    expect(done).toMatchObject({ state: 'failed', error: { code: 'cancelled', message: 'The restore was cancelled: nothing was changed.' } });
    expect(t.core.database).toBe(opened);
    expect(snapshot(t.core.database)).toBe(before);
    expect(await teamNames()).toEqual(['Repairs', 'Tenancy']);
    expect(beside().filter((f) => f.includes('before-restore') || f.endsWith('.restoring'))).toEqual([]);
  });
});

describe('the core swapping its file', () => {
  it('refuses calls with a plain message while the file is replaced, then answers from the new file', async () => {
    const dir = tempDir();
    const database = await openDatabase(path.join(dir, 'h.sqlite'));
    let reopened!: () => void;
    const held = new Promise<void>((r) => (reopened = r));
    const core = createCore(database, {
      host: 'web',
      log: () => undefined,
      reopen: async (file) => {
        await held;
        return openDatabase(file);
      },
    });
    t = { core } as TestCore;
    const swapping = core.replaceDatabase(() => undefined);
    expect(await core.call('teams.list', {})).toEqual({
      ok: false,
      error: { code: 'busy', message: 'A backup is being restored, so nothing was read or saved. Wait a moment, then try again.' },
    });
    expect(await core.call('teams.create', { name: 'Tenancy' })).toMatchObject({ ok: false, error: { code: 'busy' } });
    reopened();
    await swapping;
    expect(await core.call('teams.create', { name: 'Tenancy' })).toMatchObject({ ok: true });
    expect(database.sqlite.open).toBe(false);
  });
});
