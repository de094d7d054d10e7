import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/core/errors';
import { createCore } from '../../main/core/dispatch';
import { openDatabase } from '../../main/db/open';
import { migrations } from '../../migrations';
import { tempDir } from '../helpers/testCore';

// A damaged database is never written to, and every command says so in one sentence with what to
// do next; read-only commands never migrate or write.

const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30000 });
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A closed database of a few MB (20,000 audit rows), checkpointed so that the main file holds everything. */
async function filledDatabase(): Promise<string> {
  const file = path.join(tempDir(), 'housing.sqlite');
  const db = await openDatabase(file);
  const insert = db.sqlite.prepare(
    "insert into audit_log (at, actor, entity, entity_id, action, label, after_json) values ('2026-01-01T00:00:00Z', 'Test', 'person', ?, 'create', ?, '{}')",
  );
  db.sqlite.transaction(() => {
    for (let i = 1; i <= 20_000; i++) insert.run(i, `Person number ${i} with a label long enough to fill pages`);
  })();
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await db.close();
  return file;
}

const damages: [string, (file: string) => void][] = [
  [
    '4 KiB overwritten mid-file',
    (file) => {
      const fd = fs.openSync(file, 'r+');
      const middle = Math.floor(fs.statSync(file).size / 2 / 4096) * 4096;
      fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, middle);
      fs.closeSync(fd);
    },
  ],
  [
    'a zeroed header',
    (file) => {
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(100), 0, 100, 0);
      fs.closeSync(fd);
    },
  ],
  ['a file cut in half', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2 / 4096) * 4096)],
];

describe.each(damages)('a database with %s', (_name, damage) => {
  it('is refused on opening with a plain message, and not written to', async () => {
    const file = await filledDatabase();
    damage(file);
    const before = hash(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('damaged');
    expect((error as AppError).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged`));
    expect((error as AppError).message).toMatch(/Nothing has been written to it\..*backup/);
    expect(hash(file)).toBe(before);
  });

  it('makes every command that opens it exit 1 with one sentence and no stack trace, leaving it as it was', async () => {
    const file = await filledDatabase();
    damage(file);
    const before = hash(file);
    const out = path.join(tempDir(), 'out.docx');
    const csv = path.join(tempDir(), 'homes.csv');
    fs.writeFileSync(csv, 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
    for (const args of [
      ['tsm', '--db', file],
      ['export', 'policy-schedule', '--db', file, '--out', out],
      ['import', 'stock', '--db', file, csv],
      ['demo', '--db', file],
      ['serve', '--db', file, '--no-open'],
    ]) {
      const r = run(args);
      expect([args[0], r.status]).toEqual([args[0], 1]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/is damaged.*Nothing has been written to it/);
      expect(r.stderr).not.toMatch(/unexpected failure|SqliteError|at .*\.js:\d+/);
    }
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('a large file, checked on a worker thread while the host starts', () => {
  it('opens at once; every call waits for the check and, the file being damaged, is refused and writes nothing', async () => {
    const file = await filledDatabase();
    damages[0]![1](file);
    const before = hash(file);
    const database = await openDatabase(file, { check: 'background', checkInLineUpTo: 0 });
    const core = createCore(database, { host: 'web', log: () => undefined });
    for (const [name, input] of [
      ['app.info', {}],
      ['teams.create', { name: 'Tenancy' }],
    ] as const) {
      const r = await core.call(name, input);
      expect(r).toMatchObject({ ok: false, error: { code: 'damaged', message: expect.stringMatching(/is damaged.*Nothing has been written to it/) } });
    }
    await database.close();
    expect(hash(file)).toBe(before);
  });

  it('answers calls once a sound file has passed', async () => {
    const file = await filledDatabase();
    const database = await openDatabase(file, { check: 'background', checkInLineUpTo: 0 });
    const core = createCore(database, { host: 'web', log: () => undefined });
    expect(await core.call('teams.create', { name: 'Tenancy' })).toMatchObject({ ok: true });
    await database.close();
  });

  it('is waited for before opening returns when the caller does not take it (the commands)', async () => {
    const file = await filledDatabase();
    damages[0]![1](file);
    const error = await openDatabase(file, { checkInLineUpTo: 0 }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('damaged');
  });
});

describe('read-only commands', () => {
  it('tsm and export neither migrate nor write: a database an update behind is refused with what to do, unchanged', async () => {
    const file = path.join(tempDir(), 'older.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, -1) });
    older.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await older.close();
    const before = hash(file);
    const r = run(['tsm', '--db', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/needs updating to this version of Housing Desk before it can be read.*housing-desk serve --db/);
    const e = run(['export', 'policy-schedule', '--db', file, '--out', path.join(tempDir(), 'p.docx')]);
    expect(e.status).toBe(1);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('tsm on a current database leaves its file byte for byte as it was', async () => {
    const file = await filledDatabase();
    const before = hash(file);
    expect(run(['tsm', '--db', file, '--json']).status).toBe(0);
    expect(hash(file)).toBe(before);
  });
});
