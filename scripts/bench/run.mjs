// npm run bench: one table of the figures issue 15 sets targets for, each the median of at least 5
// runs on a generated large landlord, with a floor where one exists (the sqlite3 shell's .import,
// the same SQL through plain better-sqlite3) and the ratio to it. It reports; it never fails a test.
// Usage: npm run build && npm run bench [-- --only compliance,imports] [--db PATH | --homes N --seed N] [--runs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appRequire, argValue, landlordFile, root } from './context.mjs';
import { markdownTable, textTable } from './table.mjs';

const GROUPS = {
  compliance: () => import('./groups/compliance.mjs'),
  documents: () => import('./groups/documents.mjs'),
  imports: () => import('./groups/imports.mjs'),
  host: () => import('./groups/host.mjs'),
  chromium: () => import('./groups/chromium.mjs'),
  registers: () => import('./groups/registers.mjs'),
  startup: () => import('./groups/startup.mjs'),
  generate: () => import('./groups/generate.mjs'),
};

const USAGE = 'Usage: npm run build && npm run bench [-- --only compliance,imports] [--db PATH | --homes N --seed N] [--runs N]';
const OPTIONS = ['--only', '--db', '--homes', '--seed', '--runs'];
const args = process.argv.slice(2);
// each option takes a value: anything else (--help, a typo) gets the usage, not a 40-second landlord
const stray = args.filter((a, i) => (i % 2 === 0 ? !OPTIONS.includes(a) : a.startsWith('--')));
if (stray.length || args.length % 2) {
  console.error(`${stray.length ? `Not an option here: ${stray.join(' ')}. ` : ''}${USAGE}`);
  process.exit(2);
}

const only = argValue('only', Object.keys(GROUPS).join(',')).split(',');
const unknown = only.filter((g) => !(g in GROUPS));
if (unknown.length) {
  console.error(`No such group: ${unknown.join(', ')}. The groups are ${Object.keys(GROUPS).join(', ')}.`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'dist', 'main', 'cli.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

const landlord = landlordFile();
{
  // brought up to this version's schema once, so that no copy of it migrates (and copies itself first) as it opens
  const { openDatabase } = appRequire('./dist/main/db/open.js');
  const database = await openDatabase(landlord);
  if (database.backupPath) fs.rmSync(database.backupPath, { force: true });
  await database.close();
}
const Database = appRequire('better-sqlite3');
const probe = new Database(landlord, { readonly: true });
const count = (t) => probe.prepare(`select count(*) from ${t}`).pluck().get().toLocaleString('en-GB');
const about = `${count('dwellings')} homes, ${count('certificates')} certificates, ${count('audit_log')} audit rows, ${count('people')} people, ${count('recommendations')} recommendations; ${Math.round(fs.statSync(landlord).size / 1e6)} MB`;
probe.close();
console.log(`Benchmark on ${landlord}: ${about}`);

const rows = [];
for (const name of only) {
  const t0 = performance.now();
  process.stdout.write(`${name} … `);
  try {
    const group = await GROUPS[name]();
    rows.push(...(await group.default(landlord)));
    console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } catch (e) {
    console.log('failed');
    console.error(e);
    rows.push({ what: `${name}: could not be measured`, value: null, unit: 'ms', note: String(e.message ?? e).slice(0, 120) });
  }
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`\n${textTable(rows)}\n\n${machine}`);
const out = path.join(root, '.bench', 'latest.md');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${about}.\n${machine}.\n\n${markdownTable(rows)}\n`);
console.log(`Written to ${path.relative(root, out)}`);
