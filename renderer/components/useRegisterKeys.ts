import { useEffect, useRef, type RefObject } from 'react';

/**
 * The keys every register page answers: Ctrl/Cmd+F focuses its search box; Esc closes the side
 * panel (`onEscape`, when a panel is open), except while a grid cell is being edited.
 */
export function useRegisterKeys(searchBox: RefObject<HTMLInputElement | null>, onEscape: (() => void) | null): void {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      }
      const editingCell = e.target instanceof HTMLElement && e.target.closest('.ag-cell-inline-editing');
      if (e.key === 'Escape' && escape.current && !editingCell) escape.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchBox]);
}
