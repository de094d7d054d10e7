import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';
import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

export const backupCommand = command({
  name: 'backup',
  usage: [{ call: 'backup --db PATH --out FILE', does: 'Copy the database to FILE while it may be in use, and check the copy' }],
  options: { ...DB_OPTION, out: { type: 'string', example: '--out report.docx' } },
  async run(_args, values) {
    const dbPath = requiredDbPath(values, 'backup needs --db PATH.');
    if (!values.out) throw new UsageError('backup needs --out FILE, the copy to write.');
    const out = path.resolve(values.out);
    if (out === path.resolve(dbPath)) throw new UsageError('backup needs an --out FILE other than the database itself.');
    if (fs.existsSync(out)) throw new AppError('conflict', `${out} already exists: choose a new file name for the backup.`);
    const [{ openDatabase }, { writeBackup }] = await Promise.all([import('../db/open'), import('../db/backup')]);
    const database = await openDatabase(dbPath, { readOnly: true });
    try {
      const written = await writeBackup(database.sqlite, out);
      console.log(`Backed up ${database.path} to ${written.path} (${(written.bytes / 1e6).toFixed(1)} MB, schema step ${written.schemaVersion}; checked).`);
      return 0;
    } finally {
      await database.close();
    }
  },
});
