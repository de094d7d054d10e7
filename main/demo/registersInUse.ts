import { sql } from 'kysely';
import { plural } from '../../shared/domain/plural';
import type { ReadDb } from '../core/context';
import { AppError } from '../core/errors';
import { sqlReader } from '../core/readSql';

// The demo is loaded only into a database that holds nothing of the user's: merged into real
// records it would add made-up homes, people and a programme among them.

const REGISTERS = [
  ['programmes', 'programme', 'programmes'],
  ['policies', 'policy', 'policies'],
  ['meetings', 'meeting', 'meetings'],
  ['dwellings', 'home', 'homes'],
  ['blocks', 'block', 'blocks'],
  ['people', 'person', 'people'],
  ['teams', 'team', 'teams'],
  ['courses', 'course', 'courses'],
] as const;

/** What the database already holds, a phrase per register with records ("3 homes"), in the order above. */
export async function registersInUse(db: ReadDb): Promise<string[]> {
  const columns = sql.join(REGISTERS.map(([table]) => sql`(select count(*) from ${sql.table(table)}) as ${sql.ref(table)}`));
  const counts = (await sql<Record<string, number>>`select ${columns}`.execute(sqlReader(db))).rows[0]!;
  return REGISTERS.flatMap(([table, one, many]) => (counts[table] ? [plural(counts[table], one, many)] : []));
}

export async function assertEmptyForDemo(db: ReadDb): Promise<void> {
  const held = await registersInUse(db);
  if (held.length === 0) return;
  throw new AppError(
    'conflict',
    `The demo loads only into an empty database, and this one already holds ${held.join(', ')}. To try the demo, start Housing Desk with a new database file (for example housing-desk demo --db demo.sqlite).`,
  );
}
