// Writes to the database as fast as it can until it is killed: used to prove that a process
// killed mid-write leaves a consistent file. Uses the built core (npm test builds first).
const path = require('node:path');
const { openDatabase } = require(path.resolve(__dirname, '../../dist/main/db/open.js'));
const { createCore } = require(path.resolve(__dirname, '../../dist/main/core/dispatch.js'));

async function main() {
  const database = await openDatabase(process.argv[2]);
  const core = createCore(database, { host: 'web', log: () => {} });
  const unwrap = (r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  unwrap(await core.call('app.setup', { userName: 'Writer', organisation: 'Kill Test', loadDemo: false }));
  const programme = unwrap(await core.call('programmes.create', { code: 'K', name: 'Kill test' }));
  const rec = unwrap(await core.call('recommendations.create', { programmeId: programme.id, ref: 'R1', title: 'Survive a crash' }));
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    if (i % 2 === 0) {
      unwrap(await core.call('notes.create', { recommendationId: rec.id, noteDate: '2026-11-23', body: `note ${i} `.repeat(200), visibility: 'internal' }));
    } else {
      unwrap(await core.call('recommendations.update', { id: rec.id, patch: { title: `Survive a crash ${i}`, priority: i % 4 === 1 ? 'high' : 'low' } }));
    }
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
