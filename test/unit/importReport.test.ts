import { describe, expect, it } from 'vitest';
import { looksLikeSentence, skippedRows, skippedSentence } from '../../shared/domain/importReport';
import { isProjected, projectedNote } from '../../shared/domain/projection';
import { looksLikeOtherKind } from '../../main/imports/fileKind';

describe('the words of an import report', () => {
  it('names the rows an applied import skipped, and none for one not applied', () => {
    const problems = [{ row: 5 }, { row: 3 }, { row: 5 }];
    expect(skippedRows({ applied: true, problems })).toEqual([3, 5]);
    expect(skippedRows({ applied: false, problems })).toEqual([]);
    expect(skippedSentence([])).toBe('');
    expect(skippedSentence([3])).toBe('1 row skipped because of problems (row 3)');
    expect(skippedSentence([3, 5])).toBe('2 rows skipped because of problems (rows 3 and 5)');
    expect(skippedSentence([3, 5, 9])).toBe('3 rows skipped because of problems (rows 3, 5 and 9)');
    expect(skippedSentence(Array.from({ length: 12 }, (_, i) => i + 2))).toBe(
      '12 rows skipped because of problems (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more)',
    );
  });

  it('says when a file has the other kind’s columns', () => {
    const certificates = ['Check type', 'UPRN', 'Date done', 'Reference'];
    const stock = ['uprn', 'ADDRESS', 'Estate', 'Block', 'Tenure', 'Gas'];
    expect(looksLikeOtherKind(certificates, 'stock', ['address', 'tenure', 'gas'])).toBe('certificates');
    expect(looksLikeOtherKind(stock, 'certificates', ['checkType', 'dateDone'])).toBe('stock');
    // a file of the right kind, or one that is neither, is left to the column checks
    expect(looksLikeOtherKind(certificates, 'certificates', [])).toBeNull();
    expect(looksLikeOtherKind(['Property ref', 'Address'], 'stock', ['uprn', 'estate'])).toBeNull();
    expect(looksLikeSentence('stock', 'certificates')).toBe('This looks like a certificates file, not a stock file');
  });

  it('labels a date after today a projection', () => {
    expect(isProjected('2027-03-31', '2026-12-03')).toBe(true);
    expect(isProjected('2026-12-03', '2026-12-03')).toBe(false);
    expect(projectedNote('2027-03-31')).toBe('Projected as at 31 Mar 2027 (a future date: certificates not yet done count as missing).');
  });
});
