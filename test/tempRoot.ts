import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Every temp folder a test run makes (its databases, backups, exports, LibreOffice's profiles)
// goes under one folder of the run's own, removed when the run ends: without it each run left
// thousands of folders behind (24,149 of them, 75 GB, had filled this machine's disk by December 2026).
// The test processes, the web hosts and the export and import processes they start inherit TMPDIR.
export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-run-'));
  process.env.TMPDIR = runDir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
