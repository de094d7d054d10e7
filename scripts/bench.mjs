// Benchmark over generated data at a large landlord's scale. Prints figures; asserts nothing.
// Usage: npm run build && npm run bench [-- --programmes 200 --recs 100]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { openDatabase } = require('../dist/main/db/open.js');
const { createCore } = require('../dist/main/core/dispatch.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PROGRAMMES = arg('programmes', 200);
const RECS = arg('recs', 100);
const ACTIONS = 4;
const NOTES = 10;
const PEOPLE = 2000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-'));
const file = path.join(dir, 'bench.sqlite');
const database = await openDatabase(file);
const core = createCore(database, { host: 'web', clock: () => new Date('2026-11-23T10:00:00Z'), log: () => {} });
const unwrap = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
unwrap(await core.call('app.setup', { userName: 'Bench', organisation: 'Bench Council', loadDemo: false }));

// Bulk load with prepared statements in one transaction, as imports do.
const s = database.sqlite;
let t0 = performance.now();
const now = '2026-11-23T10:00:00.000Z';
const day = (offset) => new Date(Date.UTC(2026, 10, 23 + offset)).toISOString().slice(0, 10);
s.transaction(() => {
  const team = s.prepare('insert into teams (name, created_at, updated_at) values (?, ?, ?)');
  for (let i = 1; i <= 40; i++) team.run(`Team ${i}`, now, now);
  const person = s.prepare('insert into people (name, job_title, team_id, email, active, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)');
  for (let i = 1; i <= PEOPLE; i++) person.run(`Person ${i}`, 'Officer', (i % 40) + 1, `p${i}@example.gov.uk`, now, now);
  const prog = s.prepare('insert into programmes (code, name, source, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const rec = s.prepare(`insert into recommendations (programme_id, ref, title, full_text, theme, owner_id, lead_team_id, priority, original_target_date,
    revised_target_date, revised_reason, status, completion_date, public_summary, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const act = s.prepare('insert into actions (recommendation_id, title, owner_id, due_date, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
  const note = s.prepare(
    "insert into progress_notes (recommendation_id, note_date, body, visibility, author, created_at, updated_at) values (?, ?, ?, ?, 'Bench', ?, ?)",
  );
  const audit = s.prepare(
    "insert into audit_log (at, actor, entity, entity_id, parent_entity, parent_id, action, label, before_json, after_json) values (?, 'Bench', ?, ?, ?, ?, 'create', ?, null, '{}')",
  );
  const statuses = ['not_started', 'in_progress', 'completed', 'on_hold'];
  for (let p = 1; p <= PROGRAMMES; p++) {
    const pid = prog.run(`P${p}`, `Programme ${p}`, 'Generated', now, now).lastInsertRowid;
    for (let r = 1; r <= RECS; r++) {
      const status = statuses[(p * 7 + r) % 4];
      const target = day(((p * 31 + r * 17) % 600) - 300);
      const rid = rec.run(
        pid,
        `R${r}`,
        `Recommendation ${r} of programme ${p}`,
        'Full text '.repeat(30),
        `Theme ${r % 7}`,
        ((p * r) % PEOPLE) + 1,
        (r % 40) + 1,
        target,
        r % 5 === 0 ? day(((r * 13) % 200) - 50) : null,
        r % 5 === 0 ? 'Delayed' : null,
        status,
        status === 'completed' ? day(-10) : null,
        'Summary',
        now,
        now,
      ).lastInsertRowid;
      audit.run(now, 'recommendation', rid, null, null, `R${r}`);
      for (let a = 0; a < ACTIONS; a++) {
        const aid = act.run(
          rid,
          `Action ${a}`,
          ((p + r + a) % PEOPLE) + 1,
          day(((r * 11 + a * 29) % 400) - 200),
          statuses[(r + a) % 4],
          now,
          now,
        ).lastInsertRowid;
        audit.run(now, 'action', aid, 'recommendation', rid, `Action ${a}`);
      }
      for (let n = 0; n < NOTES; n++) {
        const nid = note.run(rid, day(-n * 30), 'Progress this month. '.repeat(8), n % 2 ? 'public' : 'internal', now, now).lastInsertRowid;
        audit.run(now, 'note', nid, 'recommendation', rid, 'note');
      }
    }
  }
})();
const loadMs = performance.now() - t0;
const count = (t) => s.prepare(`select count(*) n from ${t}`).get().n;
console.log(
  `Generated ${count('programmes')} programmes, ${count('recommendations')} recommendations, ${count('actions')} actions, ${count('progress_notes')} notes, ${count('audit_log')} audit rows in ${(loadMs / 1000).toFixed(1)} s`,
);
console.log(`Database file: ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);

async function time(label, fn, runs = 20) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.floor(samples.length * 0.95) - 1] ?? samples.at(-1);
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
}

const mid = Math.ceil(PROGRAMMES / 2);
const someRec = s.prepare('select id from recommendations where programme_id = ? limit 1').get(mid).id;
await time(`recommendations.list (one programme, ${RECS} rows)`, async () => unwrap(await core.call('recommendations.list', { programmeId: mid })));
await time('recommendations.get (detail with actions, notes)', async () => unwrap(await core.call('recommendations.get', { id: someRec })));
await time(
  `actionPlan.summary (all ${PROGRAMMES * RECS} recommendations)`,
  async () => unwrap(await core.call('actionPlan.summary', { programmeId: null })),
  10,
);
await time('actionPlan.summary (one programme)', async () => unwrap(await core.call('actionPlan.summary', { programmeId: mid })));
await time('programmes.list (with counts)', async () => unwrap(await core.call('programmes.list', {})), 10);
await time('people.list (2,000 people)', async () => unwrap(await core.call('people.list', {})));
await time('audit.history (one recommendation)', async () => unwrap(await core.call('audit.history', { entity: 'recommendation', entityId: someRec })));
let i = 0;
await time(
  'recommendations.update (one field, with audit row)',
  async () => unwrap(await core.call('recommendations.update', { id: someRec, patch: { title: `Renamed ${i++}` } })),
  50,
);

await database.close();
fs.rmSync(dir, { recursive: true, force: true });
