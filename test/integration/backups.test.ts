import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/core/errors';
import { automaticBackup, listBackups, restoreDatabase, takeBackup, writeBackup } from '../../main/db/backup';
import { openDatabase } from '../../main/db/open';
import { migrations } from '../../migrations';
import { teamsIn } from '../helpers/databaseFiles';
import { makeCore, tempDir } from '../helpers/testCore';

const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30000 });
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function databaseWithTeam(name: string, file = path.join(tempDir(), 'housing.sqlite')) {
  const db = await openDatabase(file);
  db.sqlite.prepare("insert into teams (name, created_at, updated_at) values (?, '2026-01-01', '2026-01-01')").run(name);
  return db;
}
function damage(file: string) {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(100), 0, 100, 0);
  fs.closeSync(fd);
}

describe('a backup', () => {
  it('is a consistent, checked copy taken while the database is open, with progress', async () => {
    const db = await databaseWithTeam('Tenancy');
    const out = path.join(tempDir(), 'copy.sqlite');
    const progress: number[] = [];
    const written = await writeBackup(db.sqlite, out, (p) => progress.push(p));
    // nothing beside it: no partial copy, and no -wal or -shm left by checking it
    expect(fs.readdirSync(path.dirname(out))).toEqual(['copy.sqlite']);
    expect(written).toMatchObject({ path: out, schemaVersion: migrations.at(-1)![0] });
    expect(progress.at(-1)).toBe(100);
    expect(teamsIn(out)).toEqual(['Tenancy']);
    await db.close();
  });

  it('begun while its connection is inside a write (a call that awaits in its transaction), is taken once the write ends', async () => {
    // SQLite's backup refuses its first step while the source connection writes, and better-sqlite3
    // then ends the copy as if it were done, deleting the file it began: today's automatic backup
    // was lost when the host started during the first write.
    const db = await databaseWithTeam('Tenancy');
    const out = path.join(tempDir(), 'copy.sqlite');
    db.sqlite.exec("begin immediate; insert into teams (name, created_at, updated_at) values ('Repairs', '2026-01-01', '2026-01-01')");
    setTimeout(() => db.sqlite.exec('commit'), 60);
    const written = await writeBackup(db.sqlite, out);
    expect(written.path).toBe(out);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['copy.sqlite']);
    expect(teamsIn(out)).toEqual(['Repairs', 'Tenancy']);
    await db.close();
  });

  it('is refused, leaving nothing behind, while its connection stays inside a write', async () => {
    const db = await databaseWithTeam('Tenancy');
    const out = path.join(tempDir(), 'copy.sqlite');
    db.sqlite.exec("begin immediate; insert into teams (name, created_at, updated_at) values ('Repairs', '2026-01-01', '2026-01-01')");
    await expect(writeBackup(db.sqlite, out, undefined, { waitForWritesMs: 200 })).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringContaining('being written'),
    });
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    db.sqlite.exec('rollback');
    await db.close();
  });

  it('can be written by two connections to the same name at once (two hosts started in the same second): each finishes, the copy checks', async () => {
    const db = await databaseWithTeam('Tenancy');
    const other = await openDatabase(db.path);
    const out = path.join(tempDir(), 'copy.sqlite');
    const results = await Promise.allSettled([writeBackup(db.sqlite, out), writeBackup(other.sqlite, out)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['copy.sqlite']);
    expect(teamsIn(out)).toEqual(['Tenancy']);
    await other.close();
    await db.close();
  });

  it('taken twice in the same second keeps both (Back up now just after the day’s automatic one)', async () => {
    const db = await databaseWithTeam('Tenancy');
    const folder = path.join(tempDir(), 'backups');
    const now = new Date(Date.UTC(2026, 11, 5, 0, 2, 17));
    await takeBackup(db.sqlite, db.path, { folder, now });
    await takeBackup(db.sqlite, db.path, { folder, now });
    expect(listBackups(folder, db.path).map((b) => b.takenAt)).toEqual(['2026-12-05T00:02:17', '2026-12-05T00:02:17']);
    await db.close();
  });

  it('clears away the partial copy a stopped or killed host left in the folder, not one a running host is writing', async () => {
    const db = await databaseWithTeam('Tenancy');
    const folder = path.join(tempDir(), 'backups');
    fs.mkdirSync(folder);
    const partial = (pid: number) => path.join(folder, `housing.sqlite.2026-12-04T09-00-00.backup.sqlite.${pid}-0a1b2c3d.partial`);
    // a process id no process has (above Linux's largest), and this process's own
    fs.writeFileSync(partial(4_194_999), 'half a copy');
    fs.writeFileSync(partial(process.pid), 'being written');
    await takeBackup(db.sqlite, db.path, { folder, now: new Date(Date.UTC(2026, 11, 5, 9)) });
    expect(fs.existsSync(partial(4_194_999))).toBe(false);
    expect(fs.existsSync(partial(process.pid))).toBe(true);
    expect(listBackups(folder, db.path)).toHaveLength(1);
    await db.close();
  });

  it('is taken automatically at most once a day, and the rotation keeps 7 daily, 4 weekly and 12 monthly', async () => {
    const db = await databaseWithTeam('Tenancy');
    const folder = path.join(tempDir(), 'backups');
    // a year of daily starts, two on each day
    let taken = 0;
    for (let i = 400; i >= 0; i--) {
      const day = new Date(Date.UTC(2026, 11, 4 - i, 9));
      if (await automaticBackup(db.sqlite, db.path, { folder, now: day })) taken++;
      if (await automaticBackup(db.sqlite, db.path, { folder, now: new Date(day.getTime() + 3_600_000) })) taken++;
    }
    expect(taken).toBe(401);
    const kept = listBackups(folder, db.path).map((b) => b.date);
    expect(kept.slice(0, 7)).toEqual(['2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29', '2026-11-28']);
    expect(kept).toContain('2026-11-22');
    expect(kept).toContain('2026-01-31');
    expect(kept).not.toContain('2025-11-30');
    expect(kept.length).toBeLessThanOrEqual(23);
    await db.close();
  });
});

describe('restoring a backup', () => {
  it('replaces the database after checking the backup, keeping the replaced file beside it', async () => {
    const db = await databaseWithTeam('Tenancy');
    const backup = path.join(tempDir(), 'monday.sqlite');
    await writeBackup(db.sqlite, backup);
    db.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Repairs', '2026-01-02', '2026-01-02')").run();
    await db.close();
    expect(teamsIn(db.path)).toEqual(['Repairs', 'Tenancy']);

    const { keptAs } = await restoreDatabase(db.path, backup, { now: new Date('2026-12-04T10:00:00Z') });
    expect(teamsIn(db.path)).toEqual(['Tenancy']);
    expect(keptAs).toMatch(/housing\.sqlite\.before-restore\.2026-12-04T10-00-00\.bak$/);
    const reopened = await openDatabase(db.path);
    expect(reopened.sqlite.prepare('select count(*) as n from teams').get()).toEqual({ n: 1 });
    await reopened.close();
  });

  it('restores over a damaged database (the case it is for)', async () => {
    const db = await databaseWithTeam('Tenancy');
    const backup = path.join(path.dirname(db.path), 'backups', 'housing.sqlite.2026-12-03T09-00-00.backup.sqlite');
    await writeBackup(db.sqlite, backup);
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await db.close();
    damage(db.path);
    const error = await openDatabase(db.path).catch((e: unknown) => e);
    expect((error as AppError).message).toMatch(
      /is damaged.*Restore the latest backup with: housing-desk restore --db ".*housing\.sqlite" ".*housing\.sqlite\.2026-12-03T09-00-00\.backup\.sqlite"\.$/,
    );
    await restoreDatabase(db.path, backup);
    expect(teamsIn(db.path)).toEqual(['Tenancy']);
  });

  it('refuses a damaged backup, one from a newer version and a file that is not a backup, leaving the database untouched', async () => {
    const db = await databaseWithTeam('Tenancy');
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const damaged = path.join(tempDir(), 'damaged.sqlite');
    await writeBackup(db.sqlite, damaged);
    damage(damaged);
    const newer = path.join(tempDir(), 'newer.sqlite');
    await writeBackup(db.sqlite, newer);
    const n = new BetterSqlite3(newer);
    n.prepare("insert into kysely_migration (name, timestamp) values ('999_from_the_future', '2030-01-01')").run();
    n.close();
    const text = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(text, 'not a database');
    await db.close();
    const before = hash(db.path);

    for (const [file, code, message] of [
      [damaged, 'damaged', /is damaged/],
      [newer, 'database_newer', /newer version of Housing Desk/],
      [text, 'validation', /not a Housing Desk database|is damaged/],
      [path.join(tempDir(), 'missing.sqlite'), 'not_found', /There is no file/],
      [db.path, 'validation', /the database itself/],
    ] as const) {
      const e = await restoreDatabase(db.path, file).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect([file, (e as AppError).code]).toEqual([file, code]);
      expect((e as AppError).message).toMatch(message);
    }
    expect(hash(db.path)).toBe(before);
    expect(fs.readdirSync(path.dirname(db.path)).filter((f) => f.includes('before-restore') || f.endsWith('.restoring'))).toEqual([]);
  });
});

describe('the backup and restore commands', () => {
  it('back up to a file, refuse to overwrite one, and restore it', async () => {
    const db = await databaseWithTeam('Tenancy');
    await db.close();
    const out = path.join(tempDir(), 'copy.sqlite');
    const b = run(['backup', '--db', db.path, '--out', out]);
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/^Backed up .* to .*copy\.sqlite \(\d+\.\d MB, schema step \d+_\w+; checked\)\.$/m);
    expect(run(['backup', '--db', db.path, '--out', out]).stderr).toMatch(/already exists/);

    const again = await openDatabase(db.path);
    again.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Repairs', 'x', 'x')").run();
    await again.close();
    const r = run(['restore', '--db', db.path, out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Restored .* from .*copy\.sqlite \(schema step .*; checked\)\. The database it replaced is kept as .*before-restore.*\.bak\.$/m);
    expect(teamsIn(db.path)).toEqual(['Tenancy']);
    const bad = run(['restore', '--db', db.path, path.join(tempDir(), 'nothing.sqlite')]);
    expect([bad.status, bad.stderr.trim().split('\n').length]).toEqual([1, 1]);
  });
});

describe('backups in Settings', () => {
  it('shows none and a warning at first; "Back up now" writes a checked copy into the folder beside the database, or the one chosen', async () => {
    const t = await makeCore({ today: '2026-12-04' });
    const beside = path.join(path.dirname(t.database.path), 'backups');
    expect(await t.call('backups.status', {})).toEqual({ folder: beside, latest: null, count: 0, stale: true, backups: [] });
    const written = await t.call('backups.create', {});
    expect(path.dirname(written.path)).toBe(beside);
    const status = await t.call('backups.status', {});
    expect(status).toMatchObject({ folder: beside, count: 1, stale: false, latest: { path: written.path } });

    const chosen = path.join(tempDir(), 'chosen folder');
    await t.call('settings.update', { backupFolder: chosen });
    expect((await t.call('backups.create', {})).path.startsWith(chosen)).toBe(true);
    expect(await t.call('backups.status', {})).toMatchObject({ folder: chosen, count: 1 });
    expect(await t.raw('settings.update', { backupFolder: 'backups' })).toMatchObject({
      ok: false,
      error: { field: 'backupFolder', message: expect.stringMatching(/full folder path/) },
    });
    await t.close();
  });
});
