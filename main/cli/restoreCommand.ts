import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

export const restoreCommand = command({
  name: 'restore',
  takesArguments: true,
  usage: [{ call: 'restore --db PATH FILE', does: 'Replace the database with a backup, after checking it (close Housing Desk first)' }],
  options: DB_OPTION,
  async run([file, ...extra], values) {
    const dbPath = requiredDbPath(values, 'restore needs --db PATH, the database to replace.');
    if (!file) throw new UsageError('restore needs the backup FILE to restore.');
    if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
    const { restoreDatabase } = await import('../db/backup');
    const { keptAs, schemaVersion } = await restoreDatabase(dbPath, file);
    console.log(`Restored ${dbPath} from ${file} (schema step ${schemaVersion}; checked).${keptAs ? ` The database it replaced is kept as ${keptAs}.` : ''}`);
    return 0;
  },
});
