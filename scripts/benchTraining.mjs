// Benchmark of the training matrix at a large landlord's scale: 2,000 people x 30 courses, about
// 150,000 completion records. Prints figures against the target; asserts nothing.
// Usage: npm run build && node scripts/benchTraining.mjs [--people 2000] [--courses 30]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { sql } = require('kysely');
const { openDatabase } = require('../dist/main/db/open.js');
const { matrixCells } = require('../dist/main/training/matrixSql.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PEOPLE = arg('people', 2000);
const COURSES = arg('courses', 30);
const TARGET_MS = 150;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-t-'));
const database = await openDatabase(path.join(dir, 'bench.sqlite'));
const s = database.sqlite;
const now = '2026-11-23T10:00:00.000Z';
const day = (offset) => new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
let t0 = performance.now();
let completions = 0;
s.transaction(() => {
  for (let i = 1; i <= 6; i++) s.prepare('insert into teams (name, created_at, updated_at) values (?, ?, ?)').run(`Team ${i}`, now, now);
  for (let i = 1; i <= 12; i++) s.prepare('insert into job_roles (name, created_at, updated_at) values (?, ?, ?)').run(`Role ${i}`, now, now);
  s.prepare("insert into policies (title, stage, stage_entered_on, created_at, updated_at) values ('Complaints', 'published', '2026-06-10', ?, ?)").run(
    now,
    now,
  );
  s.prepare("insert into policy_stages (policy_id, stage, entered_on) values (1, 'approved', '2026-06-10')").run();
  const course = s.prepare('insert into courses (name, refresh_months, mandatory, policy_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  for (let c = 1; c <= COURSES; c++) course.run(`Course ${c}`, c % 5 === 0 ? null : 12 * (1 + (c % 3)), c % 2, c === 1 ? 1 : null, now, now);
  const requirement = s.prepare('insert into course_requirements (job_role_id, course_id, team_id, created_at, updated_at) values (?, ?, ?, ?, ?)');
  for (let r = 1; r <= 12; r++)
    for (let c = 1; c <= COURSES; c++) if ((r + c) % 3 !== 0) requirement.run(r, c, (r + c) % 7 === 0 ? 1 + (c % 6) : null, now, now);
  const person = s.prepare(
    'insert into people (name, team_id, job_role_id, start_date, leave_date, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const done = s.prepare(
    'insert into training_completions (person_id, course_id, date_completed, expiry_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  for (let p = 1; p <= PEOPLE; p++) {
    const leave = p % 25 === 0 ? day(1500 + (p % 700)) : null;
    person.run(`Person ${p}`, 1 + (p % 6), 1 + (p % 12), day(p % 2400), leave, leave ? 0 : 1, now, now);
    for (let c = 1; c <= COURSES; c++) {
      for (let k = 0; k < (p + c) % 4; k++) {
        const d = day((p * 7 + c * 13 + k * 400) % 2500);
        done.run(p, c, d, c % 5 === 0 ? null : day(((p * 7 + c * 13 + k * 400) % 2500) + 365 * (1 + (c % 3))), now, now);
        completions++;
      }
    }
  }
})();
s.pragma('optimize');
console.log(`generated ${PEOPLE} people x ${COURSES} courses, ${completions} completions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

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
  `matrix of ${PEOPLE} x ${COURSES} as at 2026-12-04`,
  async () => {
    const r = await sql`with cells as (${matrixCells({ asAt: '2026-12-04', graceDays: 90 })}) select * from cells`.execute(database.db);
    cells = r.rows.length;
  },
  TARGET_MS,
);
console.log(`  (${cells} cells)`);
await time(
  `matrix as one row per person (cells packed by SQL, unpacked in JS)`,
  async () => {
    const r = await sql`with cells as (${matrixCells({ asAt: '2026-12-04', graceDays: 90 })})
      select person_id, group_concat(course_id || ' ' || status || ' ' || coalesce(date, ''), ',') as cells from cells group by person_id`.execute(database.db);
    let n = 0;
    for (const row of r.rows) n += row.cells.split(',').length;
    cells = n;
  },
  TARGET_MS,
);
console.log(`  (${cells} cells)`);
await time(
  'compliance by course as at 2026-12-04',
  () =>
    sql`with cells as (${matrixCells({ asAt: '2026-12-04', graceDays: 90 })})
      select course_id, sum(case when status in ('in_date', 'due_soon', 'waived') then 1 else 0 end) as ok, sum(case when status <> 'not_required' then 1 else 0 end) as required
      from cells group by course_id`.execute(database.db),
  TARGET_MS,
);
await time(
  'count of the matrix cells (the SQL alone)',
  () => sql`with cells as (${matrixCells({ asAt: '2026-12-04', graceDays: 90 })}) select count(*) from cells`.execute(database.db),
  TARGET_MS,
);
await database.close();
fs.rmSync(dir, { recursive: true, force: true });
