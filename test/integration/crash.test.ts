import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { tempDir } from '../helpers/testCore';

describe('a process killed mid-write', () => {
  it('leaves an intact database in which every change has its audit row', async () => {
    const file = path.join(tempDir(), 'crash.sqlite');
    const child = spawn(process.execPath, [path.resolve(__dirname, '../helpers/busyWriter.cjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c) => String(c).includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, 1200));
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;

    const db = await openDatabase(file);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    const notes = (db.sqlite.prepare('select count(*) n from progress_notes').get() as { n: number }).n;
    const noteAudits = (db.sqlite.prepare("select count(*) n from audit_log where entity = 'note' and action = 'create'").get() as { n: number }).n;
    const recUpdates = (db.sqlite.prepare("select count(*) n from audit_log where entity = 'recommendation' and action = 'update'").get() as { n: number }).n;
    const { version } = db.sqlite.prepare('select version from recommendations').get() as { version: number };
    expect(notes).toBeGreaterThan(5);
    expect(noteAudits).toBe(notes);
    // every update and every note bumped the version exactly once, in the same transaction as its audit row
    expect(version - 1).toBe(recUpdates + notes);
    await db.close();
  });
});
