import { useEffect, useState } from 'react';
import type { PersonRecord } from '../../shared/contract';
import { formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { call } from '../api';
import { PanelHead, PanelPending, PanelTabs } from '../components/PanelParts';
import { CellChip } from './CellChip';
import { count } from '../../shared/domain/plural';

/**
 * A person's training: who they are, each course they need as at the date (a click records a
 * completion or a waiver in the cell's panel), and everything ever recorded for them.
 */
export function PersonPanel({
  personId,
  asAt,
  version,
  onRecord,
  onClose,
}: {
  personId: number;
  asAt: IsoDate;
  /** changes when something was recorded, to read the record again */
  version: number;
  onRecord(courseId: number): void;
  onClose(): void;
}) {
  const [record, setRecord] = useState<PersonRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<'courses' | 'history'>('courses');
  useEffect(() => {
    call('training.person', { id: personId, asAt }).then(setRecord, (e) => setError((e as Error).message));
  }, [personId, asAt, version]);
  if (!record) return <PanelPending label="Person’s training" error={error} onClose={onClose} />;
  const p = record.person;
  return (
    <aside className="panel" aria-label={`${p.name}’s training`} data-testid="person-panel">
      <PanelHead title={p.name} onClose={onClose}>
        <p className="muted">
          {p.jobRoleName ?? 'No job role'}, {p.teamName ?? 'no team'}
          {p.lineManagerName ? `; line manager ${p.lineManagerName}` : ''}
          <br />
          {p.startDate ? `Started ${formatDateLong(p.startDate)}` : 'Start date not recorded'}
          {p.leaveDate ? `; left ${formatDateLong(p.leaveDate)}` : ''}
        </p>
      </PanelHead>
      <PanelTabs<'courses' | 'history'>
        label="Training"
        tabs={{ courses: `Courses needed (${record.required.length})`, history: `Record (${record.history.length})` }}
        current={tab}
        onChange={setTab}
      />
      <div className="panel-body" role="tabpanel">
        {tab === 'courses' ? (
          <>
            <p>
              {!record.employed
                ? `Not employed on ${formatDateLong(record.asAt)}.`
                : record.figure.percent === null
                  ? 'No course is required of this job role.'
                  : `${record.figure.percent}% in date or waived (${count(record.figure.compliant)} of ${count(record.figure.required)}) as at ${formatDateLong(record.asAt)}.`}
            </p>
            <ul className="plain-list">
              {record.required.map((c) => (
                <li key={c.courseId}>
                  <button type="button" className="link" onClick={() => onRecord(c.courseId)}>
                    {c.courseName}
                  </button>
                  {c.mandatory ? ' (mandatory)' : ''} <CellChip cell={c} />
                </li>
              ))}
            </ul>
          </>
        ) : record.history.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <ul className="plain-list history">
            {record.history.map((h) => (
              <li key={`${h.kind}:${h.id}`}>
                <strong>{formatDateLong(h.date)}</strong> {h.courseName}:{' '}
                {h.kind === 'completion'
                  ? `completed${h.expiryDate ? `, in date until ${formatDateLong(h.expiryDate)}` : ', once only'}${h.evidence ? `; evidence: ${h.evidence}` : ''}`
                  : `waived until ${formatDateLong(h.until)} (${h.reason}; agreed by ${h.agreedBy})`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
