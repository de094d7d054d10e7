import { useEffect, useState } from 'react';
import type { CoursePage } from '../../shared/contract';
import { formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { count, counted } from '../../shared/domain/plural';
import { TRAINING_STATUSES } from '../../shared/domain/training';
import { call } from '../api';
import { navigate } from '../useRoute';
import { CellChip } from './CellChip';

const refreshText = (months: number | null) => (months === null ? 'Once only' : `Every ${counted(months, 'month')}`);

/** One course as at a date: what it is, who needs it, and who is overdue with their line manager. */
export function CoursePageView({
  courseId,
  asAt,
  version,
  onOpenPerson,
}: {
  courseId: number;
  asAt: IsoDate;
  version: number;
  onOpenPerson(personId: number): void;
}) {
  const [page, setPage] = useState<CoursePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('training.course', { id: courseId, asAt }).then(setPage, (e) => setError((e as Error).message));
  }, [courseId, asAt, version]);

  const back = (
    <a
      href="#/training?view=teams"
      onClick={(e) => {
        e.preventDefault();
        navigate('training', { view: 'teams' });
      }}
    >
      ← Compliance by team and course
    </a>
  );
  if (error)
    return (
      <div>
        {back}
        <div className="error-banner" role="alert">
          {error}
        </div>
      </div>
    );
  if (!page) return <p role="status">Loading…</p>;
  const c = page.course;
  return (
    <div className="course-page" data-testid="course-page">
      {back}
      <div className="card">
        <h2>{c.name}</h2>
        <dl className="facts">
          <dt>Category</dt>
          <dd>{c.category || 'None'}</dd>
          <dt>Provider</dt>
          <dd>{c.provider || 'Not recorded'}</dd>
          <dt>Done</dt>
          <dd>{refreshText(c.refreshMonths)}</dd>
          <dt>Mandatory</dt>
          <dd>{c.mandatory ? 'Yes' : 'No'}</dd>
          {c.policyTitle && (
            <>
              <dt>Teaches the policy</dt>
              <dd>
                {c.policyTitle}
                {c.policyApprovedOn
                  ? `, approved ${formatDateLong(c.policyApprovedOn)}: completions before then no longer count, and everyone was due to redo it within ${c.policyRefreshDays} days`
                  : ', not yet approved'}
              </dd>
            </>
          )}
          <dt>In date or waived</dt>
          <dd>
            {page.figure.percent === null
              ? 'Nobody needs it on this date'
              : `${page.figure.percent}% (${count(page.figure.compliant)} of ${count(page.figure.required)})`}{' '}
            as at {formatDateLong(page.asAt)}
          </dd>
        </dl>
        <ul className="status-counts" aria-label="People by status">
          {TRAINING_STATUSES.filter((s) => s !== 'not_required' && page.counts[s] > 0).map((s) => (
            <li key={s}>
              <CellChip cell={{ status: s, date: null }} /> {page.counts[s]}
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <h3>Who needs it</h3>
        {page.neededBy.length === 0 ? (
          <p>No job role needs this course yet.</p>
        ) : (
          <ul>
            {page.neededBy.map((n) => (
              <li key={`${n.jobRoleName}:${n.teamName ?? ''}`}>
                {n.jobRoleName}
                {n.teamName ? ` in ${n.teamName}` : ', every team'}: {counted(n.people, 'person', 'people')} employed
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h3>{page.overdue.length === 0 ? 'Nobody is overdue' : `${counted(page.overdue.length, 'person is', 'people are')} overdue, most overdue first`}</h3>
        {page.overdue.length > 0 && (
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Team</th>
                <th scope="col">Line manager</th>
                <th scope="col">Status</th>
                <th scope="col">Overdue by</th>
              </tr>
            </thead>
            <tbody>
              {page.overdue.map((o) => (
                <tr key={o.personId}>
                  <td>
                    <button type="button" className="link" onClick={() => onOpenPerson(o.personId)}>
                      {o.name}
                    </button>
                  </td>
                  <td>{o.teamName ?? 'No team'}</td>
                  <td>{o.lineManagerName ?? '–'}</td>
                  <td>
                    <CellChip cell={{ status: o.status, date: o.expired }} />
                  </td>
                  <td>{o.daysOverdue === null ? 'Never done (no start date recorded)' : counted(o.daysOverdue, 'day')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
