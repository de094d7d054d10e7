import type BetterSqlite3 from 'better-sqlite3';

// Figures worked out from the registers may be kept in a table that triggers clear whenever a
// write could change them (see migration 014). A read keeps them only if nothing at all was
// written between reading and keeping, by this connection or any other: else a trigger may already
// have dropped what the read saw, and keeping it would keep a stale figure for good.

/** The state of the database when a read began. */
export interface KeepMark {
  dataVersion: number;
  changes: number;
}

export interface Keeper {
  /** call before reading the figures to be kept */
  mark(): KeepMark;
  /**
   * Runs `write` in its own transaction if nothing was written since `mark`; true if it ran.
   * Never waits for a lock and never writes on a read-only connection: keeping is an
   * optimisation, and the figures are worked out again next time.
   */
  keep(mark: KeepMark, write: (sqlite: BetterSqlite3.Database) => void): boolean;
  /**
   * Runs `read` on the keeper's connection at once: nothing else this connection does (another
   * call's keep) comes between its statements, as it would between a read's awaited queries.
   */
  readAtOnce<T>(read: (sqlite: BetterSqlite3.Database) => T): T;
}

const totalChanges = (sqlite: BetterSqlite3.Database) => (sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

/**
 * Rows each connection changed by keeping figures. Keeping writes only figures that can be worked
 * out again, never a register's rows, and fires no trigger: it cannot make another read's figures
 * stale, so it is not counted as a write (two calls side by side, the position and the trend, both
 * keep what they worked out).
 */
const keptChanges = new WeakMap<BetterSqlite3.Database, number>();

export function keeperFor(sqlite: BetterSqlite3.Database): Keeper {
  const state = (): KeepMark => ({
    dataVersion: sqlite.pragma('data_version', { simple: true }) as number,
    changes: totalChanges(sqlite) - (keptChanges.get(sqlite) ?? 0),
  });
  return {
    mark: state,
    readAtOnce: (read) => read(sqlite),
    keep(mark, write) {
      if (sqlite.readonly || sqlite.pragma('query_only', { simple: true }) || sqlite.inTransaction) return false;
      const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
      sqlite.pragma('busy_timeout = 0');
      try {
        sqlite.exec('BEGIN IMMEDIATE');
      } catch (e) {
        if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
        throw e;
      } finally {
        sqlite.pragma(`busy_timeout = ${timeout}`);
      }
      try {
        const now = state();
        if (now.dataVersion !== mark.dataVersion || now.changes !== mark.changes) {
          sqlite.exec('ROLLBACK');
          return false;
        }
        const before = totalChanges(sqlite);
        write(sqlite);
        sqlite.exec('COMMIT');
        keptChanges.set(sqlite, (keptChanges.get(sqlite) ?? 0) + totalChanges(sqlite) - before);
        return true;
      } catch (e) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw e;
      }
    },
  };
}
