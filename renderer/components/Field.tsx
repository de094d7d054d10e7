import { useId, type ReactNode } from 'react';
import { formatDateShort, parseUkDate } from '../../shared/domain/dates';

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its error shown next to it. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && (
        <div className="error-text" id={errorId} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** Shows an ISO date as dd/mm/yyyy; reads back whatever the user typed (ISO when it is a real date). */
export function toDateText(iso: string | null | undefined): string {
  return iso ? formatDateShort(iso) : '';
}

/** Text typed into a date box -> what to send: ISO for a real date, null for blank, else the raw text (main will refuse it). */
export function fromDateText(text: string): string | null {
  if (text.trim() === '') return null;
  return parseUkDate(text) ?? text.trim();
}
