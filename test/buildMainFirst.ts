import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Import jobs run the compiled worker from dist/, so tests must not run against a stale build:
// when any main/, shared/ or migrations/ source is newer than the compiled worker, compile first.
const root = path.resolve(__dirname, '..');
const worker = path.join(root, 'dist', 'main', 'imports', 'importWorker.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = fs.existsSync(worker) ? fs.statSync(worker).mtimeMs : 0;
  const sources = Math.max(...['main', 'shared', 'migrations'].map((d) => newestSource(path.join(root, d))));
  if (sources > built)
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.main.json')], {
      stdio: 'inherit',
    });
}
