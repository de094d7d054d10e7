import type { RemedialPriority } from './compliance';

// Electrical installation condition reports classify what they find: C1 danger present, C2
// potentially dangerous, C3 improvement recommended, FI further investigation needed. A report is
// satisfactory only with no C1, C2 or FI.

export const EICR_CODES = ['C1', 'C2', 'C3', 'FI'] as const;
export type EicrCode = (typeof EICR_CODES)[number];

export const EICR_CODE_LABELS: Record<EicrCode, string> = {
  C1: 'C1 danger present',
  C2: 'C2 potentially dangerous',
  C3: 'C3 improvement recommended',
  FI: 'FI further investigation',
};

const TOKEN = /^(?:\d+x)?(C1|C2|C3|FI)(?:x\d+|\(\d+\))?$/i;

/**
 * Reads codes as reports and contractors' sheets write them: "C2, C3", "C2 x3; FI", "2xC2 / C3".
 * Returns the distinct codes in order (C1, C2, C3, FI) joined by ", ", or an error naming the part
 * that is not a code.
 */
export function parseEicrCodes(text: string): { codes: string } | { error: string } {
  // "2 x C2" and "C2 x 3" are one piece each; then anything between codes separates them.
  const joined = text
    .replace(/\s*[x×]\s*/gi, 'x')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)/g, ')');
  const found = new Set<EicrCode>();
  for (const piece of joined.split(/[\s,;/+&]+|\band\b/i).filter(Boolean)) {
    const m = TOKEN.exec(piece);
    if (!m) return { error: `“${piece}” is not an electrical code: use C1, C2, C3 or FI.` };
    found.add(m[1]!.toUpperCase() as EicrCode);
  }
  return { codes: EICR_CODES.filter((c) => found.has(c)).join(', ') };
}

/** Whether a report with these (normalised) codes is unsatisfactory. */
export const eicrUnsatisfactory = (codes: string) => /\b(C1|C2|FI)\b/.test(codes);

/**
 * The outcome a report's codes give, checked against the outcome given (if any): a report with C1,
 * C2 or FI cannot be satisfactory, and one without them cannot be unsatisfactory.
 */
export function eicrOutcome(
  codes: string,
  given: 'satisfactory' | 'unsatisfactory' | 'advisory' | null,
): { outcome: 'satisfactory' | 'unsatisfactory' | 'advisory' } | { error: string } {
  const bad = eicrUnsatisfactory(codes);
  if (given === null) return { outcome: bad ? 'unsatisfactory' : 'satisfactory' };
  if (bad && given !== 'unsatisfactory')
    return {
      error: `A report with ${codes
        .split(', ')
        .filter((c) => c !== 'C3')
        .join(' or ')} codes is unsatisfactory, not ${given}.`,
    };
  if (!bad && given === 'unsatisfactory' && codes !== '')
    return { error: 'A report with only C3 codes is satisfactory: unsatisfactory needs a C1, C2 or FI code.' };
  return { outcome: given };
}

/** The remedial work a report's codes call for: C1 at once, C2 and FI within 28 days. */
export function eicrRemedials(codes: string): { description: string; priority: RemedialPriority }[] {
  const out: { description: string; priority: RemedialPriority }[] = [];
  if (codes.includes('C1')) out.push({ description: 'Make safe: C1 danger present (electrical report)', priority: 'immediate' });
  if (codes.includes('C2')) out.push({ description: 'Put right the C2 potentially dangerous defects (electrical report)', priority: '28_days' });
  if (codes.includes('FI')) out.push({ description: 'Carry out the further investigation (FI) the electrical report asks for', priority: '28_days' });
  return out;
}

/** The codes in `after` that `before` did not have (both normalised, as parseEicrCodes gives them). */
export function addedCodes(before: string, after: string): string {
  const had = new Set(before.split(', '));
  return after
    .split(', ')
    .filter((c) => c && !had.has(c))
    .join(', ');
}
