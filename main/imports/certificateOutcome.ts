import type { CheckType } from '../../shared/domain/compliance';
import { certificateOutcome, type CertificateOutcome } from '../../shared/domain/certificateRules';

const OUTCOMES: Record<string, CertificateOutcome> = {
  satisfactory: 'satisfactory',
  pass: 'satisfactory',
  passed: 'satisfactory',
  unsatisfactory: 'unsatisfactory',
  fail: 'unsatisfactory',
  failed: 'unsatisfactory',
  advisory: 'advisory',
};

/** How contractors write a visit that could not get in. */
export const NO_ACCESS = /^(no[\s-]*access|no[\s-]*entry|access[\s-]*refused|refused[\s-]*access|no[\s-]*answer|cancelled[\s-]*-?[\s-]*no[\s-]*access)$/i;

/**
 * The outcome column as contractors fill it in, with electrical codes either in their own column
 * or written into the outcome ("Unsatisfactory - C2, C3"). Codes belong to electrical reports only,
 * and must agree with the outcome. "No access" (or "No entry", "Access refused") makes the row a
 * no-access visit rather than a certificate.
 */
export function readOutcome(
  type: CheckType | null,
  outcomeCell: string,
  codesCell: string,
  problem: (column: string, message: string) => void,
): { outcome: string | undefined; codes: string; noAccess: boolean } {
  if (NO_ACCESS.test(outcomeCell.trim())) {
    if (codesCell) problem('EICR codes', 'A visit that could not get in has no codes.');
    return { outcome: undefined, codes: '', noAccess: true };
  }
  const inOutcome = outcomeCell.match(/\b(C1|C2|C3|FI)\b/gi) ?? [];
  const word = outcomeCell
    .replace(/\b(C1|C2|C3|FI|and|with|codes?)\b/gi, ' ')
    .replace(/[^a-z]+/gi, ' ')
    .trim()
    .toLowerCase();
  const given = word === '' ? null : OUTCOMES[word];
  if (word !== '' && !given) {
    problem('Outcome', `“${outcomeCell}” is not satisfactory, unsatisfactory or advisory.`);
    return { outcome: undefined, codes: '', noAccess: false };
  }
  const codesText = [codesCell, ...inOutcome].filter(Boolean).join(', ');
  const result = certificateOutcome(type, given ?? null, codesText);
  if ('message' in result) {
    // codes on a check that is not electrical are named where they were written
    const column = result.field === 'outcome' ? 'Outcome' : type === 'EICR' || codesCell ? 'EICR codes' : 'Outcome';
    problem(column, result.message);
    return { outcome: undefined, codes: '', noAccess: false };
  }
  return { ...result, noAccess: false };
}
