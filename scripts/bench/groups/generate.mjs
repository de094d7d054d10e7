// The generator: a landlord of the bench landlord's size made from nothing, as `npm run bench` makes
// its own the first time (issue 15: under a minute at 60,000 homes).
import { appRequire, dropCopy, scratchPath, timeCli, timeRuns } from '../context.mjs';

const Database = appRequire('better-sqlite3');

export default async function generate(landlord) {
  const probe = new Database(landlord, { readonly: true });
  const homes = probe.prepare('select count(*) from dwellings').pluck().get();
  probe.close();
  let n = 0;
  const made = await timeRuns(
    () => {
      const file = scratchPath(`generated-${n++}.sqlite`);
      try {
        return timeCli(['generate', '--db', file, '--homes', String(homes)]);
      } finally {
        dropCopy(file);
      }
    },
    undefined,
    { warm: false },
  );
  return [
    {
      what: `Generating a landlord of ${homes.toLocaleString('en-GB')} homes (CLI, wall)`,
      value: made.median,
      unit: 'ms',
      runs: made.times.length,
      target: { below: 60_000 },
      note: 'housing-desk generate into a new file: every register, its audit rows and its indexes',
    },
  ];
}
