import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

// Every user action's transaction takes the write lock when it begins (BEGIN IMMEDIATE), not at
// its first write: a transaction that has read and then tries to write while another connection
// (an import's worker) has written since would fail at once with SQLITE_BUSY, where this one
// waits its turn.
//
// How it waits: SQLite's busy timeout sleeps on the calling thread, which in a host is the thread
// that answers every call, so a host's connection has busy_timeout 0 and a lock wait set here
// instead: `mutation` (main/core/mutation.ts) retries the transaction on timers, outside Kysely's
// one-connection mutex, so reads go on being answered meanwhile.

const lockWaits = new WeakMap<BetterSqlite3.Database, number>();

/** How long a transaction on this connection waits, off the thread, for another's write lock (0: SQLite's busy timeout alone). */
export function setLockWait(sqlite: BetterSqlite3.Database, ms: number): void {
  lockWaits.set(sqlite, ms);
}

export const lockWaitOf = (sqlite: BetterSqlite3.Database): number => lockWaits.get(sqlite) ?? 0;

export const isBusy = (e: unknown) => String((e as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a transaction, trying again on timers while another connection holds the write lock, up to
 * the connection's lock wait. A transaction that met the lock wrote nothing (BEGIN IMMEDIATE takes
 * the lock first), so trying it again is safe.
 */
export async function withLockWait<T>(sqlite: BetterSqlite3.Database, run: () => Promise<T>): Promise<T> {
  const budget = lockWaitOf(sqlite);
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!isBusy(e) || Date.now() - started >= budget) throw e;
      await sleep(Math.min(200, 10 * 2 ** attempt));
    }
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
