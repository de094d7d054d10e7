import type BetterSqlite3 from 'better-sqlite3';
import { gasChainChanges, type GasLink } from '../../shared/domain/compliance';
import { writeAudit } from '../core/audit';
import type { Ctx, Db } from '../core/context';

// A gas check recorded late, moved or removed changes the anniversary of the checks after it: they
// are worked out again (shared/domain/compliance.ts, gasChainChanges), each with its own audit row.

const REASON = 'worked out again: an earlier gas check was added, changed or removed';

/** In a handler's transaction. */
export async function rederiveGasChain(trx: Db, ctx: Pick<Ctx, 'actor' | 'now'>, dwellingId: number | null, from: string): Promise<void> {
  if (dwellingId === null) return;
  const rows = await trx.selectFrom('certificates').select(['id', 'date_done', 'expiry_date', 'expiry_given', 'reference']).where('check_type', '=', 'GAS').where('dwelling_id', '=', dwellingId).execute();
  const months = (await trx.selectFrom('check_intervals').select('months').where('code', '=', 'GAS').executeTakeFirstOrThrow()).months;
  const links: GasLink[] = rows.map((r) => ({ id: r.id, done: r.date_done, expiry: r.expiry_date, given: r.expiry_given === 1 }));
  for (const c of gasChainChanges(links, months, from)) {
    await trx.updateTable('certificates').set({ expiry_date: c.after, updated_at: ctx.now }).where('id', '=', c.id).execute();
    const ref = rows.find((r) => r.id === c.id)?.reference;
    await writeAudit(trx, ctx, { entity: 'certificate', entityId: c.id, action: 'update', label: `GAS ${ref ?? c.id}`, before: { expiry_date: c.before }, after: { expiry_date: c.after, reason: REASON } });
  }
}

/** For imports, on their own prepared statements inside the import's transaction. */
export function gasChainRederiver(sqlite: BetterSqlite3.Database, o: { actor: string; now: string }) {
  const later = sqlite.prepare("select 1 from certificates where check_type = 'GAS' and dwelling_id = ? and date_done > ? limit 1").pluck();
  const chain = sqlite.prepare("select id, date_done, expiry_date, expiry_given, reference from certificates where check_type = 'GAS' and dwelling_id = ?");
  const months = (sqlite.prepare("select months from check_intervals where code = 'GAS'").pluck().get() as number) ?? 12;
  const update = sqlite.prepare('update certificates set expiry_date = ?, updated_at = ? where id = ?');
  const audit = sqlite.prepare(`insert into audit_log (at, actor, entity, entity_id, action, label, before_json, after_json) values (?, ?, 'certificate', ?, 'update', ?, ?, ?)`);
  const earliest = new Map<number, string>();
  return {
    /** a gas check written for this home on this date: does it come before one already recorded? */
    note(dwellingId: number, done: string) {
      if (!later.get(dwellingId, done)) return;
      const known = earliest.get(dwellingId);
      if (!known || done < known) earliest.set(dwellingId, done);
    },
    /** once every row is written: carry each noted home's chain on from its earliest new check */
    run() {
      for (const [dwellingId, from] of earliest) {
        const rows = chain.all(dwellingId) as { id: number; date_done: string; expiry_date: string; expiry_given: number; reference: string | null }[];
        const links: GasLink[] = rows.map((r) => ({ id: r.id, done: r.date_done, expiry: r.expiry_date, given: r.expiry_given === 1 }));
        for (const c of gasChainChanges(links, months, from)) {
          update.run(c.after, o.now, c.id);
          const ref = rows.find((r) => r.id === c.id)?.reference;
          audit.run(o.now, o.actor, c.id, `GAS ${ref ?? c.id}`, JSON.stringify({ expiry_date: c.before }), JSON.stringify({ expiry_date: c.after, reason: REASON, source: 'import' }));
        }
      }
    },
  };
}
