import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Committee, Meeting } from '../../shared/contract';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText } from '../components/Field';
import { useFormErrors } from '../useFormErrors';
import { navigate } from '../useRoute';
import { MeetingDateInput } from './MeetingDateInput';
import { MeetingDetail } from './MeetingDetail';
import { MEETING_STATUS_LABELS } from './meetingLabels';

export function MeetingsPage({ params }: { params: URLSearchParams }) {
  const selected = Number(params.get('meeting')) || null;
  const [committees, setCommittees] = useState<Committee[]>([]);
  const [meetings, setMeetings] = useState<Meeting[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const [c, m] = await Promise.all([call('committees.list', {}), call('meetings.list', {})]);
      setCommittees(c);
      setMeetings(m);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section>
      <h1>Meetings and papers</h1>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      <div className="two-col wide-right">
        <div>
          <div className="card">
            <h2>Meetings</h2>
            {meetings.length === 0 ? (
              <p>No meetings yet.</p>
            ) : (
              <table className="simple-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Committee</th>
                    <th scope="col">Status</th>
                    <th scope="col">Items</th>
                  </tr>
                </thead>
                <tbody>
                  {meetings.map((m) => (
                    <tr key={m.id} className={m.id === selected ? 'selected' : undefined}>
                      <td>
                        <a href={`#/meetings?meeting=${m.id}`}>{formatDateShort(m.meetingDate)}</a>
                      </td>
                      <td>{m.committeeName}</td>
                      <td>
                        <span className={`badge meeting-${m.status}`}>{MEETING_STATUS_LABELS[m.status]}</span>
                        {m.postponedToDate && <span className="small muted"> to {formatDateShort(m.postponedToDate)}</span>}
                      </td>
                      <td>{m.items.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <NewMeeting
            committees={committees}
            onCreated={async (m) => {
              await load();
              navigate('meetings', { meeting: m.id });
            }}
            onCommittee={load}
          />
        </div>
        <div>
          {selected ? (
            <MeetingDetail key={selected} id={selected} onChanged={load} />
          ) : (
            <p className="card">Choose a meeting to see its agenda, record decisions or write its papers.</p>
          )}
        </div>
      </div>
    </section>
  );
}

function NewMeeting({ committees, onCreated, onCommittee }: { committees: Committee[]; onCreated(m: Meeting): void; onCommittee(): void }) {
  const { info } = useAppData();
  const [committeeId, setCommitteeId] = useState('');
  const [date, setDate] = useState('');
  const [deadline, setDeadline] = useState('');
  const [confirmPast, setConfirmPast] = useState(false);
  const [newCommittee, setNewCommittee] = useState('');
  const errors = useFormErrors(['committeeId', 'meetingDate', 'papersDeadline']);
  const committeeErrors = useFormErrors(['name']);
  const iso = fromDateText(date);
  const past = iso !== null && iso < info.today;
  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onCreated(
        await call('meetings.create', {
          committeeId: Number(committeeId || committees[0]?.id),
          meetingDate: iso ?? '',
          papersDeadline: fromDateText(deadline),
          confirmPast,
        }),
      );
      setDate('');
      setDeadline('');
      setConfirmPast(false);
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <div className="card">
      <form onSubmit={submit} noValidate aria-label="Add a meeting">
        <h2>Add a meeting</h2>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="Committee" error={errors.fieldErrors.committeeId}>
          {(p) => (
            <select {...p} value={committeeId} onChange={(e) => setCommitteeId(e.target.value)}>
              {committees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="row2">
          <Field label="Meeting date" hint="dd/mm/yyyy" error={errors.fieldErrors.meetingDate}>
            {(p) => <MeetingDateInput field={p} value={date} onChange={setDate} />}
          </Field>
          <Field label="Papers deadline" hint="dd/mm/yyyy" error={errors.fieldErrors.papersDeadline}>
            {(p) => <input {...p} value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
          </Field>
        </div>
        {past && (
          <div className="warning-banner" role="status">
            This date is in the past.{' '}
            <label>
              <input type="checkbox" checked={confirmPast} onChange={(e) => setConfirmPast(e.target.checked)} /> Record it as a meeting that has already been
              held
            </label>
          </div>
        )}
        <button type="submit" className="primary" disabled={committees.length === 0}>
          Add meeting
        </button>
      </form>
      <form
        className="inline-form"
        noValidate
        aria-label="Add a committee"
        onSubmit={async (e) => {
          e.preventDefault();
          committeeErrors.clear();
          try {
            await call('committees.create', { name: newCommittee });
            setNewCommittee('');
            onCommittee();
          } catch (err) {
            committeeErrors.show(err);
          }
        }}
      >
        <Field label="New committee" error={committeeErrors.fieldErrors.name}>
          {(p) => <input {...p} value={newCommittee} onChange={(e) => setNewCommittee(e.target.value)} />}
        </Field>
        {committeeErrors.formError && (
          <div className="error-banner" role="alert">
            {committeeErrors.formError}
          </div>
        )}
        <button type="submit">Add committee</button>
      </form>
    </div>
  );
}
