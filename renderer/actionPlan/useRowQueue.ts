import { useCallback, useRef } from 'react';

/**
 * Saves to one record run one after another, in the order the user made them, so that two quick
 * edits of the same row are both applied and the row ends showing the result of the last.
 */
export function useRowQueue() {
  const queues = useRef(new Map<number, Promise<void>>());
  return useCallback((id: number, task: () => Promise<void>) => {
    const previous = queues.current.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.current.set(id, next);
    void next.finally(() => {
      if (queues.current.get(id) === next) queues.current.delete(id);
    });
    return next;
  }, []);
}
