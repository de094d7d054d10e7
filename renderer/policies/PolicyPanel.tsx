import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PolicyDetail } from '../../shared/contract';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABELS, POLICY_STAGES, POLICY_STAGE_LABELS, type PolicyStage } from '../../shared/domain/policies';
import { formatDateLong } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { HistoryList } from '../actionPlan/HistoryList';
import { ReviewBadge } from './PolicyGrid';
import { ConsultationLog } from './ConsultationLog';
import { PanelHead, PanelPending, PanelTabs } from '../components/PanelParts';

type Tab = 'details' | 'lifecycle' | 'consultation' | 'history';

export function PolicyPanel({ id, onChanged, onClose }: { id: number; onChanged(): void; onClose(): void }) {
  const [p, setP] = useState<PolicyDetail | null>(null);
  const [tab, setTab] = useState<Tab>('details');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('policies.get', { id }).then(setP, (e) => setError((e as Error).message));
  }, [id]);
  const accept = useCallback(
    (d: PolicyDetail) => {
      setP(d);
      onChanged();
    },
    [onChanged],
  );
  if (error || !p) return <PanelPending label="Policy" error={error} onClose={onClose} />;
  return (
    <aside className="panel" aria-label={`Policy ${p.title}`}>
      <PanelHead title={p.title} onClose={onClose}>
        <div className="badges">
          <span className="badge status-in_progress">{POLICY_STAGE_LABELS[p.stage]}</span> <ReviewBadge state={p.reviewState} />
        </div>
        <p className="small muted">
          {p.approvalDate
            ? `Version ${p.policyVersion || '–'}, approved ${formatDateLong(p.approvalDate)}${p.approvingMeeting ? ` (${p.approvingMeeting})` : ''}. `
            : 'Not yet approved. '}
          {p.nextReviewDate ? `Next review ${formatDateLong(p.nextReviewDate)}${p.extendedTo ? ` (extended: ${p.extensionReason})` : ''}.` : ''}
        </p>
      </PanelHead>
      <PanelTabs<Tab>
        label="Policy sections"
        tabs={{ details: 'Details', lifecycle: 'Stage and review', consultation: `Consultation (${p.consultations.length})`, history: 'History' }}
        current={tab}
        onChange={setTab}
      />
      <div className="panel-body" role="tabpanel">
        {tab === 'details' && (
          <>
            <DetailsForm key={p.version} policy={p} onSaved={accept} />
            <Links policy={p} onSaved={accept} />
          </>
        )}
        {tab === 'lifecycle' && <Lifecycle policy={p} onSaved={accept} />}
        {tab === 'consultation' && <ConsultationLog policy={p} onSaved={accept} />}
        {tab === 'history' && <HistoryList key={p.version} entity="policy" entityId={p.id} />}
      </div>
    </aside>
  );
}

function DetailsForm({ policy, onSaved }: { policy: PolicyDetail; onSaved(p: PolicyDetail): void }) {
  const { people } = useAppData();
  const toast = useToast();
  const [v, setV] = useState({
    title: policy.title,
    category: policy.category,
    ownerId: policy.ownerId ? String(policy.ownerId) : '',
    policyVersion: policy.policyVersion,
    reviewPeriodMonths: String(policy.reviewPeriodMonths),
    summary: policy.summary,
  });
  const errors = useFormErrors(['title', 'category', 'ownerId', 'policyVersion', 'reviewPeriodMonths', 'summary']);
  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const next = { ...v, ownerId: v.ownerId ? Number(v.ownerId) : null, reviewPeriodMonths: Number(v.reviewPeriodMonths) };
    const before: Record<string, unknown> = { ...policy };
    const patch = Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== before[k]));
    if (!Object.keys(patch).length) return;
    try {
      onSaved(await call('policies.update', { id: policy.id, patch }));
      toast('info', 'Policy saved.');
    } catch (err) {
      errors.show(err);
    }
  }
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  return (
    <form onSubmit={save} noValidate>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Title" error={errors.fieldErrors.title}>
        {(p) => <input {...p} value={v.title} onChange={set('title')} />}
      </Field>
      <div className="row2">
        <Field label="Category" error={errors.fieldErrors.category}>
          {(p) => (
            <select {...p} value={v.category} onChange={set('category')}>
              {POLICY_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {POLICY_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" error={errors.fieldErrors.ownerId}>
          {(p) => (
            <select {...p} value={v.ownerId} onChange={set('ownerId')}>
              <option value="">No owner</option>
              {people
                .filter((x) => x.active || String(x.id) === v.ownerId)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row2">
        <Field label="Version" error={errors.fieldErrors.policyVersion}>
          {(p) => <input {...p} value={v.policyVersion} onChange={set('policyVersion')} />}
        </Field>
        <Field label="Review period (months)" error={errors.fieldErrors.reviewPeriodMonths}>
          {(p) => <input {...p} type="number" value={v.reviewPeriodMonths} onChange={set('reviewPeriodMonths')} />}
        </Field>
      </div>
      <Field label="Summary" error={errors.fieldErrors.summary}>
        {(p) => <textarea {...p} rows={3} value={v.summary} onChange={set('summary')} />}
      </Field>
      <button type="submit" className="primary">
        Save policy
      </button>
    </form>
  );
}

/** Links to the recommendations the policy answers. */
function Links({ policy, onSaved }: { policy: PolicyDetail; onSaved(p: PolicyDetail): void }) {
  const { programmes } = useAppData();
  const toast = useToast();
  const [recs, setRecs] = useState<{ id: number; label: string }[]>([]);
  const [chosen, setChosen] = useState<number[]>(policy.recommendationIds);
  useEffect(() => {
    Promise.all(
      programmes.map(async (pr) =>
        (await call('recommendations.list', { programmeId: pr.id })).map((r) => ({ id: r.id, label: `${pr.code} ${r.ref}: ${r.title}` })),
      ),
    ).then(
      (all) => setRecs(all.flat()),
      () => setRecs([]),
    );
  }, [programmes]);
  const dirty = [...chosen].sort().join() !== [...policy.recommendationIds].sort().join();
  return (
    <form
      className="inline-form"
      aria-label="Linked recommendations"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          onSaved(await call('policies.linkRecommendations', { id: policy.id, recommendationIds: chosen }));
          toast('info', 'Links saved.');
        } catch (err) {
          toast('error', (err as Error).message);
        }
      }}
    >
      <h3>Linked recommendations</h3>
      <div className="link-list">
        {recs.map((r) => (
          <label key={r.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(r.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))}
            />{' '}
            {r.label}
          </label>
        ))}
      </div>
      <button type="submit" disabled={!dirty}>
        Save links
      </button>
    </form>
  );
}

function Lifecycle({ policy, onSaved }: { policy: PolicyDetail; onSaved(p: PolicyDetail): void }) {
  const { info } = useAppData();
  const [stage, setStage] = useState<PolicyStage>(policy.stage);
  const [enteredOn, setEnteredOn] = useState(toDateText(info.today));
  const [extendedTo, setExtendedTo] = useState('');
  const [reason, setReason] = useState('');
  const stageErrors = useFormErrors(['stage', 'enteredOn']);
  const extendErrors = useFormErrors(['extendedTo', 'reason']);
  async function move(e: FormEvent) {
    e.preventDefault();
    stageErrors.clear();
    try {
      onSaved(await call('policies.setStage', { id: policy.id, stage, enteredOn: fromDateText(enteredOn) ?? '' }));
    } catch (err) {
      stageErrors.show(err);
    }
  }
  async function extend(e: FormEvent) {
    e.preventDefault();
    extendErrors.clear();
    try {
      onSaved(await call('policies.extend', { id: policy.id, extendedTo: fromDateText(extendedTo) ?? '', reason }));
    } catch (err) {
      extendErrors.show(err);
    }
  }
  return (
    <div>
      <h3>Stages</h3>
      <ol className="timeline">
        {policy.stages.map((s, i) => (
          <li key={i}>
            <strong>{POLICY_STAGE_LABELS[s.stage]}</strong> from {formatDateLong(s.enteredOn)}
          </li>
        ))}
      </ol>
      <form onSubmit={move} className="inline-form" noValidate aria-label="Move to another stage">
        <h3>Move to another stage</h3>
        {stageErrors.formError && (
          <div className="error-banner" role="alert">
            {stageErrors.formError}
          </div>
        )}
        <div className="row2">
          <Field label="New stage" error={stageErrors.fieldErrors.stage}>
            {(p) => (
              <select {...p} value={stage} onChange={(e) => setStage(e.target.value as PolicyStage)}>
                {POLICY_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {POLICY_STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="From" hint="dd/mm/yyyy" error={stageErrors.fieldErrors.enteredOn}>
            {(p) => <input {...p} value={enteredOn} onChange={(e) => setEnteredOn(e.target.value)} />}
          </Field>
        </div>
        <p className="hint">Approval is recorded as the committee’s decision on the policy’s agenda item (Meetings and papers).</p>
        <button type="submit">Move stage</button>
      </form>
      <form onSubmit={extend} className="inline-form" noValidate aria-label="Extend the review date">
        <h3>Extend the review date</h3>
        {extendErrors.formError && (
          <div className="error-banner" role="alert">
            {extendErrors.formError}
          </div>
        )}
        <div className="row2">
          <Field label="New review date" hint="dd/mm/yyyy" error={extendErrors.fieldErrors.extendedTo}>
            {(p) => <input {...p} value={extendedTo} onChange={(e) => setExtendedTo(e.target.value)} />}
          </Field>
          <Field label="Reason for the extension" error={extendErrors.fieldErrors.reason}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
        <button type="submit">Extend</button>
      </form>
      {policy.agenda.length > 0 && (
        <>
          <h3>At committee</h3>
          <ul>
            {policy.agenda.map((a) => (
              <li key={a.itemId}>
                <a href={`#/meetings?meeting=${a.meetingId}`}>
                  {a.committee}, {formatDateLong(a.meetingDate)}
                </a>{' '}
                —{' '}
                {a.decision
                  ? a.decision.replace(/_/g, ' ')
                  : a.meetingStatus === 'postponed'
                    ? 'meeting postponed'
                    : a.meetingStatus === 'cancelled'
                      ? 'meeting cancelled'
                      : 'no decision yet'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
