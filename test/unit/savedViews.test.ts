import { describe, expect, it } from 'vitest';
import { keptByView, openingView, type SavedView } from '../../renderer/components/useSavedViews';

// A register's saved views: each keeps the rows its rule keeps; a view without a rule keeps them all.

type Row = { status: 'open' | 'done' };
const views: SavedView<Row, 'all' | 'open'>[] = [
  { id: 'all', label: 'All' },
  { id: 'open', label: 'Not completed', keeps: (r) => r.status === 'open' },
];
const rows: Row[] = [{ status: 'open' }, { status: 'done' }];

describe('saved views', () => {
  it('keeps the rows the chosen view keeps', () => {
    expect(rows.filter(keptByView(views, 'open'))).toEqual([{ status: 'open' }]);
  });

  it('keeps every row in a view without a rule, or one not in the list', () => {
    expect(rows.filter(keptByView(views, 'all'))).toEqual(rows);
    expect(rows.filter(keptByView(views, 'gone' as 'all'))).toEqual(rows);
  });

  it('opens at the view last chosen while it still exists, else at the first', () => {
    expect(openingView(views, 'open')).toBe('open');
    expect(openingView(views, 'gone')).toBe('all');
    expect(openingView(views, null)).toBe('all');
  });
});
