import { useEffect } from 'react';
import type { GridApi } from 'ag-grid-community';

/** The row opened from a link (dashboard, history) is selected and scrolled into view. */
export function useSelectRow<T>(api: GridApi<T> | null, selectedId: number | null, rows: unknown): void {
  useEffect(() => {
    if (!api || selectedId === null) return;
    const node = api.getRowNode(String(selectedId));
    if (node) {
      node.setSelected(true, true);
      api.ensureNodeVisible(node, 'middle');
    }
  }, [api, selectedId, rows]);
}
