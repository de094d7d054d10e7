// The toasts on screen: the same message again is one toast with a count, not another copy, and
// only the newest few are kept so they never cover the page.

export interface ToastItem {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** how many times this message came while it was showing */
  times: number;
}

export const MAX_TOASTS = 3;

/** The list with `next` added: an identical message showing already moves to the end with its count raised. */
export function withToast(list: readonly ToastItem[], next: Omit<ToastItem, 'times'>, max = MAX_TOASTS): ToastItem[] {
  const same = list.find((t) => t.kind === next.kind && t.text === next.text);
  const rest = list.filter((t) => t !== same);
  return [...rest, { ...next, times: (same?.times ?? 0) + 1 }].slice(-max);
}

/** The text to show: with "(3 times)" when it came more than once. */
export const toastText = (t: ToastItem): string => (t.times > 1 ? `${t.text} (${t.times} times)` : t.text);
