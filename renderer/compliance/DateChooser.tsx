import { useId, useState } from 'react';
import { notARealDate, parseUkDate } from '../../shared/domain/dates';
import { toDateText } from '../components/Field';

/**
 * An "as at" date box: Enter, or leaving the box, applies a real date (dd/mm/yyyy, d/m/yy or ISO);
 * anything else is explained beside the box and the date in use stays as it was.
 */
export function DateChooser({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  const id = useId();
  const [text, setText] = useState(toDateText(value));
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const iso = parseUkDate(text);
    if (!iso) {
      setError(notARealDate(label));
      return;
    }
    setError(null);
    setText(toDateText(iso));
    if (iso !== value) onChange(iso);
  }

  return (
    <div className={`date-chooser${error ? ' field-error' : ''}`}>
      <label className="inline" htmlFor={id}>
        {label}
      </label>{' '}
      <input
        id={id}
        className="narrow"
        value={text}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      {error && (
        <div className="error-text" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
