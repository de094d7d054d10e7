import { useCallback, useEffect, useState } from 'react';

/**
 * A side panel's record: loaded when the panel opens, loaded again after each change made in it
 * (which also tells the page behind, so its list stays true).
 */
export function usePanelRecord<T>(load: () => Promise<T>, onChanged: () => void) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => load().then(setValue, (e) => setError((e as Error).message)), [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const changed = useCallback(() => {
    void reload();
    onChanged();
  }, [reload, onChanged]);
  return { value, error, changed };
}
