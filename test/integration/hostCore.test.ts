import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readersOf, stopReader } from '../../main/core/readWorker';
import { openHostCore } from '../../main/hosts/hostCore';
import { makeCore } from '../helpers/testCore';

// Both hosts make their core in hosts/hostCore.ts, so that the long work of issue 15 leaves the
// thread that answers calls in each: the Electron shell cannot run on our machines, so what it
// shares with the web host is asserted from its source, and the shared core is run here.

const source = (file: string) => fs.readFileSync(path.resolve(__dirname, '../..', file), 'utf8');

/** This process's children that are building an export or waiting to (exports/exportWorker.ts). */
function exportProcesses(): number[] {
  const children = fs
    .readdirSync(`/proc/${process.pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  return children.filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('exportWorker');
    } catch {
      return false;
    }
  });
}

describe('the hosts', () => {
  it('open their file and make their core in one place, the Electron shell with its utility processes', () => {
    const electron = source('main/hosts/electron/main.ts');
    const web = source('main/cli/serveCommand.ts');
    expect(electron).toContain("openHostCore(dbPath, 'electron', forkUtilityProcess)");
    expect(web).toContain("openHostCore(dbPath, 'web')");
    for (const text of [electron, web]) expect(text).not.toMatch(/createCore\(|openDatabase\(/);
  });

  it('read the heavy figures on a read worker and build an export in a process of its own, answering calls meanwhile', async () => {
    const demo = await makeCore({ demo: true });
    const file = demo.database.path;
    const paperId = (demo.database.sqlite.prepare('select id from committee_papers order by id limit 1').get() as { id: number }).id;
    await demo.close();
    const core = await openHostCore(file, 'web');
    try {
      expect(await core.call('compliance.overdue', { asAt: '2026-11-23', checkType: null, limit: 20 })).toMatchObject({ ok: true });
      expect(readersOf(file).map((r) => r.lane)).toEqual([0]);

      const before = exportProcesses();
      let exported = false;
      const exporting = core.call('exports.committeePaper', { paperId }).then((r) => ((exported = true), r));
      await vi.waitFor(() => expect(exportProcesses().filter((pid) => !before.includes(pid))).toHaveLength(1), { timeout: 10_000 });
      // the paper is being built in that process, and the host answers
      expect(await core.call('app.info', {})).toMatchObject({ ok: true });
      expect(exported).toBe(false);
      expect(await exporting).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/\.docx$/) } });
    } finally {
      await stopReader(file);
      await core.database.close();
    }
  }, 60_000);
});
