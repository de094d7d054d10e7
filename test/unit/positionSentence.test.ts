import { describe, expect, it } from 'vitest';
import { positionSentence } from '../../main/exports/docx/complianceSection';
import { CHECK_TYPES, type CheckType } from '../../shared/domain/compliance';

const position = (percents: (number | null)[]) =>
  CHECK_TYPES.map((checkType: CheckType, i) => ({ checkType, percent: percents[i]!, overdue: percents[i] === null ? 0 : 10 * (i + 1) }));

describe('the committee paper’s sentence on the position against target', () => {
  it('says all six when every check is below the target, not “6 of the six”', () => {
    expect(positionSentence(position([98.1, 95.3, 97.5, 97.9, 96, 97.5]), 100, '2026-12-06')).toBe(
      'As at 6 Dec 2026, all six building safety checks are below the target of 100% of homes: gas safety record at 98.1%, with 10 homes not covered; electrical installation condition report at 95.3%, with 20 homes not covered; fire risk assessment at 97.5%, with 30 homes not covered; legionella (water) risk assessment at 97.9%, with 40 homes not covered; lift thorough examination at 96.0%, with 50 homes not covered; asbestos re-inspection at 97.5%, with 60 homes not covered.',
    );
  });

  it('counts those below the target, and says when none is', () => {
    expect(positionSentence(position([100, 95.3, 100, null, 100, 100]), 100, '2026-12-06')).toBe(
      'As at 6 Dec 2026, 1 of the six building safety checks is below the target of 100% of homes: electrical installation condition report at 95.3%, with 20 homes not covered.',
    );
    expect(positionSentence(position([99, 95.3, 100, 100, 100, 100]), 99.5, '2026-12-06')).toMatch(
      /^As at 6 Dec 2026, 2 of the six building safety checks are below the target of 99\.5% of homes: gas/,
    );
    expect(positionSentence(position([100, 100, 100, null, 100, 100]), 100, '2026-12-06')).toBe(
      'As at 6 Dec 2026, every building safety check is at or above the target of 100% of homes.',
    );
  });
});
