import type { CertificateRow } from '../../shared/contract';
import type { CheckType } from '../../shared/domain/compliance';
import { formatDateShort, parseUkDate } from '../../shared/domain/dates';
import type { Outcome } from './labels';

// What the certificate form holds, and — when it corrects a certificate — the fields that changed.

export interface CertificateValues {
  dateDone: string;
  /** blank: worked out from the interval */
  expiryDate: string;
  /** blank: satisfactory, or for an electrical report whatever its codes give */
  outcome: Outcome | '';
  eicrCodes: string;
  contractor: string;
  reference: string;
  evidencePath: string;
}

export interface CertificateTarget {
  homeId: number | null;
  blockId: number | null;
  liftId: number | null;
}

/** Text typed into a date box -> ISO for a real date, null for blank, else the raw text (main refuses it next to the field). */
const dateOf = (text: string) => (text.trim() === '' ? null : (parseUkDate(text) ?? text.trim()));

/** The form's starting values: empty for a new certificate; the certificate's own when correcting one (a derived expiry shows blank). */
export function certificateValues(c?: CertificateRow): CertificateValues {
  if (!c) return { dateDone: '', expiryDate: '', outcome: '', eicrCodes: '', contractor: '', reference: '', evidencePath: '' };
  return {
    dateDone: formatDateShort(c.dateDone),
    expiryDate: c.expiryGiven ? formatDateShort(c.expiryDate) : '',
    outcome: c.checkType !== 'EICR' && c.outcome === 'satisfactory' ? '' : c.outcome,
    eicrCodes: c.eicrCodes,
    contractor: c.contractor,
    reference: c.reference ?? '',
    evidencePath: c.evidencePath,
  };
}

/** Only the fields the user changed, as `certificates.update` takes them (an expiry or outcome cleared is null: work it out again). */
export function certificatePatch(c: CertificateRow, checkType: CheckType, target: CertificateTarget, v: CertificateValues): Record<string, unknown> {
  const start = certificateValues(c);
  const patch: Record<string, unknown> = {};
  if (checkType !== c.checkType) patch.checkType = checkType;
  for (const k of ['homeId', 'blockId', 'liftId'] as const) if (target[k] !== c[k]) patch[k] = target[k];
  if (dateOf(v.dateDone) !== c.dateDone) patch.dateDone = dateOf(v.dateDone);
  if (dateOf(v.expiryDate) !== (c.expiryGiven ? c.expiryDate : null)) patch.expiryDate = dateOf(v.expiryDate);
  if (v.outcome !== start.outcome) patch.outcome = v.outcome || null;
  if (checkType === 'EICR' && v.eicrCodes.trim() !== c.eicrCodes) patch.eicrCodes = v.eicrCodes;
  if (v.contractor.trim() !== c.contractor) patch.contractor = v.contractor;
  if ((v.reference.trim() || null) !== c.reference) patch.reference = v.reference.trim() || null;
  if (v.evidencePath.trim() !== c.evidencePath) patch.evidencePath = v.evidencePath;
  return patch;
}
