import { useCallback, useState } from 'react';

/** A register's saved view: a name on a button, and the rows it keeps (every row when `keeps` is left out). */
export interface SavedView<T, V extends string = string> {
  id: V;
  label: string;
  keeps?(row: T): boolean;
}

/** The rows the chosen view keeps; an unknown view keeps them all. */
export function keptByView<T, V extends string>(views: readonly SavedView<T, V>[], chosen: V): (row: T) => boolean {
  const keeps = views.find((v) => v.id === chosen)?.keeps;
  return keeps ?? (() => true);
}

/** The view a register opens at: the one last chosen there, while it still exists, else the first. */
export function openingView<V extends string>(views: readonly SavedView<unknown, V>[], stored: string | null): V {
  return views.find((v) => v.id === stored)?.id ?? views[0]!.id;
}

const storageKey = (register: string) => `housing-desk:view:${register}`;

function storedView(register: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(register));
  } catch {
    return null;
  }
}

/**
 * The view a register page shows, chosen with `ViewButtons`; the choice is kept for the register
 * (`register`) and comes back when the page is opened again. The page filters its rows with
 * `keeps` along with its search and filters, so the count it shows is the grid's.
 */
export function useSavedViews<T, V extends string>(register: string, views: readonly SavedView<T, V>[]) {
  const [view, setChosen] = useState<V>(() => openingView(views, storedView(register)));
  const setView = useCallback(
    (next: V) => {
      setChosen(next);
      try {
        window.localStorage.setItem(storageKey(register), next);
      } catch {
        // storage can be switched off; the choice then lasts until the page is left
      }
    },
    [register],
  );
  const keeps = useCallback((row: T) => keptByView(views, view)(row), [views, view]);
  return { view, setView, keeps };
}
