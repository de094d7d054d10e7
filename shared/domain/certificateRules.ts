import { remedialDueDate, type CheckType, type FireRiskTier, type RemedialPriority } from './compliance';
import { eicrOutcome, eicrRemedials, parseEicrCodes } from './eicr';
import type { IsoDate } from './dates';

// The rules a certificate keeps, whether it is entered in the app or read from a contractor's
// file: what it is about, the interval and previous check its expiry comes from, its outcome and
// electrical codes, and the remedial work those codes raise. Both paths say the same words.

/** A gas check is of a home; an electrical one of a home or a block's communal supply; a lift examination of one lift; the rest of a block's communal parts. */
export type CheckSubject = 'home' | 'block' | 'lift';

export function checkSubject(type: CheckType, forHome: boolean): CheckSubject {
  if (type === 'GAS' || (type === 'EICR' && forHome)) return 'home';
  return type === 'LIFT' ? 'lift' : 'block';
}

/** What to say when a check does not name the home, block or lift it is about. */
export function subjectNeeded(type: CheckType): string {
  if (type === 'GAS') return 'A gas safety record is for a home: give its UPRN.';
  if (type === 'EICR') return 'An electrical report is for one home or for one block’s communal supply.';
  if (type === 'LIFT') return 'A lift examination is for one lift: give its block and lift number.';
  return 'This check is for a block: give the block.';
}

/** Why this home cannot have this check (or a visit for it), or null. */
export function homeCheckProblem(type: CheckType, home: { uprn: string; hasGas: boolean }): string | null {
  if (type === 'GAS' && !home.hasGas) return `UPRN ${home.uprn} has no gas supply recorded.`;
  return null;
}

/** Why this block's communal parts cannot have this check (or a visit for it), or null. */
export function blockCheckProblem(type: CheckType, block: { name: string; communalWater: boolean; asbestosPresent: boolean }): string | null {
  if (type === 'WATER' && !block.communalWater) return `${block.name} has no communal water system recorded.`;
  if (type === 'ASBESTOS' && !block.asbestosPresent) return `${block.name} has no asbestos recorded.`;
  return null;
}

/** The code of a check's interval in check_intervals: fire risk assessments go by the block's tier (medium when not known). */
export type IntervalCode = Exclude<CheckType, 'FRA'> | `FRA:${FireRiskTier}`;
export const intervalCode = (type: CheckType, fireTier: FireRiskTier | null | undefined): IntervalCode =>
  type === 'FRA' ? `FRA:${fireTier ?? 'medium'}` : type;

/**
 * Where the check before a new one is looked for, for the gas early-renewal rule: the same type
 * on the same lift, else on the same home, else on the block's communal parts. The previous
 * check is the latest done on an earlier day (the last entered, of two on that day).
 */
export type PreviousCheckScope = { on: 'lift'; liftId: number } | { on: 'home'; dwellingId: number } | { on: 'block'; blockId: number };

export function previousCheckScope(t: { dwellingId: number | null; blockId: number | null; liftId: number | null }): PreviousCheckScope {
  if (t.liftId !== null) return { on: 'lift', liftId: t.liftId };
  if (t.dwellingId !== null) return { on: 'home', dwellingId: t.dwellingId };
  return { on: 'block', blockId: t.blockId! };
}

export type CertificateOutcome = 'satisfactory' | 'unsatisfactory' | 'advisory';

/**
 * A certificate's outcome and electrical codes, checked against each other: codes belong to
 * electrical reports only; without an outcome, the codes give it. A problem names the field.
 */
export function certificateOutcome(
  type: CheckType | null,
  given: CertificateOutcome | null,
  codesText: string,
): { outcome: CertificateOutcome; codes: string } | { field: 'eicrCodes' | 'outcome'; message: string } {
  if (type !== 'EICR') {
    if (codesText.trim())
      return { field: 'eicrCodes', message: `C1, C2, C3 and FI codes belong to electrical reports, not to a ${type ?? 'check of unknown type'}.` };
    return { outcome: given ?? 'satisfactory', codes: '' };
  }
  const parsed = parseEicrCodes(codesText);
  if ('error' in parsed) return { field: 'eicrCodes', message: parsed.error };
  const outcome = eicrOutcome(parsed.codes, given);
  if ('error' in outcome) return { field: 'outcome', message: outcome.error };
  return { outcome: outcome.outcome, codes: parsed.codes };
}

/** The remedial actions a report's codes raise, due from the day of the check (C1 at once; C2 and FI within 28 days). */
export function codeRemedials(codes: string, done: IsoDate): { description: string; priority: RemedialPriority; dueDate: IsoDate; label: string }[] {
  return eicrRemedials(codes).map((r) => ({ ...r, dueDate: remedialDueDate(r.priority, done), label: `EICR: ${r.description}` }));
}
