import { useState, type FormEvent } from 'react';
import type { RemedialRow } from '../../shared/contract';
import { REMEDIAL_PRIORITIES, REMEDIAL_PRIORITY_LABELS } from '../../shared/domain/compliance';
import { formatDateLong, formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { FormActions } from '../components/FormActions';

/**
 * Adds a remedial action to a certificate (the due date follows the priority unless given); given
 * a `remedial`, edits it instead, sending only the fields changed (a completion date cleared reopens it).
 */
export function RemedialForm({
  certificateId,
  remedial: r,
  onSaved,
  onCancel,
}: {
  certificateId: number;
  remedial?: RemedialRow;
  onSaved(): void;
  onCancel(): void;
}) {
  const { people } = useAppData();
  const toast = useToast();
  const [v, setV] = useState({
    description: r?.description ?? '',
    priority: r?.priority ?? '28_days',
    dueDate: toDateText(r?.dueDate),
    ownerId: r?.ownerId ? String(r.ownerId) : '',
    completedDate: toDateText(r?.completedDate),
  });
  const errors = useFormErrors(['description', 'priority', 'dueDate', 'ownerId', 'completedDate']);
  const ownerId = v.ownerId ? Number(v.ownerId) : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      if (!r) {
        await call('remedials.create', { certificateId, description: v.description, priority: v.priority, dueDate: fromDateText(v.dueDate), ownerId });
        return onSaved();
      }
      const patch: Record<string, unknown> = {};
      if (v.description.trim() !== r.description) patch.description = v.description;
      if (v.priority !== r.priority) patch.priority = v.priority;
      if (fromDateText(v.dueDate) !== r.dueDate) patch.dueDate = fromDateText(v.dueDate);
      if (ownerId !== r.ownerId) patch.ownerId = ownerId;
      if (fromDateText(v.completedDate) !== r.completedDate) patch.completedDate = fromDateText(v.completedDate);
      if (Object.keys(patch).length === 0) return onCancel();
      const saved = await call('remedials.update', { id: r.id, patch });
      toast(
        'info',
        `Remedial action saved: ${saved.completedDate ? `completed ${formatDateLong(saved.completedDate)}` : `due ${formatDateLong(saved.dueDate)}`}${saved.ownerName ? `, owner ${saved.ownerName}` : ', no owner'}.`,
      );
      onSaved();
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const fe = errors.fieldErrors;
  // a person who has left stays shown while they own the action
  const owners = people.filter((x) => x.active || x.id === r?.ownerId);
  return (
    <form onSubmit={submit} noValidate aria-label={r ? `Edit ${r.description}` : 'Add a remedial action'} className="inline-form">
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Remedial action" error={fe.description}>
        {(p) => <input {...p} value={v.description} onChange={set('description')} />}
      </Field>
      <div className="row2">
        <Field label="Priority" error={fe.priority}>
          {(p) => (
            <select {...p} value={v.priority} onChange={set('priority')}>
              {REMEDIAL_PRIORITIES.map((x) => (
                <option key={x} value={x}>
                  {REMEDIAL_PRIORITY_LABELS[x]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Due date" hint={r ? 'dd/mm/yyyy. Blank: from the priority' : 'Blank: from the priority'} error={fe.dueDate}>
          {(p) => <input {...p} value={v.dueDate} onChange={set('dueDate')} />}
        </Field>
      </div>
      <div className={r ? 'row2' : undefined}>
        <Field label="Owner" error={fe.ownerId}>
          {(p) => (
            <select {...p} value={v.ownerId} onChange={set('ownerId')}>
              <option value="">No owner</option>
              {owners.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                  {x.active ? '' : ' (left)'}
                </option>
              ))}
            </select>
          )}
        </Field>
        {r && (
          <Field label="Completed on" hint="dd/mm/yyyy. Blank: still open" error={fe.completedDate}>
            {(p) => <input {...p} value={v.completedDate} onChange={set('completedDate')} />}
          </Field>
        )}
      </div>
      <FormActions submit={r ? 'Save remedial action' : 'Add remedial action'} onCancel={onCancel} />
    </form>
  );
}

/** Open, overdue or completed, in words. */
export function RemedialState({ r, today }: { r: RemedialRow; today: string }) {
  if (r.completedDate) return <span className="badge rag-complete">Completed {formatDateShort(r.completedDate)}</span>;
  if (r.dueDate < today) return <span className="badge rag-red">Overdue</span>;
  return <span className="badge rag-amber">Open</span>;
}

/** Marks a remedial action complete on a date (today unless changed). */
export function CompleteRemedial({ r, today, onSaved, onCancel }: { r: RemedialRow; today: string; onSaved(): void; onCancel(): void }) {
  const [date, setDate] = useState(toDateText(today));
  const errors = useFormErrors(['completedDate']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      await call('remedials.complete', { id: r.id, completedDate: fromDateText(date) as string });
      onSaved();
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Complete ${r.description}`}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Completed on" error={errors.fieldErrors.completedDate}>
        {(p) => <input {...p} className="narrow" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <FormActions submit="Mark complete" onCancel={onCancel} />
    </form>
  );
}
