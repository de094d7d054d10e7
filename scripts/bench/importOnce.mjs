// One certificates import in a fresh process, as the app runs each import in a process of its own
// (and not beside whatever the benchmark's earlier groups left in its process): timed from the
// file's bytes to the commit, on its own connection to a copy of the landlord.
// Usage: node importOnce.mjs DB CSV NOW TODAY -> prints {"ms":…,"applied":…,"new":…,"problems":[…]}
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const appRequire = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'));
const { openDatabase } = appRequire('./dist/main/db/open.js');
const { runImport } = appRequire('./dist/main/imports/runImport.js');

const [db, csvFile, now, today] = process.argv.slice(2);
const csv = fs.readFileSync(csvFile);
const database = await openDatabase(db);
const t0 = performance.now();
const r = await runImport(database.sqlite, 'certificates', 'bench.csv', csv, { dryRun: false, validOnly: false, actor: 'bench', now, today });
const ms = performance.now() - t0;
await database.close();
process.stdout.write(JSON.stringify({ ms, applied: r.applied, new: r.new, problems: r.problems.slice(0, 3) }));
