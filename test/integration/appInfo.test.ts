import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { migrations } from '../../migrations';
import { makeCore, type TestCore } from '../helpers/testCore';

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
