import type BetterSqlite3 from 'better-sqlite3';
import { gasChainChanges, type GasLink } from '../../shared/domain/compliance';
import type { BulkAudit } from '../core/bulkAudit';
import type { ReadDb } from '../core/context';
import type { MutationCtx } from '../core/mutation';

// A gas check recorded late, corrected or removed changes the anniversary of the checks after it:
// the caller reads the home's chain before its change, and afterwards the checks that follow are
// worked out again (gasChainChanges in shared/domain/compliance.ts), each with its own audit row.

const REASON = 'worked out again: an earlier gas check was added, changed or removed';
type ChainRow = { id: number; date_done: string; expiry_date: string; expiry_given: number; reference: string | null };
const links = (rows: ChainRow[]): GasLink[] => rows.map((r) => ({ id: r.id, done: r.date_done, expiry: r.expiry_date, given: r.expiry_given === 1 }));

/** A home's gas checks from the last day before a date on (`@home`, `@from`): the checks before that day keep their expiries. */
export const GAS_CHAIN_FROM_SQL = `select id, date_done, expiry_date, expiry_given, reference from certificates where check_type = 'GAS' and dwelling_id = @home and date_done >= coalesce(
       (select date_done from certificates where check_type = 'GAS' and dwelling_id = @home and date_done < @from order by date_done desc limit 1), @from)`;

/** A home's gas checks as recorded (none for no home). */
export async function loadGasChain(db: ReadDb, dwellingId: number | null): Promise<GasLink[]> {
  if (dwellingId === null) return [];
  return links(
    await db
      .selectFrom('certificates')
      .select(['id', 'date_done', 'expiry_date', 'expiry_given', 'reference'])
      .where('check_type', '=', 'GAS')
      .where('dwelling_id', '=', dwellingId)
      .execute(),
  );
}

/** In a handler's transaction, after its change: `before` is the home's chain read before it. */
export async function rederiveGasChain(ctx: MutationCtx, dwellingId: number | null, before: GasLink[]): Promise<void> {
  if (dwellingId === null) return;
  const rows = await ctx.db
    .selectFrom('certificates')
    .select(['id', 'date_done', 'expiry_date', 'expiry_given', 'reference'])
    .where('check_type', '=', 'GAS')
    .where('dwelling_id', '=', dwellingId)
    .execute();
  const months = (await ctx.db.selectFrom('check_intervals').select('months').where('code', '=', 'GAS').executeTakeFirstOrThrow()).months;
  for (const c of gasChainChanges(before, links(rows), months)) {
    await ctx.db.updateTable('certificates').set({ expiry_date: c.after, updated_at: ctx.now }).where('id', '=', c.id).execute();
    const ref = rows.find((r) => r.id === c.id)?.reference;
    await ctx.audit({
      entity: 'certificate',
      entityId: c.id,
      action: 'update',
      label: `GAS ${ref ?? c.id}`,
      before: { expiry_date: c.before },
      after: { expiry_date: c.after, reason: REASON },
    });
  }
}

/** For imports, on prepared statements inside the import's transaction. */
export function gasChainRederiver(sqlite: BetterSqlite3.Database, o: { now: string }, audit: BulkAudit) {
  const later = sqlite.prepare("select 1 from certificates where check_type = 'GAS' and dwelling_id = ? and date_done > ? limit 1").pluck();
  const chain = sqlite.prepare("select id, date_done, expiry_date, expiry_given, reference from certificates where check_type = 'GAS' and dwelling_id = ?");
  const chainFrom = sqlite.prepare(GAS_CHAIN_FROM_SQL);
  const months = sqlite.prepare("select months from check_intervals where code = 'GAS'").pluck().get() as number;
  const update = sqlite.prepare('update certificates set expiry_date = ?, updated_at = ? where id = ?');
  // The checks on record before the import have ids up to this one; those after it are the import's.
  const lastOnRecord = sqlite.prepare('select coalesce(max(id), 0) from certificates').pluck().get() as number;
  const asRecorded = (rows: ChainRow[]) => links(rows.filter((r) => r.id <= lastOnRecord));
  /**
   * Each noted home's chain as it was, read before a correction changes a check on record; else,
   * as new checks leave the others as they were, the date of its first new check with a check on
   * record after it. A home's new checks are written oldest first, so none comes before that date,
   * and the checks before the last day before it keep their expiries: the chain is read from that day.
   */
  const before = new Map<number, GasLink[] | string>();
  return {
    /**
     * Before writing a gas check for a home done on a date, or correcting one (`always`): notes
     * the home when a check after that date is on record, so that its chain can follow. The chain
     * as it was is read now only before a correction, which changes a check on record; otherwise
     * it is the chain afterwards less the import's new checks, read once at the end.
     */
    note(dwellingId: number, done: string, always = false) {
      if (always) {
        if (!Array.isArray(before.get(dwellingId))) before.set(dwellingId, asRecorded(chain.all(dwellingId) as ChainRow[]));
      } else if (!before.has(dwellingId) && later.get(dwellingId, done)) before.set(dwellingId, done);
    },
    /** Once every row is written: carries each noted home's chain on. */
    run(): number {
      let changed = 0;
      for (const [dwellingId, noted] of before) {
        const rows = (typeof noted === 'string' ? chainFrom.all({ home: dwellingId, from: noted }) : chain.all(dwellingId)) as ChainRow[];
        for (const c of gasChainChanges(typeof noted === 'string' ? asRecorded(rows) : noted, links(rows), months)) {
          update.run(c.after, o.now, c.id);
          const ref = rows.find((r) => r.id === c.id)?.reference;
          audit({
            entity: 'certificate',
            entityId: c.id,
            action: 'update',
            label: `GAS ${ref ?? c.id}`,
            before: { expiry_date: c.before },
            after: { expiry_date: c.after, reason: REASON, source: 'import' },
          });
          changed++;
        }
      }
      return changed;
    },
  };
}
