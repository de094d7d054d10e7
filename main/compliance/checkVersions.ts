import { sql } from 'kysely';
import type { CheckType } from '../../shared/domain/compliance';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';

// What is worked out over the whole stock for one check type, kept with that check type's version
// (migration 018's triggers move it on with every write that could change the figures), so after a
// write only the check types it touched are worked out again. Kept per connection: the read
// worker's and the app's each keep their own, and a restore opens a new connection.
//
// A change to a home, a block or a lift moves every version on, and writes a row naming the home
// and blocks concerned (migration 022). A result that can be moved by those alone (`carry`) is
// worked out again for them only, when the rows since it account for every version it missed.

export interface Versions {
  byType: Record<CheckType, number>;
  /** the last stock change's number (0: none kept) */
  stock: number;
}

/** The homes and blocks changed since a result was worked out. */
export interface StockChanges {
  /** homes added, removed, or changed in whether they are let, their tenure, gas or block */
  homes: number[];
  /** blocks added, removed or changed, or with a lift added, removed or moved: every home in them may have changed */
  blocks: number[];
  /** the blocks the changed homes were in and are in: their number of homes may have changed */
  blocksOfHomes: number[];
}

/** More stock changes than this since a result, and it is worked out again whole (kept below STOCK_CHANGES_KEPT). */
export const STOCK_CHANGES_CARRIED = 250;

/** Each check type's version and the last stock change, in one statement (one snapshot), read before the work so that a write meanwhile is never kept under the old one. */
export async function checkVersions(db: ReadDb): Promise<Versions> {
  const rows = (
    await sql<{
      check_type: CheckType;
      version: number;
      stock: number;
    }>`select check_type, version, (select coalesce(max(seq), 0) from compliance_stock_changes) as stock from compliance_versions`.execute(sqlReader(db))
  ).rows;
  return { byType: Object.fromEntries(rows.map((r) => [r.check_type, Number(r.version)])) as Versions['byType'], stock: Number(rows[0]?.stock ?? 0) };
}

/**
 * The stock changes after `since` up to `until`, if there are `missed` of them (the versions a kept
 * result missed) all still kept: then nothing but the stock moved its check type's version on. Else null.
 */
export async function stockChangesBetween(db: ReadDb, since: number, until: number, missed: number): Promise<StockChanges | null> {
  if (missed <= 0 || missed > STOCK_CHANGES_CARRIED) return null;
  const rows = await db
    .selectFrom('compliance_stock_changes')
    .select(['home_id', 'block_id', 'other_block_id'])
    .where('seq', '>', since)
    .where('seq', '<=', until)
    .execute();
  if (rows.length !== missed) return null;
  const homes = new Set<number>();
  const blocks = new Set<number>();
  const blocksOfHomes = new Set<number>();
  for (const r of rows) {
    const named = [r.block_id, r.other_block_id].filter((b): b is number => b !== null).map(Number);
    if (r.home_id === null) named.forEach((b) => blocks.add(b));
    else {
      homes.add(Number(r.home_id));
      named.forEach((b) => blocksOfHomes.add(b));
    }
  }
  return { homes: [...homes], blocks: [...blocks], blocksOfHomes: [...blocksOfHomes] };
}

interface Kept<T> {
  version: number;
  stock: number;
  value: T;
}

/** Moves a kept result on by the stock changes since it (the same as working it out again, for less). */
export type Carry<T> = (value: T, changes: StockChanges) => Promise<T>;

/** A cache of results per check type and key, each kept until its check type's version moves on; the oldest go past `size`. */
export function perCheckType<T>(size = 48) {
  const kept = new WeakMap<ReadDb, Map<string, Kept<T>>>();
  return async (db: ReadDb, versions: Versions, type: CheckType, key: string, compute: () => Promise<T>, carry?: Carry<T>): Promise<T> => {
    let entries = kept.get(db);
    if (!entries) kept.set(db, (entries = new Map()));
    const at = `${type}|${key}`;
    const hit = entries.get(at);
    const version = versions.byType[type];
    if (hit && hit.version === version) return hit.value;
    const changes = hit && carry ? await stockChangesBetween(db, hit.stock, versions.stock, version - hit.version) : null;
    const value = hit && changes ? await carry!(hit.value, changes) : await compute();
    entries.delete(at);
    if (entries.size >= size) entries.delete(entries.keys().next().value!);
    entries.set(at, { version, stock: versions.stock, value });
    return value;
  };
}
