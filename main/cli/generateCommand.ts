import fs from 'node:fs';
import { HOMES_RANGE } from '../generate/sizes';
import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

const whole = (text: string, option: string, min: number, max: number, example: string): number => {
  const n = Number(text.replace(/[,_]/g, ''));
  if (!/^\s*[\d,_]+\s*$/.test(text) || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `${option} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}, for example ${example}, not "${text}".`,
    );
  return n;
};

export const generateCommand = command({
  name: 'generate',
  usage: [
    {
      call: 'generate --db PATH --homes N [--seed N]',
      does: 'Fill an empty database with a made-up landlord of N homes, for benchmarks',
    },
  ],
  options: { ...DB_OPTION, homes: { type: 'string', example: '--homes 60000' }, seed: { type: 'string', example: '--seed 1' } },
  async run(_args, values) {
    const dbPath = requiredDbPath(values, 'generate needs --db PATH (a new database file to fill).');
    if (values.homes === undefined) throw new UsageError('generate needs --homes N, the number of homes, for example --homes 60000.');
    const homes = whole(values.homes, '--homes', HOMES_RANGE.min, HOMES_RANGE.max, '--homes 60000');
    const seed = values.seed === undefined ? undefined : whole(values.seed, '--seed', 0, 4_294_967_295, '--seed 1');
    // loaded only for this command, so the others start no slower
    const [{ openDatabase }, { generateLandlord }] = await Promise.all([import('../db/open'), import('../generate/generateLandlord')]);
    const database = await openDatabase(dbPath);
    try {
      const result = await generateLandlord(database, { homes, seed, onProgress: (line) => console.log(line) });
      const rows = Object.entries(result.rows).filter(([, n]) => n > 0);
      console.log(
        `Generated a landlord of ${homes.toLocaleString('en-GB')} homes (seed ${result.seed}) in ${database.path}, in ${(result.milliseconds / 1000).toFixed(1)} s:`,
      );
      for (const [table, n] of rows) console.log(`  ${table.padEnd(24)} ${n.toLocaleString('en-GB').padStart(9)}`);
    } finally {
      await database.close();
    }
    console.log(`File size: ${(fs.statSync(dbPath).size / 1e6).toFixed(0)} MB`);
    return 0;
  },
});
