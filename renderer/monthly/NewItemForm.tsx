import { useState, type FormEvent } from 'react';
import type { MonthView, RecommendationRow } from '../../shared/contract';
import { inMonth, firstDay } from '../../shared/domain/months';
import { call } from '../api';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useFormErrors } from '../useFormErrors';

interface Props {
  programmeId: number;
  month: string;
  recs: RecommendationRow[];
  today: string;
  onChanged(v: MonthView): void;
}

export function NewItemForm({ programmeId, month, recs, today, onChanged }: Props) {
  const [body, setBody] = useState('');
  const [date, setDate] = useState(toDateText(inMonth(today, month) ? today : firstDay(month)));
  const [rec, setRec] = useState('');
  const errors = useFormErrors(['itemDate', 'body', 'recommendationId']);

  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onChanged(await call('monthly.addItem', { programmeId, month, itemDate: fromDateText(date) ?? '', body, recommendationId: rec ? Number(rec) : null }));
      setBody('');
      setRec('');
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <form onSubmit={add} className="inline-form" noValidate aria-label="Add a bullet">
      <h3>Add a bullet</h3>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Bullet text (plain English, no names)" error={errors.fieldErrors.body}>
        {(p) => <textarea {...p} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <div className="row2">
        <Field label="Date" hint="dd/mm/yyyy, within the month" error={errors.fieldErrors.itemDate}>
          {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Linked recommendation (optional)" error={errors.fieldErrors.recommendationId}>
          {(p) => (
            <select {...p} value={rec} onChange={(e) => setRec(e.target.value)}>
              <option value="">None</option>
              {recs.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.ref}: {r.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit">Add bullet</button>
    </form>
  );
}
