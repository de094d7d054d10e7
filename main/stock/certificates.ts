import {
  blockCheckProblem,
  certificateOutcome,
  checkSubject,
  codeRemedials,
  homeCheckProblem,
  intervalCode,
  previousCheckScope,
  subjectNeeded,
  type CertificateOutcome,
} from '../../shared/domain/certificateRules';
import { deriveExpiry, type CheckType, type FireRiskTier } from '../../shared/domain/compliance';
import type { ReadDb } from '../core/context';
import type { MutationCtx } from '../core/mutation';
import { invalid } from '../core/errors';

export interface CertificateTarget {
  dwellingId: number | null;
  blockId: number | null;
  liftId: number | null;
}

/** Which record a check of each type is about: a home, a block (and, for lifts, one of its lifts), by the shared rule. */
export async function resolveTarget(db: ReadDb, type: CheckType, t: CertificateTarget): Promise<CertificateTarget & { fireTier: FireRiskTier | null }> {
  const subject = checkSubject(type, !!t.dwellingId);
  if (subject === 'home') {
    if (!t.dwellingId || t.blockId || t.liftId) throw invalid('homeId', subjectNeeded(type));
    const d = await db.selectFrom('dwellings').select(['id', 'uprn', 'has_gas']).where('id', '=', t.dwellingId).executeTakeFirst();
    if (!d) throw invalid('homeId', type === 'EICR' ? 'There is no such home or block.' : 'There is no such home.');
    const problem = homeCheckProblem(type, { uprn: d.uprn, hasGas: d.has_gas === 1 });
    if (problem) throw invalid('homeId', problem);
    return { ...t, fireTier: null };
  }
  if (subject === 'lift') {
    if (!t.liftId) throw invalid('liftId', subjectNeeded(type));
    const lift = await db.selectFrom('lifts').select(['id', 'block_id']).where('id', '=', t.liftId).executeTakeFirst();
    if (!lift) throw invalid('liftId', 'There is no such lift.');
    return { dwellingId: null, blockId: lift.block_id, liftId: lift.id, fireTier: null };
  }
  if (!t.blockId || t.dwellingId || t.liftId) throw invalid(type === 'EICR' ? 'dwellingId' : 'blockId', subjectNeeded(type));
  const block = await db.selectFrom('blocks').selectAll().where('id', '=', t.blockId).executeTakeFirst();
  if (!block) throw invalid('blockId', type === 'EICR' ? 'There is no such home or block.' : 'There is no such block.');
  const problem = blockCheckProblem(type, { name: block.name, communalWater: block.communal_water === 1, asbestosPresent: block.asbestos_present === 1 });
  if (problem) throw invalid('blockId', problem);
  return { ...t, fireTier: type === 'EICR' ? null : block.fire_risk_tier };
}

export async function intervalMonths(db: ReadDb, type: CheckType, fireTier: FireRiskTier | null): Promise<number> {
  const row = await db.selectFrom('check_intervals').select('months').where('code', '=', intervalCode(type, fireTier)).executeTakeFirstOrThrow();
  return row.months;
}

/** The previous check of the same kind on the same thing, for the gas early-renewal rule. */
export async function previousExpiry(
  db: ReadDb,
  type: CheckType,
  t: CertificateTarget,
  before: string,
  excludeId: number | null = null,
): Promise<string | null> {
  const scope = previousCheckScope(t);
  const row = await db
    .selectFrom('certificates')
    .select('expiry_date')
    .where('check_type', '=', type)
    .where('date_done', '<', before)
    .$if(excludeId !== null, (q) => q.where('id', '!=', excludeId!))
    .$if(scope.on === 'lift', (q) => q.where('lift_id', '=', t.liftId!))
    .$if(scope.on === 'home', (q) => q.where('dwelling_id', '=', t.dwellingId!))
    .$if(scope.on === 'block', (q) => q.where('block_id', '=', t.blockId!).where('dwelling_id', 'is', null))
    .orderBy('date_done', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.expiry_date ?? null;
}

/** `excludeId`: the certificate being edited, which is not its own previous check. */
export async function expiryFor(
  db: ReadDb,
  type: CheckType,
  t: CertificateTarget & { fireTier: FireRiskTier | null },
  done: string,
  excludeId: number | null = null,
): Promise<string> {
  return deriveExpiry(type, done, await intervalMonths(db, type, t.fireTier), await previousExpiry(db, type, t, done, excludeId));
}

/** A certificate's outcome and electrical codes, checked against each other (the shared rule), or the field that is wrong. */
export function outcomeAndCodes(type: CheckType, given: CertificateOutcome | null, codesText: string): { outcome: CertificateOutcome; codes: string } {
  const result = certificateOutcome(type, given, codesText);
  if ('message' in result) throw invalid(result.field, result.message);
  return result;
}

/** The remedial actions an electrical report's codes call for, created with it (C1 at once; C2 and FI within 28 days). */
export async function addCodeRemedials(ctx: MutationCtx, cert: { id: number; date_done: string; eicr_codes: string }): Promise<number> {
  const due = codeRemedials(cert.eicr_codes, cert.date_done);
  for (const r of due) {
    const row = await ctx.db
      .insertInto('remedial_actions')
      .values({
        certificate_id: cert.id,
        description: r.description,
        priority: r.priority,
        due_date: r.dueDate,
        completed_date: null,
        owner_id: null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'remedial',
      entityId: row.id,
      action: 'create',
      label: r.label,
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
  db: ReadDb,
  type: CheckType,
  t: { dwellingId: number | null; blockId: number | null },
): Promise<{ dwellingId: number | null; blockId: number | null }> {
  if (!!t.dwellingId === !!t.blockId) throw invalid('homeId', 'A no-access visit is to one home or one block.');
  if (t.dwellingId) {
    if (type !== 'GAS' && type !== 'EICR') throw invalid('homeId', 'This check is of the communal parts: record the visit against the block.');
    const home = await db.selectFrom('dwellings').select(['id', 'uprn', 'has_gas']).where('id', '=', t.dwellingId).executeTakeFirst();
    if (!home) throw invalid('homeId', 'There is no such home.');
    const problem = homeCheckProblem(type, { uprn: home.uprn, hasGas: home.has_gas === 1 });
    if (problem) throw invalid('homeId', problem);
    return { dwellingId: home.id, blockId: null };
  }
  if (type === 'GAS') throw invalid('blockId', 'A gas safety check is of a home: record the visit against the home.');
  const block = await db.selectFrom('blocks').selectAll().where('id', '=', t.blockId!).executeTakeFirst();
  if (!block) throw invalid('blockId', 'There is no such block.');
  const problem = blockCheckProblem(type, { name: block.name, communalWater: block.communal_water === 1, asbestosPresent: block.asbestos_present === 1 });
  if (problem) throw invalid('blockId', problem);
  if (type === 'LIFT' && block.passenger_lifts < 1) throw invalid('blockId', 'This block has no passenger lifts recorded.');
  return { dwellingId: null, blockId: block.id };
}
