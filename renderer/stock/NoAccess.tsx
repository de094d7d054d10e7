import { useState, type FormEvent } from 'react';
import type { NoAccessRow } from '../../shared/contract';
import { CHECK_TYPES, CHECK_TYPE_LABELS, type CheckType } from '../../shared/domain/compliance';
import { call } from '../api';
import { Field, fromDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { NoAccessVisit } from './NoAccessVisit';

/** Visits that could not get in, and a form to record another (for a home or a block). */
export function NoAccess({ visits, homeId, blockId, onChanged }: { visits: NoAccessRow[]; homeId?: number; blockId?: number; onChanged(): void }) {
  const toast = useToast();
  const [v, setV] = useState({ checkType: (homeId ? 'GAS' : 'FRA') as CheckType, visitDate: '', notes: '' });
  const errors = useFormErrors(['checkType', 'visitDate', 'notes', 'homeId', 'blockId']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      await call('noAccess.create', {
        checkType: v.checkType,
        homeId: homeId ?? null,
        blockId: homeId ? null : (blockId ?? null),
        visitDate: fromDateText(v.visitDate) as string,
        notes: v.notes,
      });
      toast('info', 'No-access visit recorded.');
      setV({ ...v, visitDate: '', notes: '' });
      onChanged();
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value as never });
  return (
    <>
      {visits.length === 0 ? (
        <p className="muted">No visits without access recorded.</p>
      ) : (
        <table className="simple-table" aria-label="No-access visits">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Check</th>
              <th scope="col">Where</th>
              <th scope="col">Notes</th>
              <th scope="col">
                <span className="visually-hidden">Changes</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visits.map((x) => (
              <NoAccessVisit key={x.id} visit={x} onChanged={onChanged} />
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={submit} noValidate aria-label="Record a no-access visit" className="inline-form">
        <h3>Record a no-access visit</h3>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <div className="row2">
          <Field label="Check" error={errors.fieldErrors.checkType}>
            {(p) => (
              <select {...p} value={v.checkType} onChange={set('checkType')}>
                {CHECK_TYPES.map((c) => (
                  <option key={c} value={c}>
                    {CHECK_TYPE_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Visit date" hint="dd/mm/yyyy" error={errors.fieldErrors.visitDate}>
            {(p) => <input {...p} value={v.visitDate} onChange={set('visitDate')} />}
          </Field>
        </div>
        <Field label="Notes" error={errors.fieldErrors.notes}>
          {(p) => <input {...p} value={v.notes} onChange={set('notes')} />}
        </Field>
        <button type="submit">Record no access</button>
      </form>
    </>
  );
}
