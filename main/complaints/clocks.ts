import { complaintClock, type ComplaintDates, type ExtraDays } from '../../shared/domain/complaints';
import type { Db, ReadDb } from '../core/context';
import type { Database } from '../db/schema';
import type { Transaction } from 'kysely';

/** The landlord's own non-working days, which every clock skips. */
export async function readExtraDays(db: ReadDb | Db): Promise<ExtraDays> {
  const rows = await db.selectFrom('non_working_days').select('date').execute();
  return new Set(rows.map((r) => r.date));
}

/** The stored columns worked out from a stage's dates (shared/domain/complaints.ts). */
export function clockColumns(c: ComplaintDates, extra: ExtraDays) {
  const clock = complaintClock(c, extra);
  return {
    acknowledgement_due: clock.acknowledgementDue,
    response_due: clock.responseDue,
    on_time: clock.onTime === null ? null : clock.onTime ? 1 : 0,
    days_late: clock.daysLate,
  };
}

/**
 * Works every stored due date out again, in the caller's transaction, after the non-working days
 * changed. Returns how many complaint stages changed.
 */
export async function recomputeClocks(trx: Transaction<Database>, extra: ExtraDays, now: string): Promise<number> {
  const rows = await trx
    .selectFrom('complaint_stages')
    .select(['id', 'stage', 'received', 'acknowledged', 'extension_days', 'responded', 'acknowledgement_due', 'response_due', 'on_time', 'days_late'])
    .execute();
  let changed = 0;
  for (const r of rows) {
    const next = clockColumns(
      { stage: r.stage, received: r.received, acknowledged: r.acknowledged, extensionDays: r.extension_days, responded: r.responded },
      extra,
    );
    if (
      next.acknowledgement_due === r.acknowledgement_due &&
      next.response_due === r.response_due &&
      next.on_time === r.on_time &&
      next.days_late === r.days_late
    )
      continue;
    await trx
      .updateTable('complaint_stages')
      .set({ ...next, updated_at: now })
      .where('id', '=', r.id)
      .execute();
    changed++;
  }
  return changed;
}
