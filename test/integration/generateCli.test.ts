import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/testCore';

// The built command line (npm test builds before it runs vitest).
const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('housing-desk generate', () => {
  it('fills a new database, a line per register and the rows per table, and refuses to fill it again', () => {
    const db = path.join(tempDir(), 'large.sqlite');
    const first = run(['generate', '--db', db, '--homes', '300', '--seed', '5']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Homes and blocks: .*300 dwellings in \d+\.\d s$/m);
    expect(first.stdout).toMatch(/^Certificates: .*\d certificates/m);
    expect(first.stdout).toMatch(/^Generated a landlord of 300 homes \(seed 5\) in .*large\.sqlite, in \d+\.\d s:$/m);
    expect(first.stdout).toMatch(/^ {2}dwellings +300$/m);
    const again = run(['generate', '--db', db, '--homes', '300']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/generate fills only an empty database, and this one already holds .*300 homes/);
  }, 120_000);

  it('says plainly what is wrong with --homes and --seed', () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const missing = run(['generate', '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/generate needs --homes N, the number of homes, for example --homes 60000\./);
    for (const bad of ['lots', '0', '2.5', '9999999']) {
      const r = run(['generate', '--db', db, '--homes', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain(`--homes must be a whole number from 10 to 500,000, for example --homes 60000, not "${bad}".`);
    }
    const seed = run(['generate', '--db', db, '--homes', '100', '--seed', 'abc']);
    expect(seed.status).toBe(2);
    expect(seed.stderr).toMatch(/--seed must be a whole number from 0 to 4,294,967,295/);
  }, 120_000);
});
