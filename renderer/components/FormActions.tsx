import type { ReactNode } from 'react';

/** A form's buttons: the primary one that submits it, and Cancel where the form can be left. */
export function FormActions({ submit, onCancel, busy = false }: { submit: ReactNode; onCancel?: () => void; busy?: boolean }) {
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
