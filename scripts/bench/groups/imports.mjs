// A contractor's file of 100,000 gas certificates imported in one transaction, parse to commit, in a
// fresh process as the app imports, against the sqlite3 shell's .import of the same file and plain
// better-sqlite3 inserting the same rows into the same table (alone, and with their audit rows).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { appRequire, copyOf, dropCopy, scratchPath, today } from '../context.mjs';
import { median } from '../table.mjs';

const Database = appRequire('better-sqlite3');
const IMPORT_ONCE = fileURLToPath(new URL('../importOnce.mjs', import.meta.url));

const ROWS = 100_000;
const ukDate = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;

/** The file: gas checks over 200 days from April 2026 for the landlord's gas homes, twice each (as the figure was measured). */
export function certificatesCsv(sqlite, tag = 'IMP') {
  const homes = sqlite.prepare('select uprn from dwellings where has_gas = 1 limit 100000').pluck().all();
  const lines = ['Check type,UPRN,Date done,Outcome,Contractor,Reference'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`GAS,${homes[i % homes.length]},${ukDate(new Date(Date.UTC(2026, 3, 1) + (i % 200) * 86_400_000))},Pass,Warmhome,${tag}-${i}`);
  return Buffer.from(lines.join('\r\n'));
}

export default async function imports(landlord) {
  const probe = new Database(landlord, { readonly: true });
  const csv = certificatesCsv(probe);
  probe.close();
  const csvFile = scratchPath('certificates.csv');
  fs.writeFileSync(csvFile, csv);
  const now = new Date().toISOString();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const file = copyOf(landlord, 'import');
    // in a fresh process, as the app runs an import (importOnce.mjs)
    try {
      const run = spawnSync(process.execPath, [IMPORT_ONCE, file, csvFile, now, today], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`The import's process failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout);
      times.push(r.ms);
      if (!r.applied || r.new !== ROWS) throw new Error(`The import did not apply: ${JSON.stringify(r.problems)}`);
    } finally {
      dropCopy(file);
    }
  }

  // Floors: the sqlite3 shell's .import into a table of the file's columns, in a copy of the landlord …
  let shell = null;
  if (spawnSync('sqlite3', ['-version']).status === 0) {
    const shellTimes = [];
    for (let i = 0; i < 5; i++) {
      const file = copyOf(landlord, 'shell');
      const t0 = performance.now();
      const r = spawnSync('sqlite3', [file, '.mode csv', `.import ${csvFile} bench_import`]);
      shellTimes.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`);
      dropCopy(file);
    }
    shell = median(shellTimes);
  }
  // … and the same rows inserted into certificates (its indexes and triggers) by plain better-sqlite3,
  // alone and with an audit row each, as the import writes: the SQLite work an import cannot do without.
  const plainTimes = [];
  const plainAuditTimes = [];
  for (let i = 0; i < 10; i++) {
    const withAudit = i % 2 === 1;
    const file = copyOf(landlord, 'plain');
    const db = new Database(file);
    for (const p of ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON', 'cache_size = -65536', 'temp_store = MEMORY']) db.pragma(p);
    const homes = db.prepare('select id from dwellings where has_gas = 1 limit 100000').pluck().all();
    const insert = db.prepare(
      "insert into certificates (check_type, dwelling_id, date_done, expiry_date, expiry_given, outcome, eicr_codes, contractor, reference, evidence_path, created_at, updated_at) values ('GAS', ?, ?, ?, 0, 'satisfactory', '', 'Warmhome', ?, '', ?, ?)",
    );
    // in the order the import writes them: by home, oldest first
    const rows = Array.from({ length: ROWS }, (_, r) => ({
      r,
      home: homes[r % homes.length],
      done: new Date(Date.UTC(2026, 3, 1) + (r % 200) * 86_400_000).toISOString().slice(0, 10),
    }));
    rows.sort((a, b) => a.home - b.home || (a.done < b.done ? -1 : a.done > b.done ? 1 : 0));
    const audit = db.prepare(
      "insert into audit_log (at, actor, entity, entity_id, parent_entity, parent_id, action, label, before_json, after_json) values (?, 'bench', 'certificate', ?, null, null, 'create', ?, null, ?)",
    );
    const t0 = performance.now();
    db.transaction(() => {
      for (const { r, home, done } of rows) {
        const expiry = `${Number(done.slice(0, 4)) + 1}${done.slice(4)}`;
        const id = insert.run(home, done, expiry, `PLAIN-${r}`, now, now).lastInsertRowid;
        if (withAudit) {
          const after = { row: r + 2, type: 'GAS', dwellingId: home, blockId: null, liftId: null, done, expiry, outcome: 'satisfactory', codes: '' };
          audit.run(now, id, `GAS PLAIN-${r}`, JSON.stringify({ ...after, contractor: 'Warmhome', reference: `PLAIN-${r}`, evidence: '', source: 'import' }));
        }
      }
    })();
    (withAudit ? plainAuditTimes : plainTimes).push(performance.now() - t0);
    db.close();
    dropCopy(file);
  }
  const rate = (ms) => (ms ? ROWS / (ms / 1000) : null);
  return [
    {
      what: 'Import of 100,000 certificate rows, parse to commit',
      value: rate(median(times)),
      unit: 'rows/s',
      runs: times.length,
      target: { atLeast: 50_000 },
      floor: rate(shell),
      floorWhat: shell === null ? 'no sqlite3 shell' : 'sqlite3 .import',
      note: `${(median(times) / 1000).toFixed(2)} s; within 3x of .import is ≥ ${shell ? Math.round(rate(shell) / 3).toLocaleString('en-GB') : '–'} rows/s`,
    },
    {
      what: 'The same rows inserted into certificates alone (no checks, no audit)',
      value: rate(median(plainTimes)),
      unit: 'rows/s',
      runs: plainTimes.length,
      floor: rate(shell),
      floorWhat: 'sqlite3 .import',
      note: `${(median(plainTimes) / 1000).toFixed(2)} s: plain better-sqlite3, by home, oldest first, as the import walks the indexes (its ids taken in turn, where the import's follow the dates), the table's 8 indexes and its per-row triggers`,
    },
    {
      what: 'The same rows inserted into certificates, each with its audit row (no checks)',
      value: rate(median(plainAuditTimes)),
      unit: 'rows/s',
      runs: plainAuditTimes.length,
      floor: rate(shell),
      floorWhat: 'sqlite3 .import',
      note: `${(median(plainAuditTimes) / 1000).toFixed(2)} s: as above, and the audit row the import writes for each (the log's 4 indexes); the import takes ${(median(times) / median(plainAuditTimes)).toFixed(1)}x this`,
    },
  ];
}
