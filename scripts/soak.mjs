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

// 3. Exports killed part way (the command line's, and the web host's worker with the host): a
// read must leave the file byte for byte as it was, and no half-written document behind.
const EXPORT_ROUNDS = arg('export-rounds', 5);
const demo = path.join(dir, 'demo.sqlite');
await new Promise((r) => spawn(process.execPath, [bin, 'demo', '--db', demo], { stdio: 'ignore' }).once('exit', r));
const paper = (() => {
  const db = new BetterSqlite3(demo, { readonly: true });
  try {
    return db.prepare('select id, meeting_id from committee_papers order by id limit 1').get();
  } finally {
    db.close();
  }
})();
const hashOf = (file) => require('node:crypto').createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** Every table's rows, in a digest: the host may checkpoint or back up on start, so its file's bytes may move while its data must not. */
const dataOf = (file) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all();
    return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`select * from "${t}" order by 1`).all())}`).join('|');
  } finally {
    db.close();
  }
};
let exportsUnchanged = 0;
for (let round = 1; round <= EXPORT_ROUNDS; round++) {
  const target = path.join(dir, `export-${round}.sqlite`);
  fs.copyFileSync(demo, target);
  const before = hashOf(target);
  const dataBefore = dataOf(target);
  const out = path.join(dir, `paper-${round}.docx`);
  const viaHost = round % 2 === 0;
  let child;
  if (viaHost) {
    const host = await serve(target);
    child = host.child;
    const headers = { 'content-type': 'application/json', 'x-housing-desk-token': host.token };
    const call = (name, input) => fetch(`${host.origin}/api/call`, { method: 'POST', headers, body: JSON.stringify({ name, input }) }).catch(() => null);
    for (let i = 0; i < 3; i++) void call('exports.committeePaper', { paperId: paper.id });
  } else
    child = spawn(
      process.execPath,
      [bin, 'export', 'committee-paper', '--db', target, '--meeting', String(paper.meeting_id), '--paper', String(paper.id), '--out', out],
      { stdio: 'ignore' },
    );
  await sleep(500 + Math.random() * 2500);
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r()));
  const { integrity, db } = check(target);
  db.close();
  if (integrity !== 'ok') throw new Error(`export round ${round}: integrity_check said ${integrity}`);
  // the host may have checkpointed on start: then the data, not the bytes, is compared
  const same = viaHost ? dataOf(target) === dataBefore : hashOf(target) === before;
  const halfDocument = fs.existsSync(out) && fs.statSync(out).size === 0;
  if (same && !halfDocument) exportsUnchanged++;
}
console.log(
  `Committee paper exports killed ${EXPORT_ROUNDS} times at random (command line and web host): ${exportsUnchanged} of ${EXPORT_ROUNDS} left the database as it was and no empty document; integrity ok every time.`,
);

fs.rmSync(dir, { recursive: true, force: true });
process.exit(lost === 0 && halfWritten === 0 && allOrNothing === IMPORT_ROUNDS && exportsUnchanged === EXPORT_ROUNDS ? 0 : 1);
