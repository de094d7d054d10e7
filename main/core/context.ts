import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import { localToday, type IsoDate } from '../../shared/domain/dates';
import type { Database } from '../db/schema';
import type { ForkWork } from './workProcess';
import type { Uploads } from './uploads';

export type Db = Kysely<Database> | Transaction<Database>;

/** The database for reading only: a read handler or repository that tries to write does not compile. */
export type ReadDb = Pick<Kysely<Database>, 'selectFrom' | 'selectNoFrom' | 'fn' | 'dynamic'>;

/** What every handler gets besides its input: the database, who is acting, and the clock. */
export interface Ctx {
  db: Kysely<Database>;
  /** the same connection, for bulk paths (imports) that use prepared statements in one transaction */
  sqlite: BetterSqlite3.Database;
  actor: string;
  today: IsoDate;
  /** ISO timestamp of this call */
  now: string;
  host: 'electron' | 'web';
  /**
   * Long work off the thread that answers calls (the hosts; tests only when they ask): heavy reads on
   * a worker thread, exports in a process of their own started by `fork`. Null: all in-process (but an import, which always runs in a process of its own).
   */
  workers: {
    fork: ForkWork;
    /** where the host keeps processes waiting: start one for the script before it is needed (spareProcess.ts) */
    prepare?: (script: string) => void;
  } | null;
  dbPath: string;
  schemaVersion: string;
  /**
   * The core's swap of its database file (a restore): set by the core, for `fileCopy` handlers only.
   * Calls are refused while `replaceFiles` runs between closing the connection and reopening it.
   */
  replaceDatabase?: (replaceFiles: () => void) => Promise<void>;
  /** the files the window sent beside its calls (an import's spreadsheet, a backup to restore) */
  uploads: Uploads;
}

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function clockParts(clock: Clock): { today: IsoDate; now: string } {
  const d = clock();
  return { today: localToday(d), now: d.toISOString() };
}
