// The benchmarks' data: a landlord made by `housing-desk generate` (main/generate), at --homes N
// (default 60,000) and --seed N (default 1), in a temporary file removed afterwards; or, with
// --db PATH, that database as it is (generate it once with `housing-desk generate --db PATH
// --homes 60000` and every benchmark can reuse it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { openDatabase } = require('../dist/main/db/open.js');
const { generateLandlord } = require('../dist/main/generate/generateLandlord.js');

export const argValue = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

/** Opens the benchmark's database, generating it first unless --db names one; `done()` closes it (and removes a generated one). */
export async function landlordDatabase() {
  const given = argValue('db');
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`There is no database at ${given}: generate it with housing-desk generate --db ${given} --homes 60000.`);
    const database = await openDatabase(given);
    console.log(`Using ${given} (${(fs.statSync(given).size / 1e6).toFixed(0)} MB)`);
    return { database, generated: false, done: () => database.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const database = await openDatabase(file);
  const homes = Number(argValue('homes', 60000));
  const t0 = performance.now();
  const result = await generateLandlord(database, { homes, seed: Number(argValue('seed', 1)) });
  const r = result.rows;
  console.log(
    `Generated a landlord of ${r.dwellings} homes, ${r.certificates} certificates, ${r.people} people, ${r.recommendations} recommendations, ${r.audit_log} audit rows in ${((performance.now() - t0) / 1000).toFixed(1)} s (${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
  );
  return {
    database,
    generated: true,
    done: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
