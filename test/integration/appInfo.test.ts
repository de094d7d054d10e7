import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { migrations } from '../../migrations';
import path from 'node:path';
import { createCore } from '../../main/core/dispatch';
import { openDatabase } from '../../main/db/open';
import { makeCore, tempDir, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(async () => t.close());

describe('app.info', () => {
  it('gives the app’s version and the database schema’s number, for Settings to show', async () => {
    const info = await t.call('app.info', {});
    expect(info.appVersion).toBe(pkg.version);
    expect(info.schemaNumber).toBe(Number(migrations.at(-1)![0].slice(0, 3)));
  });
});

describe('where the database lives', () => {
  it('app.info warns when it is in a synced folder, and not on the computer’s own disk', async () => {
    expect((await t.call('app.info', {})).storageWarning).toBeNull();
    const database = await openDatabase(path.join(tempDir(), 'Dropbox', 'housing-desk.sqlite'));
    const core = createCore(database, { host: 'web', log: () => undefined });
    const info = await core.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { storageWarning: expect.stringMatching(/^The database is in a folder that Dropbox syncs\./) } });
    await database.close();
  });
});
