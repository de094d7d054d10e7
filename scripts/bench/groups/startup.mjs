// Start-up: opening the database and checking its migrations, and loading the command line.
import { appRequire, copyOf, dropCopy, timeCli, timeRuns } from '../context.mjs';

const { openDatabase } = appRequire('./dist/main/db/open.js');

export default async function startup(landlord) {
  const file = copyOf(landlord, 'startup');
  // The hosts check the file's integrity alongside (check: 'background'); the command line waits for it.
  const open = await timeRuns(async () => {
    const database = await openDatabase(file, { check: 'background' });
    await database.close();
  });
  const openChecked = await timeRuns(async () => (await openDatabase(file)).close());
  const version = await timeRuns(() => timeCli(['--version']));
  dropCopy(file);
  return [
    {
      what: 'Opening the database and checking migrations (the hosts)',
      value: open.median,
      unit: 'ms',
      runs: open.times.length,
      target: { below: 150 },
      note: `integrity checked alongside; ${Math.round(openChecked.median)} ms waiting for it, as the command line does`,
    },
    { what: 'housing-desk --version (module load), wall', value: version.median, unit: 'ms', runs: version.times.length, note: 'was 660 ms' },
  ];
}
