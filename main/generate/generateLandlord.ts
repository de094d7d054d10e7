import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { count, plural } from '../../shared/domain/plural';
import { localToday, type IsoDate } from '../../shared/domain/dates';
import { AppError } from '../core/errors';
import type { Database } from '../db/schema';
import { registersInUse } from '../demo/registersInUse';
import { generateCertificates } from './certificates';
import type { GenerateCtx } from './context';
import { buildIndexes, dropIndexes, withoutIndexes } from './indexes';
import { generateActionPlans } from './actionPlan';
import { generateComplaints } from './complaints';
import { generateMeasures } from './measures';
import { generatePapers } from './papers';
import { generatePeople } from './people';
import { generatePolicies } from './policies';
import { generateTraining } from './training';
import { prng } from './prng';
import { sizesFor, type Sizes } from './sizes';
import { generateStock } from './stock';
import { writer } from './writer';

// A realistic large landlord for benchmarks (issue 15): each register written in bulk in its own
// transaction on prepared statements, as the imports write, by the same rules as the app. The same
// seed, number of homes and day give the same rows.

export interface GenerateOptions {
  homes: number;
  seed?: number;
  /** the day the landlord is generated for (default: today); every date is placed relative to it */
  today?: IsoDate;
  /** a line per register as it is written */
  onProgress?: (line: string) => void;
}

export interface GenerateResult {
  sizes: Sizes;
  seed: number;
  /** rows per table, as counted in the database afterwards */
  rows: Record<string, number>;
  milliseconds: number;
}

export const DEFAULT_SEED = 1;
const ACTOR = 'Housing Desk generator';
/** SQLite's page cache while generating, in KiB (negative: a size, not pages): the app's 64 MiB is too small for a 60,000-home landlord's indexes being built. */
const GENERATE_CACHE_KIB = -524_288;

export async function generateLandlord(database: { sqlite: BetterSqlite3.Database; db: Kysely<Database> }, o: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { sqlite } = database;
  const held = await registersInUse(database.db);
  if (held.length)
    throw new AppError(
      'conflict',
      `generate fills only an empty database, and this one already holds ${held.join(', ')}. Give a new database file (for example housing-desk generate --db large.sqlite --homes ${o.homes}).`,
    );
  const seed = o.seed ?? DEFAULT_SEED;
  const today = o.today ?? localToday();
  const sizes = sizesFor(o.homes);
  const ctx: GenerateCtx = { sqlite, sizes, today, now: `${today}T08:00:00.000Z`, actor: ACTOR, seed, write: writer(sqlite, ACTOR) };
  const root = prng(seed);
  const say = o.onProgress ?? (() => {});
  // one transaction per register, taking the write lock at once
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const before = new Map(ctx.write.counts);
    const result = sqlite.transaction(fn).immediate();
    const written = [...ctx.write.counts]
      .map(([table, n]) => [table, n - (before.get(table) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`);
    say(`${name}: ${written.join(', ') || 'written'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };

  // The audit log's indexes are dropped with the first register and built once, after the last
  // (in a finally, so a register that fails leaves the schema whole): every register writes to it.
  const cacheBefore = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${GENERATE_CACHE_KIB}`);
  const auditIndexes = step('Settings', () => {
    const set = sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict (key) do nothing');
    set.run('userName', ACTOR);
    set.run('organisation', `Generated landlord (${plural(sizes.homes, 'home', 'homes', count)}, seed ${seed})`);
    return dropIndexes(sqlite, ['audit_log']);
  });
  try {
    const staff = step('People', () => generatePeople(ctx, root.fork('people')));
    const committees = step('Committees and policies', () => generatePolicies(ctx, root.fork('policies'), staff));
    step('Training', () => generateTraining(ctx, root.fork('training'), staff, committees.policyIds));
    const stock = step('Homes and blocks', () => generateStock(ctx, root.fork('stock')));
    step('Certificates', () =>
      withoutIndexes(sqlite, ['certificates', 'remedial_actions', 'no_access_visits'], () =>
        generateCertificates(ctx, root.fork('certificates'), stock, staff),
      ),
    );
    const plans = step('Action plans', () =>
      withoutIndexes(sqlite, ['recommendations', 'actions', 'progress_notes'], () => generateActionPlans(ctx, root.fork('actionPlans'), staff)),
    );
    step('Measures', () => generateMeasures(ctx, root.fork('measures')));
    step('Complaints', () => generateComplaints(ctx, root.fork('complaints')));
    const t0 = performance.now();
    const papers = await database.db
      .transaction()
      .execute((trx) => generatePapers(trx, { actor: ACTOR, today, now: ctx.now }, committees.meetings, plans.largestProgrammeId));
    say(`Committee papers: ${papers.toLocaleString('en-GB')} committee_papers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    step('Audit log indexes', () => buildIndexes(sqlite, auditIndexes));
    sqlite.pragma(`cache_size = ${cacheBefore}`);
  }

  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name")
    .pluck()
    .all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
  return { sizes, seed, rows, milliseconds: performance.now() - started };
}
