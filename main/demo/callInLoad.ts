import type { Kysely, Transaction } from 'kysely';
import { contract, type CallName, type CallInput } from '../../shared/contract';
import type { Ctx, Db } from '../core/context';
import type { Database } from '../db/schema';
import type { Handler } from '../core/handlers';
import { createUploads } from '../core/uploads';

export type LoadCtx = Pick<Ctx, 'actor' | 'now' | 'today'>;

/**
 * The database as a handler sees it, inside the demo's own transaction: a handler's
 * `db.transaction().execute(fn)` runs fn in that transaction, so a failure anywhere still leaves
 * nothing behind, and what the handler writes is exactly what the app would have written.
 */
function joined(trx: Db): Kysely<Database> {
  const inline = () => ({ execute: <T>(fn: (t: Transaction<Database>) => Promise<T>) => fn(trx as Transaction<Database>) });
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return inline;
      const value: unknown = Reflect.get(target, prop, target);
      // Kysely keeps its state in private fields, so its methods must run on the real object.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Calls one of the app's handlers as the app would (its input parsed by the contract, so
 * defaults apply) from the demo loader. The handlers called here use only the database, the actor
 * and the clock; the host fields say so.
 */
export async function callInLoad<N extends CallName>(trx: Db, ctx: LoadCtx, handler: Handler<N>, name: N, input: CallInput<N>) {
  const parsed = contract[name].input.parse(input) as Parameters<Handler<N>>[0];
  const handlerCtx: Ctx = {
    db: joined(trx),
    sqlite: undefined as never,
    actor: ctx.actor,
    today: ctx.today,
    now: ctx.now,
    host: 'web',
    workers: null,
    dbPath: '',
    schemaVersion: '',
    uploads: createUploads(),
  };
  return await handler(parsed, handlerCtx);
}
