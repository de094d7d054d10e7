import { useEffect, useRef, useState } from 'react';
import type { ComplaintCase, ComplaintStatus } from '../../shared/contract';
import { COMPLAINT_OUTCOME_LABELS, COMPLAINT_TENURE_LABELS, isTsmTenure } from '../../shared/domain/complaints';
import { formatDateLong } from '../../shared/domain/dates';
import { counted } from '../../shared/domain/plural';
import { dayName } from '../../shared/domain/workingDays';
import { call } from '../api';
import { PanelHead, PanelPending } from '../components/PanelParts';

export const CASE_STATUS_WORDS: Record<ComplaintStatus, string> = {
  on_time: 'Answered on time',
  late: 'Answered late',
  open_late: 'Open, late',
  due_soon: 'Open, due soon',
  open: 'Open',
};
export const CASE_STATUS_CLASS: Record<ComplaintStatus, string> = {
  on_time: 'rag-green',
  late: 'rag-red',
  open_late: 'rag-red',
  due_soon: 'rag-amber',
  open: 'status-not_started',
};

/** "Mon 9 Jun 2025": the weekday helps to check a count of working days. */
const day = (d: string) => `${dayName(d).slice(0, 3)} ${formatDateLong(d)}`;
const workingDays = (n: number) => counted(n, 'working day');
const pounds = (pence: number) => (pence / 100).toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });

function acknowledgedWords(c: ComplaintCase): string {
  if (c.acknowledged === null) return 'Not recorded';
  const late = c.clock.acknowledgedLateBy ?? 0;
  return `${day(c.acknowledged)}, ${late === 0 ? 'in time' : `late by ${workingDays(late)}`}`;
}

function extensionWords(c: ComplaintCase): string {
  const { extensionAsked: asked, extensionCounted: counted, extensionLimit: limit } = c.clock;
  if (asked === 0) return 'None';
  if (asked <= limit) return `${workingDays(asked)}, all counted`;
  return `${workingDays(asked)} asked; only ${counted} count, the Code's limit at stage ${c.stage}`;
}

function responseDueWhy(c: ComplaintCase): string {
  const from = c.clock.responseFromDueDay
    ? `the acknowledgement's due day, ${c.acknowledged === null ? 'as no acknowledgement is recorded' : 'as the acknowledgement came late'}`
    : 'the acknowledgement';
  const extension = c.clock.extensionCounted ? ` plus ${workingDays(c.clock.extensionCounted)} of extension` : '';
  return `${workingDays(c.clock.responseDays)} after ${from}${extension}`;
}

function respondedWords(c: ComplaintCase): string {
  if (c.responded !== null) return `${day(c.responded)}, ${c.onTime ? 'on time' : `${workingDays(c.daysLate)} late`}`;
  const left = c.clock.daysLeft;
  if (left === 0) return 'Not yet: due today';
  if (left !== null) return `Not yet: ${workingDays(left)} left`;
  return c.daysLate ? `Not yet: overdue by ${workingDays(c.daysLate)}` : 'Not yet: overdue';
}

/**
 * One complaint stage as imported from the CRM, read only: the case and the Complaint Handling
 * Code's clock worked out step by step, with a link to the other stage of the same reference.
 */
export function ComplaintPanel({ id, onOpen, onClose }: { id: number; onOpen(id: number): void; onClose(): void }) {
  const [c, setC] = useState<ComplaintCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setC(null);
    setError(null);
    call('complaints.get', { id }).then(setC, (e) => setError((e as Error).message));
  }, [id]);
  // on a laptop screen the year's figures push the log down: bring the case into view
  const aside = useRef<HTMLElement>(null);
  const loaded = c !== null;
  useEffect(() => {
    if (loaded) aside.current?.scrollIntoView?.({ block: 'nearest' });
  }, [loaded]);

  if (!c) return <PanelPending label="Complaint" error={error} onClose={onClose} />;
  return (
    <aside ref={aside} className="panel complaint-panel" aria-label={`Complaint ${c.reference} stage ${c.stage}`}>
      <PanelHead title={`${c.reference}, stage ${c.stage}`} onClose={onClose}>
        <span className={`badge ${CASE_STATUS_CLASS[c.status]}`}>{CASE_STATUS_WORDS[c.status]}</span>
      </PanelHead>
      <div className="panel-body">
        <p className="hint">Imported from the CRM, so read only here. Edit the case in your CRM and import again.</p>
        <h3>The case</h3>
        <dl className="facts" aria-label="The case">
          <dt>Reference</dt>
          <dd>{c.reference}</dd>
          <dt>Stage</dt>
          <dd>{c.stage}</dd>
          <dt>Tenure</dt>
          <dd>
            {COMPLAINT_TENURE_LABELS[c.tenure]}
            {isTsmTenure(c.tenure) ? " (counted in the regulator's figures)" : " (not in the regulator's figures)"}
          </dd>
          <dt>Service area</dt>
          <dd>{c.serviceArea || 'Not recorded'}</dd>
          <dt>Outcome</dt>
          <dd>{c.outcome ? COMPLAINT_OUTCOME_LABELS[c.outcome] : 'Not recorded'}</dd>
          <dt>Compensation</dt>
          <dd>{c.compensationPence === null ? 'None recorded' : pounds(c.compensationPence)}</dd>
        </dl>
        <h3>The Complaint Handling Code's clock</h3>
        <p className="muted small">In working days: weekends, bank holidays and the non-working days in Settings are left out.</p>
        <dl className="facts complaint-clock" aria-label="The Code's clock">
          <dt>Received</dt>
          <dd>{day(c.received)}</dd>
          <dt>Acknowledgement due</dt>
          <dd>
            {day(c.clock.acknowledgementDue)} <span className="muted">(5 working days after receipt)</span>
          </dd>
          <dt>Acknowledged</dt>
          <dd>{acknowledgedWords(c)}</dd>
          <dt>Extension</dt>
          <dd>{extensionWords(c)}</dd>
          <dt>Response due</dt>
          <dd>
            {day(c.responseDue)} <span className="muted">({responseDueWhy(c)})</span>
          </dd>
          <dt>Responded</dt>
          <dd className={c.status === 'late' || c.status === 'open_late' ? 'late' : undefined}>{respondedWords(c)}</dd>
        </dl>
        {c.otherStages.map((o) => (
          <p key={o.id} className="complaint-other-stage">
            Stage {o.stage} of {c.reference}: received {formatDateLong(o.received)}, {CASE_STATUS_WORDS[o.status].toLowerCase()}.{' '}
            <a
              href={`#/complaints?case=${o.id}`}
              onClick={(e) => {
                e.preventDefault();
                onOpen(o.id);
              }}
            >
              Open stage {o.stage}
            </a>
          </p>
        ))}
      </div>
    </aside>
  );
}
