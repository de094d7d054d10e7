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

/**
 * The view a register page shows, chosen with `ViewButtons`, starting at the first. The page
 * filters its rows with `keeps` along with its search and filters, so the count it shows is the
 * grid's.
 */
export function useSavedViews<T, V extends string>(views: readonly SavedView<T, V>[]) {
  const [view, setView] = useState<V>(views[0]!.id);
  const keeps = useCallback((row: T) => keptByView(views, view)(row), [views, view]);
  return { view, setView, keeps };
}
