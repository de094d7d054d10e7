import { describe, expect, it } from 'vitest';
import { count, counted, plural } from '../../shared/domain/plural';
import { overdueWhere } from '../../shared/domain/overdueLabels';
import { progressChartAlt, progressSentence } from '../../main/exports/docx/publicSections';

describe('counts with their nouns', () => {
  it('says "1 person", never "1 people"', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(0, 'person', 'people')).toBe('0 people');
    expect(plural(1, 'home')).toBe('1 home');
    expect(plural(3, 'home')).toBe('3 homes');
    expect(plural(1, 'policy', 'policies')).toBe('1 policy');
    expect(plural(100000, 'row', 'rows', (n) => n.toLocaleString('en-GB'))).toBe('100,000 rows');
    // as the screen shows a count
    expect(counted(46081, 'home')).toBe('46,081 homes');
    expect(counted(1, 'person', 'people')).toBe('1 person');
    expect(count(1234567)).toBe('1,234,567');
  });

  it('names a communal check of a block with one home in the singular', () => {
    const block = { scope: 'block' as const, uprn: null, address: null, blockName: 'Ash House', estateName: 'Northgate Estate', liftName: null };
    expect(overdueWhere({ ...block, homes: 1 })).toBe('Ash House, Northgate Estate (communal, 1 home)');
    expect(overdueWhere({ ...block, homes: 20 })).toBe('Ash House, Northgate Estate (communal, 20 homes)');
  });

  it('public documents count a programme of one recommendation in the singular', () => {
    const one = { total: 1, completed: 1, inProgress: 0, notStarted: 0, onHold: 0 };
    expect(progressSentence(one)).toBe('There is 1 recommendation: it has been completed.');
    expect(progressChartAlt(one)).toBe('Bar chart of progress on the 1 recommendation: 1 completed, 0 in progress, 0 not started.');
  });
});
