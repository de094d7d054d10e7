// What every group of the benchmark shares: the app's compiled modules, the landlord's database
// (generated once and kept under .bench/, or given with --db) and fresh copies of it for anything
// that writes, timing helpers, and the figures' rows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './table.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const appRequire = createRequire(path.join(root, 'package.json'));
export const cli = path.join(root, 'bin', 'housing-desk.js');

export function argValue(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

/** The landlord's database: --db PATH as given, else .bench/landlord-HOMES-seedSEED.sqlite, generated when missing. */
export function landlordFile() {
  const given = argValue('db');
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`There is no database at ${given}: generate it with housing-desk generate --db ${given} --homes 60000.`);
    return given;
  }
  const homes = Number(argValue('homes', 60000));
  const seed = Number(argValue('seed', 1));
  const file = path.join(root, '.bench', `landlord-${homes}-seed${seed}.sqlite`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    console.log(`Generating a landlord of ${homes.toLocaleString('en-GB')} homes in ${file} (kept for the next run) …`);
    const r = spawnSync(process.execPath, [cli, 'generate', '--db', `${file}.partial`, '--homes', String(homes), '--seed', String(seed)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('The landlord could not be generated.');
    fs.renameSync(`${file}.partial`, file);
  }
  return file;
}

/** Whether a process is running (one of another user's counts). */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// A run stopped with Ctrl+C or killed ends without Node's 'exit' event, and leaves its copies of the
// landlord (800 MB each) behind: each run's folder is named with its process, and the next run
// removes those whose run has ended. (A signal handler would wait for the group's synchronous
// work, a minute at times, before it could end the run.)
for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('hd-bench-'))) {
  const pid = Number(/^hd-bench-(\d+)-/.exec(name)?.[1]);
  if (!pid || !isRunning(pid)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `hd-bench-${process.pid}-`));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the landlord (with any write-ahead log beside it), removed when the benchmark ends. */
export function copyOf(file, name = 'copy') {
  const to = path.join(scratch, `${name}-${Math.random().toString(36).slice(2, 8)}.sqlite`);
  fs.copyFileSync(file, to);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${to}-wal`);
  return to;
}

export const scratchPath = (name) => path.join(scratch, name);

/** Drops a copy made by copyOf. */
export function dropCopy(file) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** Runs `fn` once to warm up (discarded) and then `runs` times; returns the times in ms and the last result. */
export async function timeRuns(fn, runs = Number(argValue('runs', 5)), { warm = true, pause = 0 } = {}) {
  if (warm) await fn();
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  return { times, last, median: median(times) };
}

/** Wall time of a CLI command, in ms. */
export function timeCli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`housing-desk ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return performance.now() - t0;
}

export const unwrap = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

export const today = new Date().toISOString().slice(0, 10);
