import { useState, type FormEvent } from 'react';
import type { EstateRow } from '../../shared/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

/** The estates with their counts; add one, rename one, or show only its blocks. */
export function EstatesCard({
  estates,
  selected,
  onSelect,
  onChanged,
}: {
  estates: EstateRow[];
  selected: number | null;
  onSelect(id: number | null): void;
  onChanged(): void;
}) {
  const toast = useToast();
  const [editing, setEditing] = useState<number | null>(null);
  const [name, setName] = useState('');
  const errors = useFormErrors(['name']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      if (editing) await call('estates.update', { id: editing, patch: { name } });
      else await call('estates.create', { name });
      toast('info', editing ? 'Estate renamed.' : 'Estate added.');
      setEditing(null);
      setName('');
      onChanged();
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <div className="card">
      <h2>Estates</h2>
      <table className="simple-table" aria-label="Estates">
        <thead>
          <tr>
            <th scope="col">Estate</th>
            <th scope="col">Blocks</th>
            <th scope="col">Homes</th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {estates.map((e) => (
            <tr key={e.id} aria-selected={selected === e.id}>
              <td>
                <button type="button" className="link" aria-pressed={selected === e.id} onClick={() => onSelect(selected === e.id ? null : e.id)}>
                  {e.name}
                </button>
              </td>
              <td>{e.blocks}</td>
              <td>{e.homes}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setEditing(e.id);
                    setName(e.name);
                    errors.clear();
                  }}
                  aria-label={`Rename ${e.name}`}
                >
                  Rename
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} noValidate className="inline-form" aria-label={editing ? 'Rename estate' : 'Add an estate'}>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label={editing ? 'New name for the estate' : 'New estate'} error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit">{editing ? 'Rename estate' : 'Add estate'}</button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setName('');
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
