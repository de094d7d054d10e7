import type { CheckType } from '../../shared/domain/compliance';
import type { ReadDb } from '../core/context';

// What is worked out over the whole stock for one check type, kept with that check type's version
// (migration 018's triggers move it on with every write that could change the figures), so after a
// write only the check types it touched are worked out again. Kept per connection: the read
// worker's and the app's each keep their own, and a restore opens a new connection.

type Versions = Record<CheckType, number>;

/** Each check type's version, read before the work so that a write meanwhile is never kept under the old one. */
export async function checkVersions(db: ReadDb): Promise<Versions> {
  const rows = await db.selectFrom('compliance_versions').select(['check_type', 'version']).execute();
  return Object.fromEntries(rows.map((r) => [r.check_type, Number(r.version)])) as Versions;
}

/** A cache of results per check type and key, each kept until its check type's version moves on; the oldest go past `size`. */
export function perCheckType<T>(size = 48) {
  const kept = new WeakMap<ReadDb, Map<string, { version: number; value: T }>>();
  return async (db: ReadDb, versions: Versions, type: CheckType, key: string, compute: () => Promise<T>): Promise<T> => {
    let entries = kept.get(db);
    if (!entries) kept.set(db, (entries = new Map()));
    const at = `${type}|${key}`;
    const hit = entries.get(at);
    if (hit && hit.version === versions[type]) return hit.value;
    const value = await compute();
    entries.delete(at);
    if (entries.size >= size) entries.delete(entries.keys().next().value!);
    entries.set(at, { version: versions[type], value });
    return value;
  };
}
