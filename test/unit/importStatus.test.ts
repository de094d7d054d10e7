import { describe, expect, it } from 'vitest';
import { forStatus, LISTED_PROBLEMS } from '../../shared/domain/importReport';

// What the import screen's polling is sent: bounded however bad the file.

const problem = (row: number, message = 'Date done: “x” is not a real date.') => ({ row, column: 'Date done', message });

describe('an import report for the screen', () => {
  it('lists the first 500 problems of a refused file with how many there are, each message a few lines at most', () => {
    const report = { applied: false, problems: Array.from({ length: 20_000 }, (_, i) => problem(i + 2, i === 0 ? 'x'.repeat(1_000_000) : undefined)) };
    const sent = forStatus(report);
    expect(sent.problems).toHaveLength(LISTED_PROBLEMS);
    expect(sent.problemCount).toBe(20_000);
    expect(sent.problems[0]!.message).toHaveLength(300);
    expect(sent.problems[0]!.message.endsWith('…')).toBe(true);
    expect(JSON.stringify(sent).length).toBeLessThan(100_000);
    expect(report.problems).toHaveLength(20_000);
  });

  it('keeps every problem of an applied import (they say which rows were skipped), and a short report as it is', () => {
    const applied = { applied: true, problems: Array.from({ length: 600 }, (_, i) => problem(i + 2)) };
    expect(forStatus(applied).problems).toHaveLength(600);
    const short = { applied: false, problems: [problem(2)] };
    expect(forStatus(short)).toEqual({ ...short, problemCount: 1 });
  });
});
