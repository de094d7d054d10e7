import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../main/cli/commands';
import { builtOnceChecked } from '../../main/cli/exportCommand';
import { exportKinds } from '../../main/exports/exportKinds';
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
});

/** Every command that takes --db, from the registry, so that a new one is tried here too. */
const DB_COMMANDS = COMMANDS.filter((c) => c.name && 'db' in c.options).map((c) => c.name!);
/** Those that may write: the others must never migrate or write, even a sound file. */
const WRITERS = new Set(['start', 'serve', 'demo', 'generate', 'import', 'restore']);

/** How to run each command so that it gets as far as opening the database; a new one runs with --db only. */
function argsFor(name: string, file: string, dir: string, backup: string): string[] {
  const csv = path.join(dir, 'homes.csv');
  fs.writeFileSync(csv, 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
  const known: Record<string, string[]> = {
    start: ['start', '--db', file, '--port', '0'],
    serve: ['serve', '--db', file, '--no-open'],
    export: ['export', 'policy-schedule', '--db', file, '--out', path.join(dir, 'out.docx')],
    import: ['import', 'stock', '--db', file, csv],
    generate: ['generate', '--db', file, '--homes', '100'],
    backup: ['backup', '--db', file, '--out', path.join(dir, 'copy.sqlite')],
    restore: ['restore', '--db', file, backup],
  };
  return known[name] ?? [name, '--db', file];
}

const NOT_A_DATABASE: [string, (file: string) => void] = [
  'not a database at all',
  (file) => fs.writeFileSync(file, 'Minutes of the housing committee\n'.repeat(500)),
];

describe.each([...damages, NOT_A_DATABASE])('every command given a database with %s', (damageName, damage) => {
  let sound: string;
  beforeAll(async () => {
    sound = await filledDatabase();
  });

  it.each(DB_COMMANDS)(
    '%s exits 1 with one sentence saying what to do, no stack trace, and writes nothing (restore, whose purpose this is, replaces it and keeps its bytes)',
    async (name) => {
      const dir = tempDir();
      const file = path.join(dir, 'housing.sqlite');
      fs.copyFileSync(sound, file);
      const backup = path.join(tempDir(), 'good.sqlite');
      fs.copyFileSync(sound, backup);
      damage(file);
      const before = hash(file);
      const r = run(argsFor(name, file, dir, backup));
      if (name === 'restore') {
        // restoring over a damaged file is what restore is for: it goes ahead, keeping the damaged bytes
        expect(r.status).toBe(0);
        const kept = fs.readdirSync(dir).find((f) => f.includes('.before-restore.'));
        expect(hash(path.join(dir, kept!))).toBe(before);
        return;
      }
      expect([name, r.status]).toEqual([name, 1]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(
        damageName === NOT_A_DATABASE[0]
          ? /is not a Housing Desk database \(it is not a SQLite database file\)\. Check the path, or give a new file name/
          : /is damaged \(SQLite found: .*\)\. Nothing has been written to it\. Restore .*housing-desk restore/,
      );
      expect(r.stderr).not.toMatch(/unexpected failure|SqliteError|at .*\.js:\d+/);
      expect(hash(file)).toBe(before);
      expect(fs.readdirSync(dir).filter((f) => !['housing.sqlite', 'homes.csv'].includes(f))).toEqual([]);
    },
  );
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

  it('runs beside a command-line export, which gives back no document from a damaged file, though it read what it needed', async () => {
    const file = await filledDatabase();
    damages[0]![1](file);
    const database = await openDatabase(file, { readOnly: true, check: 'background', checkInLineUpTo: 0 });
    const clock = { today: '2026-11-23', now: '2026-11-23T10:00:00.000Z' };
    const input = { threshold: 30 };
    let built = false;
    const build = (db: typeof database.db) => async () => {
      const bytes = await exportKinds['exports.policySchedule'].build(db, input, clock, () => {});
      built = true;
      return bytes;
    };
    const error = await builtOnceChecked(database.checked, build(database.db)).catch((e: unknown) => e);
    // the schedule reads no page the damage touched: only the check finds it
    expect(built).toBe(true);
    expect((error as AppError).code).toBe('damaged');
    await database.close();

    const sound = await openDatabase(await filledDatabase(), { readOnly: true, check: 'background', checkInLineUpTo: 0 });
    expect((await builtOnceChecked(sound.checked, build(sound.db))).fileName).toMatch(/^policy-schedule-.*\.docx$/);
    await sound.close();
  });

  it('is waited for before opening returns when the caller does not take it (the commands)', async () => {
    const file = await filledDatabase();
    damages[0]![1](file);
    const error = await openDatabase(file, { checkInLineUpTo: 0 }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('damaged');
  });
});

describe('read-only commands', () => {
  it.each(DB_COMMANDS.filter((n) => !WRITERS.has(n)))(
    '%s neither migrates nor writes: a database an update behind is refused with what to do, unchanged',
    async (name) => {
      const file = path.join(tempDir(), 'older.sqlite');
      const older = await openDatabase(file, { migrations: migrations.slice(0, -1) });
      older.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      await older.close();
      const before = hash(file);
      const dir = tempDir();
      const r = run(argsFor(name, file, dir, ''));
      expect([name, r.status]).toEqual([name, 1]);
      expect(r.stderr).toMatch(/needs updating to this version of Housing Desk before it can be read.*housing-desk serve --db/);
      expect(hash(file)).toBe(before);
      expect(fs.readdirSync(path.dirname(file)).filter((f) => f !== 'older.sqlite')).toEqual([]);
    },
  );

  it('tsm on a current database leaves its file byte for byte as it was', async () => {
    const file = await filledDatabase();
    const before = hash(file);
    expect(run(['tsm', '--db', file, '--json']).status).toBe(0);
    expect(hash(file)).toBe(before);
  });
});
