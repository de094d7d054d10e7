import { useState, type FormEvent } from 'react';
import type { BlockDetail, LiftRow } from '../../shared/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

/** A block's lifts: rename one, or remove one that has no certificates. */
export function LiftList({ block, onChanged }: { block: BlockDetail; onChanged(): void }) {
  if (block.lifts.length === 0) return <p className="muted">No passenger lifts. Raise the number of passenger lifts above to add them.</p>;
  return (
    <ul className="plain lift-list" aria-label="Lifts">
      {block.lifts.map((l) => (
        <LiftItem key={`${l.id}-${l.name}`} lift={l} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function LiftItem({ lift, onChanged }: { lift: LiftRow; onChanged(): void }) {
  const toast = useToast();
  const [name, setName] = useState(lift.name);
  const errors = useFormErrors(['name']);
  async function rename(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    if (name.trim() === lift.name) return;
    try {
      await call('lifts.rename', { id: lift.id, name });
      toast('info', 'Lift renamed.');
      onChanged();
    } catch (err) {
      errors.show(err);
    }
  }
  async function remove() {
    if (!window.confirm(`Remove ${lift.name}? It has no certificates.`)) return;
    try {
      await call('lifts.remove', { id: lift.id });
      onChanged();
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }
  return (
    <li>
      <form onSubmit={rename} noValidate className="lift-row" aria-label={`Lift number ${lift.number}`}>
        <Field label={`Lift ${lift.number} name`} error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <span className="small muted">{lift.certificates ? `${lift.certificates} certificate${lift.certificates === 1 ? '' : 's'}` : 'No certificates'}</span>
        <button type="submit">Rename</button>
        {lift.certificates === 0 && (
          <button type="button" className="danger" onClick={remove}>
            Remove
          </button>
        )}
      </form>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
    </li>
  );
}
