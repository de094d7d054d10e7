import { useState, type FormEvent } from 'react';
import type { PolicyDetail } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

export const CONSULTEE_LABELS = { staff: 'Staff', residents_board: 'Residents’ board', members: 'Members', other: 'Other' } as const;
type Consultee = keyof typeof CONSULTEE_LABELS;

function ConsultationEditor({ c, onSaved, onCancel }: { c: PolicyDetail['consultations'][number]; onSaved(p: PolicyDetail): void; onCancel(): void }) {
  const [v, setV] = useState({ startedOn: toDateText(c.startedOn), endedOn: toDateText(c.endedOn), feedback: c.feedback, response: c.response });
  const errors = useFormErrors(['startedOn', 'endedOn', 'feedback', 'response']);
  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const next = { startedOn: fromDateText(v.startedOn) ?? '', endedOn: fromDateText(v.endedOn), feedback: v.feedback, response: v.response };
    const patch = Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== (c as unknown as Record<string, unknown>)[k]));
    if (!Object.keys(patch).length) return onCancel();
    try {
      onSaved(await call('policies.updateConsultation', { id: c.id, patch }));
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={save} noValidate aria-label={`Edit consultation of ${CONSULTEE_LABELS[c.consultee]}`}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="Started" hint="dd/mm/yyyy" error={errors.fieldErrors.startedOn}>
          {(p) => <input {...p} value={v.startedOn} onChange={(e) => setV({ ...v, startedOn: e.target.value })} />}
        </Field>
        <Field label="Ended" hint="dd/mm/yyyy" error={errors.fieldErrors.endedOn}>
          {(p) => <input {...p} value={v.endedOn} onChange={(e) => setV({ ...v, endedOn: e.target.value })} />}
        </Field>
      </div>
      <Field label="Summary of feedback" error={errors.fieldErrors.feedback}>
        {(p) => <textarea {...p} rows={3} value={v.feedback} onChange={(e) => setV({ ...v, feedback: e.target.value })} />}
      </Field>
      <Field label="Our response" error={errors.fieldErrors.response}>
        {(p) => <textarea {...p} rows={2} value={v.response} onChange={(e) => setV({ ...v, response: e.target.value })} />}
      </Field>
      <button type="submit" className="primary">
        Save
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export function ConsultationLog({ policy, onSaved }: { policy: PolicyDetail; onSaved(p: PolicyDetail): void }) {
  const { info } = useAppData();
  const toast = useToast();
  const [editing, setEditing] = useState<number | null>(null);
  const [consultee, setConsultee] = useState<Consultee>('staff');
  const [startedOn, setStartedOn] = useState(toDateText(info.today));
  const [endedOn, setEndedOn] = useState('');
  const [feedback, setFeedback] = useState('');
  const [response, setResponse] = useState('');
  const errors = useFormErrors(['consultee', 'startedOn', 'endedOn', 'feedback', 'response']);
  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onSaved(
        await call('policies.addConsultation', {
          policyId: policy.id,
          consultee,
          startedOn: fromDateText(startedOn) ?? '',
          endedOn: fromDateText(endedOn),
          feedback,
          response,
        }),
      );
      setFeedback('');
      setResponse('');
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <div>
      {policy.consultations.length === 0 ? (
        <p>No consultation recorded yet.</p>
      ) : (
        <ol className="timeline" aria-label="Consultation log">
          {policy.consultations.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ConsultationEditor
                  c={c}
                  onSaved={(p) => {
                    onSaved(p);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={c.id}>
                <div className="timeline-head">
                  <strong>{CONSULTEE_LABELS[c.consultee]}</strong> {formatDateLong(c.startedOn)}
                  {c.endedOn ? ` to ${formatDateLong(c.endedOn)}` : ' (open)'}
                  <button
                    type="button"
                    className="link"
                    onClick={() => setEditing(c.id)}
                    aria-label={`Edit consultation of ${CONSULTEE_LABELS[c.consultee]} from ${formatDateLong(c.startedOn)}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link danger"
                    onClick={async () => {
                      if (!window.confirm('Delete this consultation record?')) return;
                      try {
                        onSaved(await call('policies.deleteConsultation', { id: c.id }));
                      } catch (err) {
                        toast('error', (err as Error).message);
                      }
                    }}
                  >
                    Delete
                  </button>
                </div>
                {c.feedback && (
                  <p className="note-body">
                    <strong>Feedback:</strong> {c.feedback}
                  </p>
                )}
                {c.response && (
                  <p className="note-body">
                    <strong>Our response:</strong> {c.response}
                  </p>
                )}
              </li>
            ),
          )}
        </ol>
      )}
      <form onSubmit={add} className="inline-form" noValidate aria-label="Record a consultation">
        <h3>Record a consultation</h3>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="Who was consulted" error={errors.fieldErrors.consultee}>
          {(p) => (
            <select {...p} value={consultee} onChange={(e) => setConsultee(e.target.value as Consultee)}>
              {Object.entries(CONSULTEE_LABELS).map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="row2">
          <Field label="Started" hint="dd/mm/yyyy" error={errors.fieldErrors.startedOn}>
            {(p) => <input {...p} value={startedOn} onChange={(e) => setStartedOn(e.target.value)} />}
          </Field>
          <Field label="Ended" hint="dd/mm/yyyy, blank if still open" error={errors.fieldErrors.endedOn}>
            {(p) => <input {...p} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} />}
          </Field>
        </div>
        <Field label="Summary of feedback" error={errors.fieldErrors.feedback}>
          {(p) => <textarea {...p} rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />}
        </Field>
        <Field label="Our response" error={errors.fieldErrors.response}>
          {(p) => <textarea {...p} rows={2} value={response} onChange={(e) => setResponse(e.target.value)} />}
        </Field>
        <button type="submit">Add to the log</button>
      </form>
    </div>
  );
}
