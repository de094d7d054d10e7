import { useEffect, useState, type FormEvent } from 'react';
import type { AgendaItem, CommitteePaper, Decision, Meeting, PolicyRow } from '../../shared/contract';
import { POLICY_STAGE_LABELS, type PolicyStage } from '../../shared/domain/policies';
import { formatDateLong } from '../../shared/domain/dates';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { navigate } from '../useRoute';
import { HistoryList } from '../actionPlan/HistoryList';
import { MEETING_STATUS_LABELS, formatMeeting } from './meetingLabels';
import { MeetingDateInput } from './MeetingDateInput';

const DECISIONS: Record<Decision, string> = {
  approved: 'Approved',
  approved_with_amendments: 'Approved with amendments',
  deferred: 'Deferred',
  rejected: 'Rejected',
};
const KINDS = { policy_approval: 'Policy for approval', progress_report: 'Progress report', other: 'Other paper' } as const;

export function MeetingDetail({ id, onChanged }: { id: number; onChanged(): void }) {
  const [m, setM] = useState<Meeting | null>(null);
  const [policies, setPolicies] = useState<PolicyRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([call('meetings.get', { id }), call('policies.list', {})]).then(
      ([meeting, p]) => {
        setM(meeting);
        setPolicies(p);
      },
      (e) => setError((e as Error).message),
    );
  }, [id]);
  const accept = (next: Meeting) => {
    setM(next);
    onChanged();
    if (next.id !== id) navigate('meetings', { meeting: next.id });
  };
  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!m) return <p role="status">Loading the meeting…</p>;
  const open = m.status === 'scheduled' || m.status === 'held';
  return (
    <div className="card" aria-label={`Meeting ${formatMeeting(m)}`}>
      <h2>{formatMeeting(m)}</h2>
      <p>
        <span className={`badge meeting-${m.status}`}>{MEETING_STATUS_LABELS[m.status]}</span>{' '}
        {m.papersDeadline && `Papers deadline ${formatDateLong(m.papersDeadline)}. `}
        {m.postponedFromDate && `Postponed from ${formatDateLong(m.postponedFromDate)}. `}
        {m.postponedToId && (
          <>
            Postponed to <a href={`#/meetings?meeting=${m.postponedToId}`}>{formatDateLong(m.postponedToDate)}</a>: {m.postponementReason}
          </>
        )}
      </p>
      <h3>Agenda</h3>
      {m.items.length === 0 ? (
        <p>No items yet.</p>
      ) : (
        <ol className="agenda">
          {m.items.map((item) => (
            <AgendaRow key={item.id} item={item} open={open} onChanged={accept} />
          ))}
        </ol>
      )}
      <Papers meeting={m} />
      {open && <AddItem meeting={m} policies={policies} onChanged={accept} />}
      {m.status === 'scheduled' && <Postpone meeting={m} onChanged={accept} />}
      <details>
        <summary>History of this meeting</summary>
        <HistoryList entity="meeting" entityId={m.id} />
      </details>
    </div>
  );
}

function Papers({ meeting }: { meeting: Meeting }) {
  const [papers, setPapers] = useState<CommitteePaper[]>([]);
  useEffect(() => {
    call('papers.list', { meetingId: meeting.id }).then(setPapers, () => setPapers([]));
  }, [meeting.id]);
  const takesPapers = meeting.status === 'scheduled' || meeting.status === 'held';
  return (
    <div>
      <h3>Papers</h3>
      {papers.length === 0 ? (
        <p>No papers yet.</p>
      ) : (
        <ul>
          {papers.map((p) => (
            <li key={p.id}>
              <a href={`#/paper?id=${p.id}`}>{p.title}</a>{' '}
              <span className="muted small">
                ({p.purpose === 'decision' ? 'for decision' : 'for information'}
                {p.isPublic ? '' : ', non-public'})
              </span>
            </li>
          ))}
        </ul>
      )}
      {takesPapers && (
        <button type="button" onClick={() => navigate('paper', { meeting: meeting.id })}>
          Write a paper
        </button>
      )}
    </div>
  );
}

function AgendaRow({ item, open, onChanged }: { item: AgendaItem; open: boolean; onChanged(m: Meeting): void }) {
  const toast = useToast();
  const [decision, setDecision] = useState<Decision>('approved');
  const [version, setVersion] = useState('');
  const [notes, setNotes] = useState('');
  const [deciding, setDeciding] = useState(false);
  const errors = useFormErrors(['decision', 'newVersion', 'notes']);
  async function decide(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onChanged(await call('agenda.decide', { id: item.id, decision, newVersion: version, notes }));
      setDeciding(false);
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <li>
      <div>
        <strong>{item.title}</strong>{' '}
        <span className="muted small">
          ({KINDS[item.kind]}
          {item.policyStage ? `; policy at “${POLICY_STAGE_LABELS[item.policyStage as PolicyStage]}”` : ''})
        </span>
      </div>
      {item.decision ? (
        <>
          <p>
            Decision: <strong>{DECISIONS[item.decision]}</strong>
            {item.decisionNotes ? ` — ${item.decisionNotes}` : ''}
          </p>
          {item.trainingNotice && (
            <p className="notice" role="note">
              This approval put {counted(item.trainingNotice.people, 'person', 'people')} on notice to redo {item.trainingNotice.courses.join(' and ')} by{' '}
              {formatDateLong(item.trainingNotice.by)}: training done before it no longer counts.
            </p>
          )}
        </>
      ) : open ? (
        deciding ? (
          <form onSubmit={decide} noValidate aria-label={`Decision on ${item.title}`} className="inline-form">
            {errors.formError && (
              <div className="error-banner" role="alert">
                {errors.formError}
              </div>
            )}
            <div className="row2">
              <Field label="Decision" error={errors.fieldErrors.decision}>
                {(p) => (
                  <select {...p} value={decision} onChange={(e) => setDecision(e.target.value as Decision)}>
                    {Object.entries(DECISIONS).map(([k, l]) => (
                      <option key={k} value={k}>
                        {l}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {item.policyId !== null && (decision === 'approved' || decision === 'approved_with_amendments') && (
                <Field label="New version" hint="e.g. 2.0" error={errors.fieldErrors.newVersion}>
                  {(p) => <input {...p} value={version} onChange={(e) => setVersion(e.target.value)} />}
                </Field>
              )}
            </div>
            <Field label="Notes" error={errors.fieldErrors.notes}>
              {(p) => <input {...p} value={notes} onChange={(e) => setNotes(e.target.value)} />}
            </Field>
            <button type="submit" className="primary">
              Record decision
            </button>{' '}
            <button type="button" onClick={() => setDeciding(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <p>
            <button type="button" onClick={() => setDeciding(true)}>
              Record decision
            </button>{' '}
            <button
              type="button"
              className="link danger"
              onClick={async () => {
                try {
                  onChanged(await call('agenda.remove', { id: item.id }));
                } catch (err) {
                  toast('error', (err as Error).message);
                }
              }}
            >
              Remove
            </button>
          </p>
        )
      ) : null}
    </li>
  );
}

function AddItem({ meeting, policies, onChanged }: { meeting: Meeting; policies: PolicyRow[]; onChanged(m: Meeting): void }) {
  const [kind, setKind] = useState<keyof typeof KINDS>('policy_approval');
  const [policyId, setPolicyId] = useState('');
  const [title, setTitle] = useState('');
  const errors = useFormErrors(['kind', 'title', 'policyId']);
  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const policy = kind === 'policy_approval' ? policies.find((p) => String(p.id) === policyId) : undefined;
    try {
      onChanged(
        await call('agenda.add', {
          meetingId: meeting.id,
          kind,
          title: title || (policy ? `${policy.title} Policy` : ''),
          policyId: policy ? policy.id : null,
        }),
      );
      setTitle('');
      setPolicyId('');
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={add} noValidate className="inline-form" aria-label="Add an agenda item">
      <h3>Add an agenda item</h3>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="Kind" error={errors.fieldErrors.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as keyof typeof KINDS)}>
              {Object.entries(KINDS).map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'policy_approval' && (
          <Field label="Policy" error={errors.fieldErrors.policyId}>
            {(p) => (
              <select {...p} value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
                <option value="">Choose…</option>
                {policies
                  .filter((x) => x.stage !== 'withdrawn' && x.stage !== 'superseded')
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.title} ({POLICY_STAGE_LABELS[x.stage]})
                    </option>
                  ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label="Item title" hint="Left blank for a policy: “<policy> Policy”" error={errors.fieldErrors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <button type="submit">Add item</button>
    </form>
  );
}

function Postpone({ meeting, onChanged }: { meeting: Meeting; onChanged(m: Meeting): void }) {
  const toast = useToast();
  const { info } = useAppData();
  const happened = meeting.meetingDate <= info.today;
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors(['newDate', 'reason']);
  async function postpone(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      const later = await call('meetings.postpone', { id: meeting.id, newDate: fromDateText(date) ?? '', reason });
      toast('info', `Postponed to ${formatDateLong(later.meetingDate)}; ${counted(later.items.length, 'item')} moved with it.`);
      onChanged(later);
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <form onSubmit={postpone} noValidate className="inline-form" aria-label="Postpone this meeting">
      <h3>Postpone or cancel</h3>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="New date" hint="dd/mm/yyyy, after the original" error={errors.fieldErrors.newDate}>
          {(p) => <MeetingDateInput field={p} value={date} onChange={setDate} />}
        </Field>
        <Field label="Reason for postponing" error={errors.fieldErrors.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <button type="submit">Postpone and move the items</button>{' '}
      {happened && (
        <>
          <button
            type="button"
            onClick={async () => {
              try {
                onChanged(await call('meetings.setStatus', { id: meeting.id, status: 'held' }));
              } catch (err) {
                toast('error', (err as Error).message);
              }
            }}
          >
            Mark as held
          </button>{' '}
        </>
      )}
      <button
        type="button"
        className="danger"
        onClick={async () => {
          if (!window.confirm('Cancel this meeting? Its items stay on its record.')) return;
          try {
            onChanged(await call('meetings.setStatus', { id: meeting.id, status: 'cancelled' }));
          } catch (err) {
            toast('error', (err as Error).message);
          }
        }}
      >
        Cancel the meeting
      </button>
      {!happened && <p className="hint">It can be marked as held from {formatDateLong(meeting.meetingDate)}, once it has taken place.</p>}
    </form>
  );
}
