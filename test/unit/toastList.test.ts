import { describe, expect, it } from 'vitest';
import { MAX_TOASTS, toastText, withToast, type ToastItem } from '../../renderer/components/toastList';

// Toasts do not pile up: repeats are counted in one toast and only the newest few show.

const add = (list: ToastItem[], id: number, text: string, kind: ToastItem['kind'] = 'info') => withToast(list, { id, kind, text });

describe('the toasts on screen', () => {
  it('keep only the newest few', () => {
    let list: ToastItem[] = [];
    for (let i = 1; i <= 6; i++) list = add(list, i, `Saved ${i}`);
    expect(list.map((t) => t.id)).toEqual([4, 5, 6]);
    expect(list).toHaveLength(MAX_TOASTS);
  });

  it('count a repeated message in one toast, moved to the newest place under its new id', () => {
    let list = add([], 1, 'Saved');
    list = add(list, 2, 'Could not save', 'error');
    list = add(list, 3, 'Saved');
    list = add(list, 4, 'Saved');
    expect(list.map((t) => [t.id, t.text, t.times])).toEqual([
      [2, 'Could not save', 1],
      [4, 'Saved', 3],
    ]);
    expect(list.map(toastText)).toEqual(['Could not save', 'Saved (3 times)']);
  });

  it('tell an error from a notice with the same words', () => {
    const list = add(add([], 1, 'Done'), 2, 'Done', 'error');
    expect(list.map((t) => t.kind)).toEqual(['info', 'error']);
  });
});
