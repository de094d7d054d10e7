import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../main/core/errors';
import { restoreDatabase, writeBackup } from '../../main/db/backup';
import { CHECK_IN_LINE_BYTES } from '../../main/db/integrity';
import { openDatabase } from '../../main/db/open';
import { teamsIn } from '../helpers/databaseFiles';
import { tempDir } from '../helpers/testCore';

// A large landlord's file takes seconds to copy and to check (quick_check reads every page): the
// day's automatic backup, Back up now and a restore must do that work off the thread that answers
// calls, or every call waits for it. Here the thread's own SQLite copy and check are made to fail,
// so only work done on a worker thread (its own module, its own connection) can succeed.

async function largeDatabase() {
  const file = path.join(tempDir(), 'housing.sqlite');
  const db = await openDatabase(file);
  db.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Tenancy', '2026-01-01', '2026-01-01')").run();
  db.sqlite.exec('create table padding (b blob)');
  db.sqlite.prepare('insert into padding values (zeroblob(?))').run(CHECK_IN_LINE_BYTES + 4 * 1024 * 1024);
  return db;
}

function refuseWholeFileWorkHere() {
  const pragma = BetterSqlite3.prototype.pragma;
  vi.spyOn(BetterSqlite3.prototype, 'pragma').mockImplementation(function (this: BetterSqlite3.Database, source: string, options?: { simple?: boolean }) {
    if (/check/.test(source)) throw new Error(`${source} ran on the thread that answers calls`);
    return pragma.call(this, source, options);
  });
  vi.spyOn(BetterSqlite3.prototype, 'backup').mockImplementation(() => Promise.reject(new Error('the copy ran on the thread that answers calls')));
}

afterEach(() => vi.restoreAllMocks());

describe('a large database', () => {
  it('is backed up and the copy checked on a worker thread, with progress, and restored the same way', async () => {
    const db = await largeDatabase();
    refuseWholeFileWorkHere();
    const out = path.join(tempDir(), 'copy.sqlite');
    const progress: number[] = [];
    const written = await writeBackup(db.sqlite, out, (p) => progress.push(p));
    expect(written.path).toBe(out);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['copy.sqlite']);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(100);
    db.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Repairs', '2026-01-02', '2026-01-02')").run();
    await db.close();

    const phases: string[] = [];
    await restoreDatabase(db.path, out, { now: new Date('2026-12-05T10:00:00Z'), onProgress: (phase) => phases.push(phase) });
    vi.restoreAllMocks();
    expect(teamsIn(db.path)).toEqual(['Tenancy']);
    expect(new Set(phases)).toEqual(new Set(['checking', 'copying', 'replacing']));
  }, 60_000);

  it('refuses a damaged backup found by the worker’s check, in the same words, and leaves nothing behind', async () => {
    const db = await largeDatabase();
    const backup = path.join(tempDir(), 'monday.sqlite');
    await writeBackup(db.sqlite, backup);
    await db.close();
    // a page of the padding's overflow chain pointed nowhere
    const raw = new BetterSqlite3(backup);
    const root = raw.prepare("select rootpage from sqlite_master where name = 'padding'").pluck().get() as number;
    raw.close();
    const fd = fs.openSync(backup, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, (root - 1) * 4096);
    fs.closeSync(fd);
    refuseWholeFileWorkHere();
    const e = await restoreDatabase(db.path, backup).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('damaged');
    expect((e as AppError).message).toMatch(/monday\.sqlite is damaged \(SQLite found: .+\), so it cannot be restored\. Your database has not been changed\./);
    expect(fs.readdirSync(path.dirname(db.path)).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
  }, 60_000);

  it('stops a restore cancelled while the worker copies, changing nothing and leaving no copy behind', async () => {
    const db = await largeDatabase();
    const backup = path.join(tempDir(), 'monday.sqlite');
    await writeBackup(db.sqlite, backup);
    db.sqlite.prepare("insert into teams (name, created_at, updated_at) values ('Repairs', '2026-01-02', '2026-01-02')").run();
    await db.close();
    refuseWholeFileWorkHere();
    let copying = false;
    const e = await restoreDatabase(db.path, backup, {
      onProgress: (phase, percent) => (copying ||= phase === 'copying' && percent > 0),
      cancelled: () => copying,
    }).catch((x: unknown) => x);
    vi.restoreAllMocks();
    expect((e as AppError).code).toBe('cancelled');
    expect(fs.readdirSync(path.dirname(db.path)).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
    expect(teamsIn(db.path)).toEqual(['Repairs', 'Tenancy']);
  }, 60_000);
});
