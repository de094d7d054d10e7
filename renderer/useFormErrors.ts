import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api';
import { labelOfField } from '../shared/domain/fieldLabels';

/**
 * Keeps the errors of a form's last submit, as the GOV.UK error summary pattern does: every
 * problem main found is shown at once, each about one of the form's own fields next to that
 * field, anything else on top of the form; the first is scrolled into view and focused, and the
 * form's buttons can show a summary ("2 problems: Title, Target date").
 */
export function useFormErrors(fields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [shown, setShown] = useState(0);
  // The form being submitted, taken from the focus when the submit starts: by the time main
  // answers, a button disabled while saving has already lost the focus to the page body.
  const form = useRef<HTMLFormElement | null>(null);

  const takeForm = () => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('form')) form.current = active.closest('form');
  };

  useEffect(() => {
    if (!shown || !form.current?.isConnected) return;
    // The summary names the fields by the labels on the screen, in the order they appear.
    const invalid = [...form.current.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
    const names = invalid.map(screenLabel).filter((n): n is string => Boolean(n));
    if (form.current.querySelector('.error-banner')) names.unshift('see the message at the top');
    const count = Math.max(names.length, 1);
    setSummary(`${count} ${count === 1 ? 'problem' : 'problems'}: ${names.join(', ') || 'see the message at the top'}.`);
    const first = form.current.querySelector<HTMLElement>('.error-banner') ?? invalid[0];
    if (!first) return;
    if (first.classList.contains('error-banner')) first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [shown]);

  return {
    fieldErrors,
    formError,
    /** "2 problems: Title, Target date", to show next to the button that was pressed */
    summary,
    clear() {
      takeForm();
      setFieldErrors({});
      setFormError(null);
      setSummary(null);
    },
    show(e: unknown) {
      takeForm();
      const problems =
        e instanceof ApiError && e.problems.length ? e.problems : [{ field: e instanceof ApiError ? e.field : undefined, message: (e as Error).message }];
      const own: Record<string, string> = {};
      const other: string[] = [];
      for (const p of problems) {
        if (p.field && fields.includes(p.field)) own[p.field] ??= p.message;
        else other.push(`${p.field ? `${labelOfField(p.field)}: ` : ''}${p.message}`);
      }
      setFieldErrors(own);
      setFormError(other.length ? other.join(' ') : null);
      setShown((n) => n + 1);
    },
  };
}

function screenLabel(el: HTMLElement): string | null {
  const label =
    (el as HTMLInputElement).labels?.[0]?.textContent ?? el.closest('fieldset')?.querySelector('legend')?.textContent ?? el.getAttribute('aria-label');
  return label?.trim() || null;
}
