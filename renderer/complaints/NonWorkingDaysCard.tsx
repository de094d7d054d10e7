import { useEffect, useState, type FormEvent } from 'react';
import type { NonWorkingDay, NonWorkingDaysResult } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { Field, fromDateText } from '../components/Field';
import { useFormErrors } from '../useFormErrors';

const recomputedSentence = (n: number) =>
  n === 0 ? 'No complaint’s due dates changed.' : `${counted(n, 'complaint stage')} had ${n === 1 ? 'its' : 'their'} due dates worked out again.`;

/**
 * The landlord's own non-working days (office closures), which the complaint clocks skip besides
 * weekends and bank holidays. Adding or removing one works every stored due date out again.
 */
export function NonWorkingDaysCard() {
  const [days, setDays] = useState<NonWorkingDay[] | null>(null);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(['date', 'name']);
  useEffect(() => {
    call('nonWorkingDays.list', {}).then(setDays, (e) => errors.show(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changed = (r: NonWorkingDaysResult, what: string) => {
    setDays(r.days);
    setDone(`${what} ${recomputedSentence(r.recomputed)}`);
  };
  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setDone(null);
    try {
      const r = await call('nonWorkingDays.add', { date: fromDateText(date) ?? '', name });
      setDate('');
      setName('');
      changed(r, 'Added.');
    } catch (err) {
      errors.show(err);
    }
  }
  async function remove(d: NonWorkingDay) {
    errors.clear();
    setDone(null);
    try {
      changed(await call('nonWorkingDays.remove', { id: d.id }), `${formatDateLong(d.date)} removed.`);
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <div className="card" role="region" aria-label="Non-working days">
      <h2>Non-working days for complaints</h2>
      <p className="hint">
        Complaint timescales count working days: weekends and bank holidays in England and Wales are left out already. Add the days your offices close besides
        those.
      </p>
      {days && days.length === 0 && <p className="muted">None recorded.</p>}
      {days && days.length > 0 && (
        <table className="simple-table" aria-label="Non-working days">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Name</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.id}>
                <td>{formatDateLong(d.date)}</td>
                <td>{d.name}</td>
                <td>
                  <button type="button" className="link danger" onClick={() => void remove(d)} aria-label={`Remove ${formatDateLong(d.date)}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={add} noValidate aria-label="Add a non-working day">
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="Date" hint="For example 29/12/2025" error={errors.fieldErrors.date}>
          {(p) => <input {...p} className="narrow" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Name" error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit">Add non-working day</button>
      </form>
      {done && (
        <p role="status" className="muted">
          {done}
        </p>
      )}
    </div>
  );
}
