import { useState, type FormEvent } from 'react';
import type { MonthView, MonthlyItem } from '../../shared/contract';
import { formatDateLong, formatMonth } from '../../shared/domain/dates';
import { nextMonth } from '../../shared/domain/months';
import { call } from '../api';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

type Changed = (v: MonthView) => void;

export function ItemList({ view, onChanged }: { view: MonthView; onChanged: Changed }) {
  const toast = useToast();
  const [editing, setEditing] = useState<number | null>(null);
  const [moving, setMoving] = useState<{ id: number; to: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const frozen = view.status === 'published';

  /** One change at a time, so that quick clicks never work from a stale order; true when it was saved. */
  async function act(p: () => Promise<MonthView>, done?: string): Promise<boolean> {
    setBusy(true);
    try {
      onChanged(await p());
      if (done) toast('info', done);
      return true;
    } catch (e) {
      toast('error', (e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  function move(index: number, by: -1 | 1) {
    const ids = view.items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void act(() => call('monthly.reorder', { programmeId: view.programmeId, month: view.month, itemIds: ids }));
  }

  if (view.items.length === 0) return <p>No bullets yet. Add one below, or turn a change from this month into one.</p>;
  return (
    <ol className="bullets" aria-label={`Bullets for ${formatMonth(view.month)}`}>
      {view.items.map((item, i) =>
        editing === item.id ? (
          <li key={item.id}>
            <ItemEditor
              item={item}
              onSaved={(v) => {
                onChanged(v);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : (
          <li key={item.id}>
            <div className="bullet-head">
              <strong>{formatDateLong(item.itemDate)}</strong>
              {item.recommendationRef && <span className="badge vis-public">{item.recommendationRef}</span>}
            </div>
            <p className="note-body">{item.body}</p>
            {!frozen && (
              <div className="bullet-actions">
                <button type="button" className="link" disabled={busy || i === 0} onClick={() => move(i, -1)} aria-label={`Move up: ${item.body.slice(0, 40)}`}>
                  Up
                </button>
                <button
                  type="button"
                  className="link"
                  disabled={busy || i === view.items.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move down: ${item.body.slice(0, 40)}`}
                >
                  Down
                </button>
                <button type="button" className="link" onClick={() => setEditing(item.id)} aria-label={`Edit: ${item.body.slice(0, 40)}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => setMoving({ id: item.id, to: nextMonth(view.month) })}
                  aria-label={`Move to another month: ${item.body.slice(0, 40)}`}
                >
                  Move to another month
                </button>
                <button
                  type="button"
                  className="link danger"
                  disabled={busy}
                  onClick={() => window.confirm('Delete this bullet?') && act(() => call('monthly.deleteItem', { id: item.id }))}
                  aria-label={`Delete: ${item.body.slice(0, 40)}`}
                >
                  Delete
                </button>
              </div>
            )}
            {moving?.id === item.id && (
              <form
                className="move-form"
                aria-label="Move bullet"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(() => call('monthly.moveItem', { id: item.id, toMonth: moving.to }), `Moved to ${formatMonth(moving.to)}.`).then(
                    (ok) => ok && setMoving(null),
                  );
                }}
              >
                <label>
                  Move to{' '}
                  <input type="month" value={moving.to} onChange={(e) => setMoving({ id: item.id, to: e.target.value })} aria-label="Month to move to" />
                </label>{' '}
                <button type="submit" disabled={busy}>
                  Move
                </button>{' '}
                <button type="button" onClick={() => setMoving(null)}>
                  Cancel
                </button>
              </form>
            )}
          </li>
        ),
      )}
    </ol>
  );
}

function ItemEditor({ item, onSaved, onCancel }: { item: MonthlyItem; onSaved: Changed; onCancel(): void }) {
  const [body, setBody] = useState(item.body);
  const [date, setDate] = useState(toDateText(item.itemDate));
  const errors = useFormErrors(['body', 'itemDate']);
  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const patch: { body?: string; itemDate?: string } = {};
    if (body !== item.body) patch.body = body;
    const iso = fromDateText(date) ?? '';
    if (iso !== item.itemDate) patch.itemDate = iso;
    if (!Object.keys(patch).length) return onCancel();
    try {
      onSaved(await call('monthly.updateItem', { id: item.id, patch }));
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={save} noValidate aria-label="Edit bullet">
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Date" hint="dd/mm/yyyy" error={errors.fieldErrors.itemDate}>
        {(p) => <input {...p} className="narrow" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label="Bullet text" error={errors.fieldErrors.body}>
        {(p) => <textarea {...p} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save bullet
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
