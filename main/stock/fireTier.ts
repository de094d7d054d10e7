import type { TierExpiryChange } from '../../shared/contract';
import type { FireRiskTier } from '../../shared/domain/compliance';
import type { MutationCtx } from '../core/mutation';
import { expiryFor } from './certificates';

/**
 * A block's fire risk tier has changed: its latest fire risk assessment, when its expiry was
 * worked out from the interval, gets it worked out again by the new tier's interval (with its own
 * audit row). An expiry entered by hand is kept; older assessments keep theirs. Run it inside the
 * block's transaction.
 */
export async function reworkLatestFra(ctx: MutationCtx, blockId: number, tier: FireRiskTier): Promise<TierExpiryChange | null> {
  const latest = await ctx.db
    .selectFrom('certificates')
    .select(['id', 'date_done', 'expiry_date', 'expiry_given', 'reference'])
    .where('check_type', '=', 'FRA')
    .where('block_id', '=', blockId)
    .where('dwelling_id', 'is', null)
    .orderBy('date_done', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!latest) return null;
  const change = {
    certificateId: latest.id,
    dateDone: latest.date_done,
    expiryBefore: latest.expiry_date,
    expiryDate: latest.expiry_date,
    expiryGiven: latest.expiry_given === 1,
  };
  if (change.expiryGiven) return change;
  const target = { dwellingId: null, blockId, liftId: null, fireTier: tier };
  change.expiryDate = await expiryFor(ctx.db, 'FRA', target, latest.date_done, latest.id);
  if (change.expiryDate === latest.expiry_date) return change;
  await ctx.db.updateTable('certificates').set({ expiry_date: change.expiryDate, updated_at: ctx.now }).where('id', '=', latest.id).execute();
  await ctx.audit({
    entity: 'certificate',
    entityId: latest.id,
    action: 'update',
    label: `FRA ${latest.reference ?? latest.id}`,
    before: { expiry_date: latest.expiry_date },
    after: { expiry_date: change.expiryDate },
    parent: { entity: 'block', id: blockId },
  });
  return change;
}
