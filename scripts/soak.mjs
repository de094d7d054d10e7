// Kill -9 at random moments, then check that nothing acknowledged was lost and nothing is half
// written. Prints figures; exits 1 if anything was lost. Usage: npm run build && npm run test:soak
//   [-- --rounds 10 --import-rounds 5 --rows 100000]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const BetterSqlite3 = require('better-sqlite3');
const bin = path.resolve(import.meta.dirname, '../bin/housing-desk.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('rounds', 10);
const IMPORT_ROUNDS = arg('import-rounds', 5);
const ROWS = arg('rows', 100_000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-soak-'));

function check(file) {
  const db = new BetterSqlite3(file);
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }), db };
  } catch (e) {
    db.close();
    throw e;
  }
}

function serve(file) {
  const child = spawn(process.execPath, [bin, 'serve', '--db', file, '--no-open'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (m) resolve({ child, origin: m[1], token: m[2] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

// 1. Bursts of concurrent writes to the web host, killed mid-burst.
let acknowledged = 0;
let lost = 0;
let halfWritten = 0;
const file = path.join(dir, 'soak.sqlite');
for (let round = 1; round <= ROUNDS; round++) {
  const { child, origin, token } = await serve(file);
  if (process.env.SOAK_DEBUG) console.error('served', round, origin);
  if (round === 1) {
    await fetch(`${origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-housing-desk-token': token },
      body: JSON.stringify({ name: 'app.setup', input: { userName: 'Soak', organisation: 'Soak Council', loadDemo: false } }),
    });
  }
  const names = [];
  let stop = false;
  const burst = async (worker) => {
    for (let i = 0; !stop; i++) {
      const name = `Team ${round}-${worker}-${i}`;
      try {
        const r = await fetch(`${origin}/api/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-housing-desk-token': token },
          body: JSON.stringify({ name: 'teams.create', input: { name } }),
        });
        if ((await r.json()).ok) names.push(name);
      } catch {
        return;
      }
    }
  };
  const workers = Array.from({ length: 20 }, (_, w) => burst(w));
  await sleep(300 + Math.random() * 1500);
  child.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r()));
  const { integrity, db } = check(file);
  const stored = new Set(db.prepare('select name from teams').pluck().all());
  const audited = db.prepare("select count(*) from audit_log where entity = 'team'").pluck().get();
  if (integrity !== 'ok') throw new Error(`round ${round}: integrity_check said ${integrity}`);
  acknowledged += names.length;
  lost += names.filter((n) => !stored.has(n)).length;
  if (audited !== stored.size) halfWritten++;
  db.close();
}
console.log(
  `Web host killed ${ROUNDS} times mid-burst (20 concurrent writers): ${acknowledged} writes acknowledged, ${lost} lost, ${halfWritten} rounds with a change and its audit row apart; integrity ok every time.`,
);

// 2. A command-line import of many rows, killed part way: all or nothing.
const csv = path.join(dir, 'homes.csv');
const lines = ['UPRN,Address,Estate,Block,Tenure,Gas'];
for (let i = 1; i <= ROWS; i++) lines.push(`${100000 + i},${i} Soak Road,Soak Estate,Block ${1 + (i % 500)},Tenant,Yes`);
fs.writeFileSync(csv, lines.join('\n'));
let allOrNothing = 0;
let imported = 0;
for (let round = 1; round <= IMPORT_ROUNDS; round++) {
  const target = path.join(dir, `import-${round}.sqlite`);
  const child = spawn(process.execPath, [bin, 'import', 'stock', '--db', target, csv], { stdio: 'ignore' });
  await sleep(800 + Math.random() * 4000);
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r()));
  if (!fs.existsSync(target)) {
    allOrNothing++;
    continue;
  }
  const { integrity, db } = check(target);
  const homes = db.prepare("select count(*) from sqlite_master where name = 'dwellings'").pluck().get()
    ? db.prepare('select count(*) from dwellings').pluck().get()
    : 0;
  if (integrity !== 'ok') throw new Error(`import round ${round}: integrity_check said ${integrity}`);
  if (homes === 0 || homes === ROWS) allOrNothing++;
  if (homes === ROWS) imported++;
  db.close();
}
console.log(
  `Import of ${ROWS.toLocaleString('en-GB')} rows killed ${IMPORT_ROUNDS} times at random: ${allOrNothing} of ${IMPORT_ROUNDS} all or nothing (${imported} had finished), integrity ok every time.`,
);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(lost === 0 && halfWritten === 0 && allOrNothing === IMPORT_ROUNDS ? 0 : 1);
