import { describe, expect, it } from 'vitest';
import { formatValue, judge, markdownTable, median, ratio, tableCells, textTable } from '../../scripts/bench/table.mjs';

// The benchmark's table: medians, targets judged, floors as ratios (npm run bench prints it).

describe('the benchmark table', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('judges a time below its target and a rate at least its target', () => {
    expect(judge(99, { below: 100 })).toBe('met');
    expect(judge(100, { below: 100 })).toBe('missed');
    expect(judge(50_000, { atLeast: 50_000 })).toBe('met');
    expect(judge(10_700, { atLeast: 50_000 })).toBe('missed');
    expect(judge(null, { below: 1 })).toBe('–');
    expect(judge(5, undefined)).toBe('–');
  });

  it('gives the ratio to the floor, as how many times slower for a rate too', () => {
    expect(ratio(250, 100, 'ms')).toBe('2.5x');
    expect(ratio(10_000, 500_000, 'rows/s')).toBe('50x');
    expect(ratio(5, null, 'ms')).toBe('–');
  });

  it('formats each unit', () => {
    expect(formatValue(3.14159, 'ms')).toBe('3.1 ms');
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(380.4, 'MB')).toBe('380 MB');
    expect(formatValue(10_700, 'rows/s')).toBe('10,700 rows/s');
  });

  it('prints one row per figure, with its floor and verdict, as text and Markdown', () => {
    const rows = [
      { what: 'BS01-BS05', value: 91, unit: 'ms', runs: 5, target: { below: 100 }, floor: 80, floorWhat: 'plain better-sqlite3' },
      { what: 'Import | 100,000 rows', value: 10_000, unit: 'rows/s', runs: 5, target: { atLeast: 50_000 }, note: 'one transaction' },
    ];
    expect(tableCells(rows)[1]).toEqual(['BS01-BS05', '91 ms', '5', '< 100 ms', 'met', '80 ms (plain better-sqlite3)', '1.1x', '']);
    expect(tableCells(rows)[2]).toEqual(['Import | 100,000 rows', '10,000 rows/s', '5', '≥ 50,000 rows/s', 'missed', '–', '–', 'one transaction']);
    expect(textTable(rows).split('\n')).toHaveLength(4);
    const md = markdownTable(rows).split('\n');
    expect(md[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(md[3]).toContain('Import \\| 100,000 rows');
  });
});
