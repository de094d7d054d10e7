import { deriveExpiry, type CheckType, type FireRiskTier } from '../../shared/domain/compliance';
import type { Db } from '../core/context';
import { invalid } from '../core/errors';

export interface CertificateTarget {
  dwellingId: number | null;
  blockId: number | null;
  liftId: number | null;
}

/** Which record a check of each type is about: a home, a block (and, for lifts, one of its lifts). */
export async function resolveTarget(db: Db, type: CheckType, t: CertificateTarget): Promise<CertificateTarget & { fireTier: FireRiskTier | null }> {
  if (type === 'GAS') {
    if (!t.dwellingId || t.blockId || t.liftId) throw invalid('dwellingId', 'A gas safety record is for a home: give its UPRN.');
    const d = await db.selectFrom('dwellings').select(['id', 'has_gas']).where('id', '=', t.dwellingId).executeTakeFirst();
    if (!d) throw invalid('dwellingId', 'There is no such home.');
    if (d.has_gas !== 1) throw invalid('dwellingId', 'This home has no gas supply recorded, so it needs no gas safety record.');
    return { ...t, fireTier: null };
  }
  if (type === 'EICR') {
    if (!!t.dwellingId === !!t.blockId || t.liftId) throw invalid('dwellingId', 'An electrical report is for one home or for one block’s communal supply.');
    const exists = t.dwellingId
      ? await db.selectFrom('dwellings').select('id').where('id', '=', t.dwellingId).executeTakeFirst()
      : await db.selectFrom('blocks').select('id').where('id', '=', t.blockId!).executeTakeFirst();
    if (!exists) throw invalid(t.dwellingId ? 'dwellingId' : 'blockId', 'There is no such home or block.');
    return { ...t, fireTier: null };
  }
  if (type === 'LIFT') {
    if (!t.liftId) throw invalid('liftId', 'A lift examination is for one lift: give its block and lift number.');
    const lift = await db.selectFrom('lifts').select(['id', 'block_id']).where('id', '=', t.liftId).executeTakeFirst();
    if (!lift) throw invalid('liftId', 'There is no such lift.');
    return { dwellingId: null, blockId: lift.block_id, liftId: lift.id, fireTier: null };
  }
  if (!t.blockId || t.dwellingId || t.liftId) throw invalid('blockId', `This check is for a block: give the block.`);
  const block = await db.selectFrom('blocks').selectAll().where('id', '=', t.blockId).executeTakeFirst();
  if (!block) throw invalid('blockId', 'There is no such block.');
  if (type === 'WATER' && block.communal_water !== 1) throw invalid('blockId', 'This block has no communal water system recorded, so it needs no water risk assessment.');
  if (type === 'ASBESTOS' && block.asbestos_present !== 1) throw invalid('blockId', 'This block has no asbestos recorded, so it needs no re-inspection.');
  return { ...t, fireTier: block.fire_risk_tier as FireRiskTier };
}

export async function intervalMonths(db: Db, type: CheckType, fireTier: FireRiskTier | null): Promise<number> {
  const code = type === 'FRA' ? `FRA:${fireTier ?? 'medium'}` : type;
  const row = await db.selectFrom('check_intervals').select('months').where('code', '=', code).executeTakeFirstOrThrow();
  return row.months;
}

/** The previous check of the same kind on the same thing, for the gas early-renewal rule. */
export async function previousExpiry(db: Db, type: CheckType, t: CertificateTarget, before: string): Promise<string | null> {
  const row = await db
    .selectFrom('certificates')
    .select('expiry_date')
    .where('check_type', '=', type)
    .where('date_done', '<', before)
    .$if(t.liftId !== null, (q) => q.where('lift_id', '=', t.liftId!))
    .$if(t.liftId === null && t.dwellingId !== null, (q) => q.where('dwelling_id', '=', t.dwellingId!))
    .$if(t.liftId === null && t.dwellingId === null, (q) => q.where('block_id', '=', t.blockId!).where('dwelling_id', 'is', null))
    .orderBy('date_done', 'desc')
    .executeTakeFirst();
  return row?.expiry_date ?? null;
}

export async function expiryFor(db: Db, type: CheckType, t: CertificateTarget & { fireTier: FireRiskTier | null }, done: string): Promise<string> {
  return deriveExpiry(type, done, await intervalMonths(db, type, t.fireTier), await previousExpiry(db, type, t, done));
}
