import { deriveExpiry, remedialDueDate, type CheckType, type FireRiskTier } from '../../shared/domain/compliance';
import { eicrOutcome, eicrRemedials, parseEicrCodes } from '../../shared/domain/eicr';
import { writeAudit } from '../core/audit';
import type { Ctx } from '../core/context';
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
  if (type === 'WATER' && block.communal_water !== 1)
    throw invalid('blockId', 'This block has no communal water system recorded, so it needs no water risk assessment.');
  if (type === 'ASBESTOS' && block.asbestos_present !== 1) throw invalid('blockId', 'This block has no asbestos recorded, so it needs no re-inspection.');
  return { ...t, fireTier: block.fire_risk_tier };
}

export async function intervalMonths(db: Db, type: CheckType, fireTier: FireRiskTier | null): Promise<number> {
  const code = type === 'FRA' ? `FRA:${fireTier ?? 'medium'}` : type;
  const row = await db.selectFrom('check_intervals').select('months').where('code', '=', code).executeTakeFirstOrThrow();
  return row.months;
}

/** The previous check of the same kind on the same thing, for the gas early-renewal rule. */
export async function previousExpiry(db: Db, type: CheckType, t: CertificateTarget, before: string, excludeId: number | null = null): Promise<string | null> {
  const row = await db
    .selectFrom('certificates')
    .select('expiry_date')
    .where('check_type', '=', type)
    .where('date_done', '<', before)
    .$if(excludeId !== null, (q) => q.where('id', '!=', excludeId!))
    .$if(t.liftId !== null, (q) => q.where('lift_id', '=', t.liftId!))
    .$if(t.liftId === null && t.dwellingId !== null, (q) => q.where('dwelling_id', '=', t.dwellingId!))
    .$if(t.liftId === null && t.dwellingId === null, (q) => q.where('block_id', '=', t.blockId!).where('dwelling_id', 'is', null))
    .orderBy('date_done', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.expiry_date ?? null;
}

/** `excludeId`: the certificate being edited, which is not its own previous check. */
export async function expiryFor(
  db: Db,
  type: CheckType,
  t: CertificateTarget & { fireTier: FireRiskTier | null },
  done: string,
  excludeId: number | null = null,
): Promise<string> {
  return deriveExpiry(type, done, await intervalMonths(db, type, t.fireTier), await previousExpiry(db, type, t, done, excludeId));
}

type Outcome = 'satisfactory' | 'unsatisfactory' | 'advisory';

/** A certificate's outcome and electrical codes, checked against each other; codes belong to electrical reports only. */
export function outcomeAndCodes(type: CheckType, given: Outcome | null, codesText: string): { outcome: Outcome; codes: string } {
  if (type !== 'EICR') {
    if (codesText.trim()) throw invalid('eicrCodes', 'C1, C2, C3 and FI codes belong to electrical reports only.');
    return { outcome: given ?? 'satisfactory', codes: '' };
  }
  const parsed = parseEicrCodes(codesText);
  if ('error' in parsed) throw invalid('eicrCodes', parsed.error);
  const outcome = eicrOutcome(parsed.codes, given);
  if ('error' in outcome) throw invalid('outcome', outcome.error);
  return { outcome: outcome.outcome, codes: parsed.codes };
}

/** The remedial actions an electrical report's codes call for, created with it (C1 at once; C2 and FI within 28 days). */
export async function addCodeRemedials(db: Db, ctx: Ctx, cert: { id: number; date_done: string; eicr_codes: string }): Promise<number> {
  const due = eicrRemedials(cert.eicr_codes);
  for (const r of due) {
    const row = await db
      .insertInto('remedial_actions')
      .values({
        certificate_id: cert.id,
        description: r.description,
        priority: r.priority,
        due_date: remedialDueDate(r.priority, cert.date_done),
        completed_date: null,
        owner_id: null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'remedial',
      entityId: row.id,
      action: 'create',
      label: `EICR: ${row.description}`,
      after: row,
      parent: { entity: 'certificate', id: cert.id },
    });
  }
  return due.length;
}

/**
 * What a no-access visit was to: a home for gas; a home or a block for an electrical check; a
 * block for the communal checks (a lift examination visit is recorded against the lift's block).
 */
export async function resolveVisitTarget(
  db: Db,
  type: CheckType,
  t: { dwellingId: number | null; blockId: number | null },
): Promise<{ dwellingId: number | null; blockId: number | null }> {
  if (!!t.dwellingId === !!t.blockId) throw invalid('dwellingId', 'A no-access visit is to one home or one block.');
  if (t.dwellingId) {
    if (type !== 'GAS' && type !== 'EICR') throw invalid('dwellingId', 'This check is of the communal parts: record the visit against the block.');
    const home = await db.selectFrom('dwellings').select(['id', 'has_gas']).where('id', '=', t.dwellingId).executeTakeFirst();
    if (!home) throw invalid('dwellingId', 'There is no such home.');
    if (type === 'GAS' && home.has_gas !== 1) throw invalid('dwellingId', 'This home has no gas supply recorded, so it needs no gas safety check.');
    return { dwellingId: home.id, blockId: null };
  }
  if (type === 'GAS') throw invalid('blockId', 'A gas safety check is of a home: record the visit against the home.');
  const block = await db.selectFrom('blocks').selectAll().where('id', '=', t.blockId!).executeTakeFirst();
  if (!block) throw invalid('blockId', 'There is no such block.');
  if (type === 'WATER' && block.communal_water !== 1) throw invalid('blockId', 'This block has no communal water system recorded.');
  if (type === 'ASBESTOS' && block.asbestos_present !== 1) throw invalid('blockId', 'This block has no asbestos recorded.');
  if (type === 'LIFT' && block.passenger_lifts < 1) throw invalid('blockId', 'This block has no passenger lifts recorded.');
  return { dwellingId: null, blockId: block.id };
}
