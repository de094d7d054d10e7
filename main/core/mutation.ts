import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { withLockWait } from '../db/immediateDialect';
import { writeAudit, type AuditRecord } from './audit';
import type { Ctx, ReadDb } from './context';
import { keeperFor, type Keeper } from '../db/keeper';

// Every handler is registered through one of these wrappers, so that a handler never opens a
// transaction or writes an audit row by hand:
//   query(fn)    fn sees the database read-only (a write is a compile error);
//   mutation(fn) fn runs in one transaction, and `ctx.audit(record)` writes its audit rows in it;
//                a thrown error rolls back the change and its audit rows together;
//   fileCopy(fn) fn reads as a query does and also gets the connection, to copy the whole file
//                with SQLite's backup API (backups change nothing in the database), and the
//                core's swap of the whole file (a restore);
//   keeping(fn)  fn reads as a query does and may keep figures it worked out in a table that
//                triggers clear (main/db/keeper.ts): never a register's own rows.

type CallFacts = Omit<Ctx, 'db' | 'sqlite' | 'replaceDatabase'>;

export interface QueryCtx extends CallFacts {
  db: ReadDb;
}

export interface FileCopyCtx extends QueryCtx {
  sqlite: Ctx['sqlite'];
  replaceDatabase?: Ctx['replaceDatabase'];
}

export interface KeepingCtx extends QueryCtx {
  keeper: Keeper;
}

export interface MutationCtx extends CallFacts {
  db: Transaction<Database>;
  /** Writes one audit row in this transaction, as this call's actor, at this call's time. */
  audit(record: AuditRecord): Promise<void>;
  /** The same transaction acting for someone else (first-run set-up acts as the name just given). */
  withActor(actor: string): MutationCtx;
}

/** A handler as the dispatcher calls it. */
type Registered<I, O> = (input: I, ctx: Ctx) => Promise<O>;

function callFacts(ctx: Ctx): CallFacts {
  const { db: _db, sqlite: _sqlite, replaceDatabase: _replace, ...facts } = ctx;
  return facts;
}

export function mutationContext(trx: Transaction<Database>, facts: CallFacts): MutationCtx {
  return {
    ...facts,
    db: trx,
    audit: (record) => writeAudit(trx, facts, record),
    withActor: (actor) => mutationContext(trx, { ...facts, actor }),
  };
}

export function query<I, O>(handler: (input: I, ctx: QueryCtx) => Promise<O>): Registered<I, O> {
  return (input, ctx) => handler(input, { ...callFacts(ctx), db: ctx.db });
}

export function mutation<I, O>(handler: (input: I, ctx: MutationCtx) => Promise<O>): Registered<I, O> {
  return (input, ctx) => withLockWait(ctx.sqlite, () => ctx.db.transaction().execute((trx) => handler(input, mutationContext(trx, callFacts(ctx)))));
}

export function fileCopy<I, O>(handler: (input: I, ctx: FileCopyCtx) => Promise<O>): Registered<I, O> {
  return (input, ctx) => handler(input, { ...callFacts(ctx), db: ctx.db, sqlite: ctx.sqlite, replaceDatabase: ctx.replaceDatabase });
}

/** A call's context for reading and keeping figures (the `keeping` wrapper's; an export's before its process starts). */
export function keepingContext(ctx: Ctx): KeepingCtx {
  return { ...callFacts(ctx), db: ctx.db, keeper: keeperFor(ctx.sqlite) };
}

export function keeping<I, O>(handler: (input: I, ctx: KeepingCtx) => Promise<O>): Registered<I, O> {
  return (input, ctx) => handler(input, keepingContext(ctx));
}
