import { useState, type FormEvent } from 'react';
import type { NoAccessRow } from '../../shared/contract';
import { CHECK_TYPE_LABELS } from '../../shared/domain/compliance';
import { formatDateLong, formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { FormActions } from '../components/FormActions';

const COLUMNS = 5;

/** One no-access visit in the table: shown, or corrected in place (date and notes), or deleted after asking. */
export function NoAccessVisit({ visit: x, onChanged }: { visit: NoAccessRow; onChanged(): void }) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const what = `${CHECK_TYPE_LABELS[x.checkType]} visit on ${formatDateShort(x.visitDate)}`;
  async function remove() {
    if (!window.confirm(`Delete the no-access ${what}? This cannot be undone.`)) return;
    try {
      await call('noAccess.delete', { id: x.id });
      toast('info', 'No-access visit deleted.');
      onChanged();
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }
  if (editing) {
    return (
      <tr>
        <td colSpan={COLUMNS}>
          <EditVisit
            visit={x}
            what={what}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onChanged();
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="nowrap">{formatDateShort(x.visitDate)}</td>
      <td>{CHECK_TYPE_LABELS[x.checkType]}</td>
      <td>{x.homeId ? 'Home' : 'Block'}</td>
      <td>{x.notes}</td>
      <td className="nowrap">
        <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Edit the ${what}`}>
          Edit
        </button>
        <button type="button" className="link danger" onClick={() => void remove()} aria-label={`Delete the ${what}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

function EditVisit({ visit: x, what, onSaved, onCancel }: { visit: NoAccessRow; what: string; onSaved(): void; onCancel(): void }) {
  const toast = useToast();
  const [v, setV] = useState({ visitDate: toDateText(x.visitDate), notes: x.notes });
  const errors = useFormErrors(['visitDate', 'notes']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const patch: { visitDate?: string; notes?: string } = {};
    const date = fromDateText(v.visitDate);
    if (date !== x.visitDate) patch.visitDate = date as string;
    if (v.notes.trim() !== x.notes) patch.notes = v.notes;
    if (Object.keys(patch).length === 0) return onCancel();
    try {
      const saved = await call('noAccess.update', { id: x.id, patch });
      toast('info', `No-access visit saved: ${formatDateLong(saved.visitDate)}.`);
      onSaved();
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  return (
    <form onSubmit={submit} noValidate aria-label={`Edit the ${what}`}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="Visit date" hint="dd/mm/yyyy" error={errors.fieldErrors.visitDate}>
          {(p) => <input {...p} value={v.visitDate} onChange={set('visitDate')} />}
        </Field>
        <Field label="Notes" error={errors.fieldErrors.notes}>
          {(p) => <input {...p} value={v.notes} onChange={set('notes')} />}
        </Field>
      </div>
      <FormActions submit="Save visit" onCancel={onCancel} />
    </form>
  );
}
