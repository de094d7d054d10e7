import { useState, type FormEvent } from 'react';
import { counted } from '../../shared/domain/plural';
import { useFormErrors } from '../useFormErrors';
import { Field } from './Field';

/**
 * A card listing named groups of people (teams, job roles) with how many people are in each, and a
 * one-field form that adds one. A refused name is shown next to the field, any other error above it.
 */
export function NamedListCard({
  title,
  noun,
  items,
  create,
  onAdded,
}: {
  title: string;
  /** "team": the field reads "New team", the button "Add team" */
  noun: string;
  items: readonly { id: number; name: string; peopleCount: number }[];
  create(name: string): Promise<unknown>;
  onAdded(): Promise<void>;
}) {
  const [name, setName] = useState('');
  const errors = useFormErrors(['name']);
  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      await create(name);
      setName('');
      await onAdded();
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <div className="card">
      <h2>{title}</h2>
      <ul>
        {items.map((t) => (
          <li key={t.id}>
            {t.name} <span className="muted">({counted(t.peopleCount, 'person', 'people')})</span>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="inline-form">
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label={`New ${noun}`} error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit">Add {noun}</button>
      </form>
    </div>
  );
}
