import { contract, isCallName, type Result } from '../../shared/contract';
import type { OpenDatabase } from '../db/open';
import { AppError, fromZodError } from './errors';
import { busyError } from '../imports/importJobs';
import { clockParts, systemClock, type Clock, type Ctx } from './context';
import type { HandlerTable } from './handlers';
import { handlerTable } from './table';
import { readSettings } from '../settings/settingsRepo';

export interface Core {
  /** The one generic entry point both hosts call: never throws, always answers a Result. */
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  readonly database: OpenDatabase;
}

export interface CoreOptions {
  host: 'electron' | 'web';
  clock?: Clock;
  handlers?: HandlerTable;
  log?: (message: string, error: unknown) => void;
}

export function createCore(database: OpenDatabase, options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const table = options.handlers ?? handlerTable;
  const log = options.log ?? ((m, e) => console.error(m, e));

  async function context(): Promise<Ctx> {
    const settings = await readSettings(database.db);
    return {
      db: database.db,
      sqlite: database.sqlite,
      actor: settings.userName || 'Unknown user',
      ...clockParts(clock),
      host: options.host,
      dbPath: database.path,
      schemaVersion: database.schemaVersion,
    };
  }

  async function call(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `There is no call named ${JSON.stringify(name)}.` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error).toShape() };
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
    }
  }

  return { call, database };
}
