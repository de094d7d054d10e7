// Benchmark of the action plans over a landlord made by the generator (scripts/benchData.mjs: 198
// programmes, the largest of 1,000 recommendations, 21,000 in all, about 105,000 progress notes).
// Prints figures; asserts nothing.
// Usage: npm run build && npm run bench:plans [-- --homes 60000 --seed 1 --db PATH]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { landlordDatabase } from './benchData.mjs';

const require = createRequire(import.meta.url);
const { createCore } = require('../dist/main/core/dispatch.js');

const { database, done } = await landlordDatabase();
const core = createCore(database, { host: 'web', log: () => {} });
const unwrap = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const s = database.sqlite;
let t0;
const count = (t) => s.prepare(`select count(*) n from ${t}`).get().n;
const PROGRAMMES = count('programmes');
const recommendationCount = count('recommendations');

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

// the largest programme
const { mid, recs: RECS } = s
  .prepare('select programme_id as mid, count(*) as recs from recommendations group by programme_id order by recs desc limit 1')
  .get();
const someRec = s.prepare('select id from recommendations where programme_id = ? limit 1').get(mid).id;
await time(`recommendations.list (one programme, ${RECS} rows)`, async () => unwrap(await core.call('recommendations.list', { programmeId: mid })));
await time('recommendations.get (detail with actions, notes)', async () => unwrap(await core.call('recommendations.get', { id: someRec })));
await time(
  `actionPlan.summary (all ${recommendationCount} recommendations in ${PROGRAMMES} programmes)`,
  async () => unwrap(await core.call('actionPlan.summary', { programmeId: null })),
  10,
);
await time('actionPlan.summary (one programme)', async () => unwrap(await core.call('actionPlan.summary', { programmeId: mid })));
await time('programmes.list (with counts)', async () => unwrap(await core.call('programmes.list', {})), 10);
await time(`people.list (${count('people')} people)`, async () => unwrap(await core.call('people.list', {})));
await time('audit.history (one recommendation)', async () => unwrap(await core.call('audit.history', { entity: 'recommendation', entityId: someRec })));
let i = 0;
await time(
  'recommendations.update (one field, with audit row)',
  async () => unwrap(await core.call('recommendations.update', { id: someRec, patch: { title: `Renamed ${i++}` } })),
  50,
);

await done();
