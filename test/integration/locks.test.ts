import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/dispatch';
import { openDatabase } from '../../main/db/open';
import { tempDir } from '../helpers/testCore';

// Two processes on one database: another holds the write lock (a command-line import). The host
// keeps answering reads at once, and its writes wait their turn on timers, not on its thread.

const bin = path.resolve(__dirname, '../../bin/housing-desk.js');

async function hostAndOther() {
  const file = path.join(tempDir(), 'shared.sqlite');
  const database = await openDatabase(file, { serving: true });
  const core = createCore(database, { host: 'web', log: () => undefined });
  expect(await core.call('app.setup', { userName: 'Clerk', organisation: 'Northgate', loadDemo: false })).toMatchObject({ ok: true });
  const other = new BetterSqlite3(file);
  other.pragma('busy_timeout = 5000');
  return { file, database, core, other };
}

describe('a write lock held by another process', () => {
  it('leaves reads answered at once while a write waits, and the write goes through when the lock is let go', async () => {
    const { database, core, other } = await hostAndOther();
    other.exec('BEGIN IMMEDIATE');
    other.prepare("insert into teams (name, created_at, updated_at) values ('From the import', 'x', 'x')").run();
    const started = Date.now();
    const write = core.call('teams.create', { name: 'Tenancy' });
    // the read is answered while the write is still waiting
    const read = await core.call('teams.list', {});
    const readMs = Date.now() - started;
    expect(read).toMatchObject({ ok: true });
    expect(readMs).toBeLessThan(200);
    setTimeout(() => other.exec('COMMIT'), 400);
    expect(await write).toMatchObject({ ok: true, value: { name: 'Tenancy' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((await core.call('teams.list', {})) as { value: { name: string }[] }).toMatchObject({ ok: true });
    other.close();
    await database.close();
  });

  it('answers "busy" and saves nothing when the lock is held past the wait', async () => {
    const { database, core, other } = await hostAndOther();
    other.exec('BEGIN IMMEDIATE');
    const r = await core.call('teams.create', { name: 'Tenancy' });
    expect(r).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/busy with another change.*nothing was saved/) } });
    other.exec('ROLLBACK');
    expect(database.sqlite.prepare('select count(*) as n from teams').get()).toEqual({ n: 0 });
    other.close();
    await database.close();
  }, 15_000);

  it('makes a command-line import that cannot get the lock say so in one sentence, importing nothing', async () => {
    const { file, database, other } = await hostAndOther();
    const csv = path.join(tempDir(), 'homes.csv');
    fs.writeFileSync(csv, 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
    other.exec('BEGIN IMMEDIATE');
    const r = spawnSync(process.execPath, [bin, 'import', 'stock', '--db', file, csv], { encoding: 'utf8', timeout: 30_000 });
    other.exec('ROLLBACK');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/being changed by something else.*changed nothing/);
    expect(database.sqlite.prepare('select count(*) as n from dwellings').get()).toEqual({ n: 0 });
    other.close();
    await database.close();
  }, 20_000);
});
