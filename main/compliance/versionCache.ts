import { sql } from 'kysely';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';

// Figures worked out over the whole stock (the position, the trend) change only when something is
// written, and every write leaves an audit row (the demo loader and imports too, from any
// connection), so they are kept until the log, the certificates or the homes grow.

/** What moves on with every write (each leaves an audit row): figures worked out at one version hold until it moves. */
export async function dataVersion(db: ReadDb): Promise<string> {
  return (
    await sql<{
      v: string;
    }>`select (select coalesce(max(id), 0) from audit_log) || ':' || (select coalesce(max(id), 0) from certificates) || ':' || (select coalesce(max(id), 0) from dwellings) as v`.execute(
      sqlReader(db),
    )
  ).rows[0]!.v;
}

/**
 * A cache of the last few results per database and key, dropped whenever the data's version moves
 * on. Calls made while one is being worked out share it (the compliance page asks for the position
 * and the trend at once, and the trend's last point is the position).
 */
export function versionCache<T>(size = 8) {
  const kept = new WeakMap<ReadDb, { version: string; values: Map<string, Promise<T>> }>();
  return async (db: ReadDb, key: string, compute: () => Promise<T>): Promise<T> => {
    const version = await dataVersion(db);
    let entry = kept.get(db);
    if (!entry || entry.version !== version) {
      entry = { version, values: new Map() };
      kept.set(db, entry);
    }
    const hit = entry.values.get(key);
    if (hit !== undefined) return hit;
    const values = entry.values;
    const value = compute();
    if (values.size >= size) values.delete(values.keys().next().value!);
    values.set(key, value);
    // a failure is not kept: the next call tries again
    value.catch(() => values.get(key) === value && values.delete(key));
    return value;
  };
}
