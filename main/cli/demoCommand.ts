import { plural } from '../../shared/domain/plural';
import { clockParts, systemClock } from '../core/context';
import { command } from './command';
import { DB_OPTION, requiredDbPath } from './options';

export const demoCommand = command({
  name: 'demo',
  usage: [{ call: 'demo --db PATH', does: 'Create the database if needed and load the demo data into it, when empty' }],
  options: DB_OPTION,
  async run(_args, values) {
    const dbPath = requiredDbPath(values, 'demo needs --db PATH (the database to create or fill).');
    // loaded here, not with the command line: the demo's data and the calls it goes through take a second to load
    const [{ openDatabase }, { readSettings }, { loadDemoData }] = await Promise.all([
      import('../db/open'),
      import('../settings/settingsRepo'),
      import('../demo/loadDemo'),
    ]);
    const database = await openDatabase(dbPath);
    try {
      const { today, now } = clockParts(systemClock);
      const result = await database.db.transaction().execute(async (trx) => {
        const actor = (await readSettings(trx)).userName || 'housing-desk demo';
        return loadDemoData(trx, { actor, today, now });
      });
      console.log(
        `Loaded the demo data into ${database.path}: ${result.programmes} programme, ${result.recommendations} recommendations, ${result.notes} progress notes, ${result.policies} policies, ${result.homes} homes, ${plural(result.monthlyUpdates, 'monthly update')} (last month's published, this month's in draft) and ${plural(result.papers, 'committee paper')} in draft.`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
});
