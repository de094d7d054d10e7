import { useState, type FormEvent } from 'react';
import type { ActionItem, RecommendationDetail } from '../../shared/contract';
import { REC_STATUSES, REC_STATUS_LABELS, type RecStatus } from '../../shared/domain/actionPlan';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { FormActions } from '../components/FormActions';

type Changed = (d: RecommendationDetail) => void;

export function ActionsList({ detail, onChanged }: { detail: RecommendationDetail; onChanged: Changed }) {
  const { people, info } = useAppData();
  const toast = useToast();
  const [editing, setEditing] = useState<number | null>(null);

  async function update(id: number, patch: { status?: RecStatus; ownerId?: number | null }) {
    try {
      onChanged(await call('actions.update', { id, patch }));
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }

  async function remove(id: number, name: string) {
    if (!window.confirm(`Delete the action “${name}”?`)) return;
    try {
      onChanged(await call('actions.delete', { id }));
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }

  return (
    <div>
      {detail.actions.length === 0 ? (
        <p>No actions yet.</p>
      ) : (
        // Two columns, so that the panel's width goes to the action's words: its due date and the
        // buttons sit under the title, owner and status one above the other.
        <table className="simple-table actions-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner and status</th>
            </tr>
          </thead>
          <tbody>
            {detail.actions.map((a) => {
              const late = a.status !== 'completed' && a.dueDate !== null && a.dueDate < info.today;
              return editing === a.id ? (
                <tr key={a.id}>
                  <td colSpan={2}>
                    <ActionEditor
                      action={a}
                      onSaved={(d) => {
                        onChanged(d);
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={a.id}>
                  <td>
                    <div className="action-title">{a.title}</div>
                    <div className={`small${late ? ' late' : ' muted'}`}>
                      {a.dueDate === null ? 'No due date' : `Due ${formatDateShort(a.dueDate)}`}
                      {late && ' (overdue)'}
                    </div>
                    <div className="row-buttons">
                      <button type="button" className="link" onClick={() => setEditing(a.id)} aria-label={`Edit action ${a.title}`}>
                        Edit
                      </button>
                      <button type="button" className="link danger" onClick={() => remove(a.id, a.title)} aria-label={`Delete action ${a.title}`}>
                        Delete
                      </button>
                    </div>
                  </td>
                  <td className="stacked">
                    <select
                      aria-label={`Owner of ${a.title}`}
                      value={a.ownerId ?? ''}
                      onChange={(e) => update(a.id, { ownerId: e.target.value ? Number(e.target.value) : null })}
                    >
                      <option value="">No owner</option>
                      {people
                        .filter((p) => p.active || p.id === a.ownerId)
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                    </select>
                    <select aria-label={`Status of ${a.title}`} value={a.status} onChange={(e) => update(a.id, { status: e.target.value as RecStatus })}>
                      {REC_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {REC_STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <NewAction detail={detail} onChanged={onChanged} />
    </div>
  );
}

function ActionEditor({ action, onSaved, onCancel }: { action: ActionItem; onSaved: Changed; onCancel(): void }) {
  const [title, setTitle] = useState(action.title);
  const [due, setDue] = useState(toDateText(action.dueDate));
  const errors = useFormErrors(['title', 'dueDate']);
  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const patch: { title?: string; dueDate?: string | null } = {};
    if (title !== action.title) patch.title = title;
    if (fromDateText(due) !== action.dueDate) patch.dueDate = fromDateText(due);
    if (Object.keys(patch).length === 0) return onCancel();
    try {
      onSaved(await call('actions.update', { id: action.id, patch }));
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={save} noValidate aria-label={`Edit action ${action.title}`}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Action" error={errors.fieldErrors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Due date" hint="dd/mm/yyyy" error={errors.fieldErrors.dueDate}>
        {(p) => <input {...p} value={due} onChange={(e) => setDue(e.target.value)} className="narrow" />}
      </Field>
      <FormActions submit="Save action" onCancel={onCancel} />
    </form>
  );
}

function NewAction({ detail, onChanged }: { detail: RecommendationDetail; onChanged: Changed }) {
  const { people } = useAppData();
  const errors = useFormErrors(['title', 'ownerId', 'dueDate', 'status']);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');

  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onChanged(
        await call('actions.create', {
          recommendationId: detail.id,
          title,
          ownerId: ownerId ? Number(ownerId) : null,
          dueDate: fromDateText(due),
          status: 'not_started',
        }),
      );
      setTitle('');
      setDue('');
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <form onSubmit={add} className="inline-form" noValidate aria-label="Add an action">
      <h3>Add an action</h3>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Action" error={errors.fieldErrors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="row2">
        <Field label="Owner" error={errors.fieldErrors.ownerId}>
          {(p) => (
            <select {...p} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">No owner</option>
              {people
                .filter((x) => x.active)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="Due date" hint="dd/mm/yyyy" error={errors.fieldErrors.dueDate}>
          {(p) => <input {...p} value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
      </div>
      <button type="submit">Add action</button>
    </form>
  );
}
