// Benchmark of the training matrix at a large landlord's scale, on a landlord made by the
// generator (scripts/benchData.mjs: 2,000 people x 30 courses at 60,000 homes). Prints figures
// against the target; asserts nothing.
// Usage: npm run build && node scripts/benchTraining.mjs [--homes 60000] [--seed 1] [--db PATH]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { landlordDatabase } from './benchData.mjs';

const require = createRequire(import.meta.url);
const { sql } = require('kysely');
const { matrixCells } = require('../dist/main/training/matrixSql.js');

const TARGET_MS = 150;
const { database, generated, done } = await landlordDatabase();
const s = database.sqlite;
const count = (t) => s.prepare(`select count(*) n from ${t}`).get().n;
const PEOPLE = count('people');
const COURSES = count('courses');
const asAt = new Date().toISOString().slice(0, 10);
let t0;
// as before the benchmark used the generator; left alone on a database it is given
if (generated) s.pragma('optimize');
console.log(`${PEOPLE} people x ${COURSES} courses, ${count('training_completions')} completions`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(label, run, target) {
  await run();
  const runs = [];
  for (let i = 0; i < 7; i++) {
    t0 = performance.now();
    await run();
    runs.push(performance.now() - t0);
  }
  const m = median(runs);
  console.log(`${label}: median ${m.toFixed(0)} ms (target < ${target} ms) ${m < target ? 'met' : 'MISSED'}`);
}

let cells = 0;
await time(
  `matrix of ${PEOPLE} x ${COURSES} as at ${asAt}`,
  async () => {
    const r = await sql`with cells as (${matrixCells({ asAt, graceDays: 90 })}) select * from cells`.execute(database.db);
    cells = r.rows.length;
  },
  TARGET_MS,
);
console.log(`  (${cells} cells)`);
await time(
  `matrix as one row per person (cells packed by SQL, unpacked in JS)`,
  async () => {
    const r = await sql`with cells as (${matrixCells({ asAt, graceDays: 90 })})
      select person_id, group_concat(course_id || ' ' || status || ' ' || coalesce(date, ''), ',') as cells from cells group by person_id`.execute(database.db);
    let n = 0;
    for (const row of r.rows) n += row.cells.split(',').length;
    cells = n;
  },
  TARGET_MS,
);
console.log(`  (${cells} cells)`);
await time(
  `compliance by course as at ${asAt}`,
  () =>
    sql`with cells as (${matrixCells({ asAt, graceDays: 90 })})
      select course_id, sum(case when status in ('in_date', 'due_soon', 'waived') then 1 else 0 end) as ok, sum(case when status <> 'not_required' then 1 else 0 end) as required
      from cells group by course_id`.execute(database.db),
  TARGET_MS,
);
await time(
  'count of the matrix cells (the SQL alone)',
  () => sql`with cells as (${matrixCells({ asAt, graceDays: 90 })}) select count(*) from cells`.execute(database.db),
  TARGET_MS,
);
await done();
