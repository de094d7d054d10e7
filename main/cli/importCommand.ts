import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_KINDS, validRowsOnlyAllowed } from '../../shared/domain/importKinds';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import { clockParts, systemClock } from '../core/context';
import { AppError } from '../core/errors';
import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

/** --map "Inspection date=dateDone" (an empty field ignores the column). */
function columnMapping(pairs: string[]): Record<string, string | null> {
  const mapping: Record<string, string | null> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map needs "Header=field", not "${pair}".`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim() || null;
  }
  return mapping;
}

export const importCommand = command({
  name: 'import',
  usage: IMPORT_KINDS.map((kind) => ({
    call: `import ${kind} --db PATH FILE.csv|xlsx [--dry-run]${validRowsOnlyAllowed(kind) ? ' [--valid-only]' : ''} [--map "Header=field"]...`,
  })),
  options: {
    ...DB_OPTION,
    'dry-run': { type: 'boolean', default: false },
    'valid-only': { type: 'boolean', default: false },
    map: { type: 'string', multiple: true, example: '--map "Property ref=uprn"' },
  },
  takesArguments: true,
  async run([kindName, file, ...extra], values) {
    const kind = IMPORT_KINDS.find((k) => k === kindName);
    if (!kind) throw new UsageError(`import needs ${IMPORT_KINDS.join(' or ')}.`);
    if (!file) throw new UsageError(`import ${kind} needs the file to import.`);
    if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
    if (values['valid-only'] && !validRowsOnlyAllowed(kind)) throw new UsageError(`import ${kind} is all or nothing: it takes no --valid-only.`);
    const dbPath = requiredDbPath(values, 'import needs --db PATH.');
    if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file ${file}.`);
    const megabytes = fs.statSync(file).size / 1024 / 1024;
    if (megabytes > MAX_IMPORT_FILE_MB)
      throw new AppError(
        'validation',
        `${path.basename(file)} is ${Math.round(megabytes)} MB; files over ${MAX_IMPORT_FILE_MB} MB cannot be imported. Split the file and import the parts.`,
      );
    // loaded here: the database, and the file readers (exceljs among them) take a fifth of a second to load
    const [{ openDatabase }, { readSettings }, { describeReport, runImport }] = await Promise.all([
      import('../db/open'),
      import('../settings/settingsRepo'),
      import('../imports/runImport'),
    ]);
    const database = await openDatabase(dbPath);
    try {
      const clock = clockParts(systemClock);
      const actor = (await readSettings(database.db)).userName || 'housing-desk import';
      const report = await runImport(database.sqlite, kind, path.basename(file), fs.readFileSync(file), {
        dryRun: values['dry-run'] ?? false,
        validOnly: values['valid-only'] ?? false,
        mapping: columnMapping(values.map ?? []),
        actor,
        ...clock,
      });
      const out = describeReport(report, values['dry-run'] ?? false);
      // a file with problems fails the command, a dry run too, so that a script can check a file first;
      // with --valid-only the problem rows are left out, as the real run would
      if ((report.problems.length && !report.applied && !values['valid-only']) || report.looksLike) {
        console.error(out);
        return 1;
      }
      console.log(out);
      return 0;
    } finally {
      await database.close();
    }
  },
});
