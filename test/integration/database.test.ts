import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { migrations } from '../../migrations';
import { AppError } from '../../main/core/errors';
import { tempDir } from '../helpers/testCore';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening the database', () => {
  it('creates every table from empty, in WAL mode with foreign keys on', async () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const db = await openDatabase(file);
    const tables = (db.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'teams', 'people', 'programmes', 'recommendations', 'actions', 'progress_notes', 'audit_log']));
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(db.sqlite.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.schemaVersion).toBe(migrations.at(-1)![0]);
    expect(db.backupPath).toBeNull();
    expect(() => db.sqlite.prepare("insert into people (name, team_id, created_at, updated_at) values ('x', 999, '', '')").run()).toThrow(/FOREIGN KEY/);
    await db.close();
  });

  it('takes no backup when nothing is pending', async () => {
    const file = path.join(tempDir(), 'again.sqlite');
    await (await openDatabase(file)).close();
    const again = await openDatabase(file);
    expect(again.backupPath).toBeNull();
    await again.close();
  });

  it('backs the file up with its data before running a pending migration', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    const first = await openDatabase(file);
    first.sqlite.prepare("insert into settings (key, value) values ('userName', 'Before Upgrade')").run();
    await first.close();

    const next = {
      up: async (db: Kysely<any>) => {
        await db.schema.createTable('later_table').addColumn('id', 'integer').execute();
        await sql`update settings set value = 'After Upgrade' where key = 'userName'`.execute(db);
      },
    };
    const upgraded = await openDatabase(file, { migrations: [...migrations, ['900_test_step', next]], now: new Date('2026-11-23T10:00:00Z') });
    expect(upgraded.backupPath).toMatch(/old\.sqlite\.before-900_test_step\.2026-11-23T10-00-00-000\.bak$/);
    expect(upgraded.schemaVersion).toBe('900_test_step');
    expect(upgraded.sqlite.prepare("select value from settings where key = 'userName'").get()).toEqual({ value: 'After Upgrade' });
    await upgraded.close();

    const backup = await openDatabase(upgraded.backupPath!);
    expect(backup.sqlite.prepare("select value from settings where key = 'userName'").get()).toEqual({ value: 'Before Upgrade' });
    expect(backup.sqlite.prepare("select name from sqlite_master where name = 'later_table'").get()).toBeUndefined();
    await backup.close();
  });

  it('leaves the file as it was when a migration fails', async () => {
    const file = path.join(tempDir(), 'fail.sqlite');
    await (await openDatabase(file)).close();
    const broken = {
      up: async (db: Kysely<any>) => {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        throw new Error('boom');
      },
    };
    await expect(openDatabase(file, { migrations: [...migrations, ['901_broken', broken]] })).rejects.toThrow(/step 901_broken.*left as it was/);
    const again = await openDatabase(file);
    expect(again.sqlite.prepare("select name from sqlite_master where name = 'half_done'").get()).toBeUndefined();
    await again.close();
  });

  it('refuses a database made by a newer version and does not touch it', async () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const db = await openDatabase(file);
    db.sqlite.prepare("insert into kysely_migration (name, timestamp) values ('999_from_the_future', '2030-01-01')").run();
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await db.close();
    const before = hash(file);
    const error = await openDatabase(file).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('database_newer');
    expect(error.message).toMatch(/newer version of Housing Desk.*999_from_the_future.*has not been changed/);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('migration 005_compliance', () => {
  it('seeds the default check intervals, which can then be changed', async () => {
    const db = await openDatabase(path.join(tempDir(), 'intervals.sqlite'));
    const rows = db.sqlite.prepare('select code, months from check_intervals order by code').all();
    expect(rows).toEqual([
      { code: 'ASBESTOS', months: 12 },
      { code: 'EICR', months: 60 },
      { code: 'FRA:high', months: 12 },
      { code: 'FRA:low', months: 36 },
      { code: 'FRA:medium', months: 24 },
      { code: 'GAS', months: 12 },
      { code: 'LIFT', months: 6 },
      { code: 'WATER', months: 24 },
    ]);
    expect(() => db.sqlite.prepare("update check_intervals set months = 0 where code = 'GAS'").run()).toThrow(/CHECK constraint/);
    await db.close();
  });
});

describe('migration 006_check_owners', () => {
  it('adds an owner per check type that must be a person, one per type', async () => {
    const db = await openDatabase(path.join(tempDir(), 'owners.sqlite'));
    db.sqlite.prepare("insert into people (name, email, team_id, active, created_at, updated_at) values ('Ann', '', null, 1, 'x', 'x')").run();
    db.sqlite.prepare("insert into check_owners (check_type, person_id, updated_at) values ('GAS', 1, 'x')").run();
    expect(() => db.sqlite.prepare("insert into check_owners (check_type, person_id, updated_at) values ('GAS', 1, 'x')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.sqlite.prepare("insert into check_owners (check_type, person_id, updated_at) values ('BOILER', 1, 'x')").run()).toThrow(/CHECK constraint/);
    expect(() => db.sqlite.prepare("insert into check_owners (check_type, person_id, updated_at) values ('FRA', 99, 'x')").run()).toThrow(/FOREIGN KEY/);
    await db.close();
  });
});

describe('migration 007_certificate_lookup_indexes', () => {
  it('looks references up whatever their case, and the check before a date, through indexes', async () => {
    const db = await openDatabase(path.join(tempDir(), 'refs.sqlite'));
    const plan = (q: string, ...args: unknown[]) =>
      (db.sqlite.prepare(`explain query plan ${q}`).all(...args) as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan('select id from certificates where lower(reference) = lower(?)', 'ABC-1')).toMatch(/USING (COVERING )?INDEX certificates_reference_lower/);
    const before = (target: string, ...args: unknown[]) =>
      plan(`select expiry_date from certificates where ${target} and date_done < ? order by date_done desc limit 1`, ...args);
    // no temporary sort: the index is walked backwards from the date and stops at the first row (a
    // home's reads the index alone since migration 017)
    expect(before("check_type = 'GAS' and dwelling_id = ?", 1, '2026-01-01')).toMatch(
      /^SEARCH certificates USING COVERING INDEX certificates_dwelling_done \(check_type=\? AND dwelling_id=\? AND date_done<\?\)$/,
    );
    expect(before("check_type = 'FRA' and block_id = ? and dwelling_id is null", 1, '2026-01-01')).toMatch(
      /^SEARCH certificates USING INDEX certificates_block_done \(check_type=\? AND block_id=\? AND date_done<\?\)$/,
    );
    expect(before('lift_id = ?', 1, '2026-01-01')).toMatch(/^SEARCH certificates USING COVERING INDEX certificates_lift_done \(lift_id=\? AND date_done<\?\)$/);
    await db.close();
  });
});
