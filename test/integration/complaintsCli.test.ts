import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/testCore';

// Runs the built command line (npm test builds before it runs vitest).
const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30000 });

const HEADER = 'Reference,Stage,Received,Acknowledged,Extension (working days),Responded,Tenure';

describe('housing-desk import complaints and housing-desk complaints', () => {
  it('imports the log, says what a re-import changes, and prints the year figures as exactly this JSON', () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.sqlite');
    const file = path.join(dir, 'log.csv');
    fs.writeFileSync(
      file,
      [
        HEADER,
        'HC-1,1,02/06/2025,04/06/2025,0,18/06/2025,Tenant',
        'HC-2,1,02/06/2025,11/06/2025,15,08/07/2025,Leaseholder',
        'HC-3,1,03/03/2025,,,,Tenant',
        'HC-1,2,01/07/2025,,,,Shared ownership',
      ].join('\n'),
    );
    const dry = run(['import', 'complaints', '--db', db, file, '--dry-run']);
    expect(dry.stdout).toContain('4 rows: 4 new, 0 updated, 0 unchanged.');
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(run(['import', 'complaints', '--db', db, file]).stdout).toContain('Imported.');

    const json = run(['complaints', '--db', db, '--year', '2025/26', '--json']);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(
      '{"year":"2025/26",' +
        '"all":{"stage1":{"received":2,"responded":2,"onTime":1,"percentOnTime":50.0},"stage2":{"received":1,"responded":0,"onTime":0,"percentOnTime":null}},' +
        '"tsm":{"stage1":{"received":1,"responded":1,"onTime":1,"percentOnTime":100.0},"stage2":{"received":1,"responded":0,"onTime":0,"percentOnTime":null}}}\n',
    );
    expect(JSON.parse(run(['complaints', '--db', db, '--year', '2024/25', '--json']).stdout)).toMatchObject({ all: { stage1: { received: 1, responded: 0 } } });

    fs.writeFileSync(file, [HEADER, 'HC-3,1,03/03/2025,05/03/2025,,02/04/2025,Tenant'].join('\n'));
    const again = run(['import', 'complaints', '--db', db, file]);
    expect(again.stdout).toContain('1 row: 0 new, 1 updated, 0 unchanged.');
    expect(again.stdout).toContain('Row 2, HC-3 stage 1: Acknowledged: none -> 05/03/2025; Responded: none -> 02/04/2025');
  });

  it('refuses a file with a bad row, naming row and column, and a year that is not a financial year', () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.sqlite');
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, [HEADER, 'HC-1,1,02/06/2025,,,,Tenant', 'HC-2,3,02/06/2025,,,,Tenant'].join('\n'));
    const bad = run(['import', 'complaints', '--db', db, file]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Row 3, Stage: “3” is not a stage: use 1 or 2.');
    expect(bad.stderr).toContain('Nothing was imported: correct the file.');
    const validOnly = run(['import', 'complaints', '--db', db, file, '--valid-only']);
    expect(validOnly.status).toBe(2);
    expect(validOnly.stderr).toContain('import complaints is all or nothing: it takes no --valid-only.');
    const year = run(['complaints', '--db', db, '--year', '2025-26']);
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('--year must be a financial year such as 2024/25, not "2025-26".');
  });
});
