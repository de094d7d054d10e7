import { contract, isCallName, type Result } from '../../shared/contract';
import { openDatabase, type OpenDatabase } from '../db/open';
import { AppError, fromZodError } from './errors';
import { busyError, runningImport } from '../imports/importJobs';
import { cancelRunningExports } from '../exports/exportJobs';
import { stopReader } from './readWorker';
import { clockParts, systemClock, type Clock, type Ctx } from './context';
import type { HandlerTable } from './handlers';
import { handlerTable } from './table';
import { forkNodeProcess, type ForkWork } from './workProcess';
import { spareProcesses, type SpareProcesses } from './spareProcess';
import { exportWorkerFile } from '../exports/exportRunner';
import { readSettings } from '../settings/settingsRepo';
import { createUploads } from './uploads';

export interface Core {
  /** The one generic entry point both hosts call: never throws, always answers a Result. */
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** the open database; a restore replaces it (see replaceDatabase) */
  readonly database: OpenDatabase;
  /**
   * Swaps the database file under the running host: new calls are refused with a plain message,
   * the calls under way finish, the connection is closed, `replaceFiles` runs, and the file is
   * reopened (migrated if older) before calls are answered again. Refused while an import writes.
   */
  replaceDatabase(replaceFiles: () => void): Promise<void>;
  /**
   * A file the window sends beside a call, as raw bytes: held under the id the call then names
   * (`fileId`). Never throws: too large or empty is answered as a field error. The bytes are the
   * core's from then on (an import sends them to its process).
   */
  upload(bytes: Uint8Array): Result<{ fileId: string }>;
}

export interface CoreOptions {
  host: 'electron' | 'web';
  /** heavy reads on a worker thread and exports in a process of their own, each with its own connection (the hosts); in-process when left out */
  workers?: boolean;
  /** how an export's or an import's process is started: a Node child process unless the host says (Electron's utility process) */
  fork?: ForkWork;
  /**
   * Keeps an export's process started and waiting, its modules loaded (spareProcess.ts): the hosts.
   * The first waits SPARE_AFTER_MS after the core starts, so that it does not slow the window's first load,
   * or until an export before then has ended.
   */
  spareExports?: boolean;
  clock?: Clock;
  handlers?: HandlerTable;
  log?: (message: string, error: unknown) => void;
  /** how the core opens its file again after a restore (the hosts' way, by default) */
  reopen?: (path: string) => Promise<OpenDatabase>;
}

export const SPARE_AFTER_MS = 20_000;

/**
 * The spares' fork, under which an export run before SPARE_AFTER_MS leaves a process waiting once it
 * ends, as one after it does: the window has loaded by then, and the next export is likely.
 */
function exportsLeaveOneWaiting(spares: SpareProcesses): ForkWork {
  return (script) => {
    const started = spares.fork(script);
    // beside a running export this starts nothing: the spare starts once it ends (the script's path
    // is looked up here, not with the core: a host whose export worker is not built still starts)
    if (script === exportWorkerFile()) spares.prepare(script);
    return started;
  };
}

const REPLACING = 'A backup is being restored, so nothing was read or saved. Wait a moment, then try again.';

export function createCore(opened: OpenDatabase, options: CoreOptions): Core {
  let database = opened;
  let replacing = false;
  /** the file could not be opened again after a swap: every call answers this */
  let unusable: AppError | null = null;
  let underWay = 0;
  let drained: (() => void) | null = null;
  const reopen = options.reopen ?? ((file) => openDatabase(file, { serving: true }));
  const clock = options.clock ?? systemClock;
  const table = options.handlers ?? handlerTable;
  const log = options.log ?? ((m, e) => console.error(m, e));
  const uploads = createUploads();
  const fork = options.fork ?? forkNodeProcess;
  const spares = options.workers && options.spareExports ? spareProcesses(fork) : null;
  const workers = options.workers ? { fork: spares ? exportsLeaveOneWaiting(spares) : fork, prepare: spares?.prepare } : null;
  if (spares) {
    setTimeout(() => {
      try {
        spares.prepare(exportWorkerFile());
      } catch (e) {
        log('No export process could be started to wait', e);
      }
    }, SPARE_AFTER_MS).unref();
  }

  async function context(): Promise<Ctx> {
    const settings = await readSettings(database.db);
    return {
      db: database.db,
      sqlite: database.sqlite,
      actor: settings.userName || 'Unknown user',
      ...clockParts(clock),
      host: options.host,
      workers: database.sqlite.memory ? null : workers,
      dbPath: database.path,
      schemaVersion: database.schemaVersion,
      replaceDatabase,
      uploads,
    };
  }

  async function replaceDatabase(replaceFiles: () => void): Promise<void> {
    if (replacing) throw new AppError('conflict', 'A backup is already being restored.');
    const importing = runningImport(database.path);
    if (importing) throw new AppError('conflict', `An import of ${importing.fileName} is writing to the database: restore when it has finished.`);
    replacing = true;
    try {
      await cancelRunningExports('A backup was restored while the document was being made, so it was not finished. Export it again.');
      // the call that asked for the swap (or its job) is not waited for, only the others
      if (underWay > 0) await new Promise<void>((resolve) => (drained = resolve));
      const file = database.path;
      await stopReader(file);
      await database.close();
      try {
        replaceFiles();
      } finally {
        try {
          database = await reopen(file);
          unusable = null;
        } catch (e) {
          unusable =
            e instanceof AppError
              ? e
              : new AppError('internal', `${file} could not be opened again (${(e as Error).message}). Close Housing Desk and open it again.`);
        }
      }
      if (unusable) throw unusable;
    } finally {
      replacing = false;
    }
  }

  async function call(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `There is no call named ${JSON.stringify(name)}.` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error).toShape() };
    if (replacing) return { ok: false, error: { code: 'busy', message: REPLACING } };
    if (unusable) return { ok: false, error: unusable.toShape() };
    underWay++;
    try {
      // a large file's integrity check may still be running: nothing is read or written before it passes
      await database.checked;
      const handler = table[name] as (i: unknown, c: Ctx) => Promise<unknown>;
      const value = await handler(parsed.data, await context());
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toShape() };
      if (String((e as { code?: string }).code ?? '').startsWith('SQLITE_BUSY')) return { ok: false, error: busyError(database.path).toShape() };
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        return { ok: false, error: { code: 'conflict', message: 'That is already recorded under the same name or reference. Nothing was saved.' } };
      }
      log(`Call ${name} failed`, e);
      return {
        ok: false,
        error: { code: 'internal', message: `Something went wrong and nothing was saved (${(e as Error)?.message ?? String(e)}).` },
      };
    } finally {
      underWay--;
      if (underWay === 0 && drained) {
        drained();
        drained = null;
      }
    }
  }

  return {
    call,
    get database() {
      return database;
    },
    replaceDatabase,
    upload: (bytes) => uploads.put(bytes),
  };
}
