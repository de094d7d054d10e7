import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from './FormActions';

interface Props {
  title: string;
  label: string;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks for the reason a change needs (a revised date, an override) before it is sent. */
export function ReasonDialog({ title, label, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setError(`Enter the ${label.toLowerCase()}.`);
      return;
    }
    onConfirm(reason.trim());
  }
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="reason-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="reason-title">{title}</h2>
        <div className={`field${error ? ' field-error' : ''}`}>
          <label htmlFor="reason-input">{label}</label>
          <input
            id="reason-input"
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'reason-error' : undefined}
          />
          {error && (
            <div className="error-text" id="reason-error" role="alert">
              {error}
            </div>
          )}
        </div>
        <FormActions submit="Save" onCancel={onCancel} />
      </form>
    </dialog>
  );
}
