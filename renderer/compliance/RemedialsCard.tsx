import { useEffect, useState } from 'react';
import type { RemedialSummary } from '../../shared/contract';
import { CHECK_TYPE_LABELS, REMEDIAL_PRIORITY_LABELS, type CheckType, type RemedialPriority } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';

/** Open remedial actions: overdue ones by priority and age, then the oldest listed with their owners. */
export function RemedialsCard({ asAt, generation }: { asAt: string; generation: number }) {
  const [summary, setSummary] = useState<RemedialSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('compliance.remedials', { asAt }).then(setSummary, (e) => setError((e as Error).message));
  }, [asAt, generation]);
  return (
    <div className="card" role="region" aria-label="Remedial actions">
      <h2>Remedial actions</h2>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {summary && (
        <>
          <p>
            {summary.open} open, <strong className={summary.overdue ? 'late' : undefined}>{summary.overdue} overdue</strong> as at{' '}
            {formatDateShort(summary.asAt)}.
          </p>
          <table className="simple-table" aria-label="Overdue remedial actions by priority and age">
            <thead>
              <tr>
                <th scope="col">Priority</th>
                <th scope="col">Overdue</th>
                <th scope="col">Overdue by up to 30 days</th>
                <th scope="col">Overdue by 31 to 90 days</th>
                <th scope="col">Overdue by more than 90 days</th>
              </tr>
            </thead>
            <tbody>
              {summary.byPriority.map((p) => (
                <tr key={p.priority}>
                  <td>{REMEDIAL_PRIORITY_LABELS[p.priority as RemedialPriority]}</td>
                  <td>{p.overdue}</td>
                  <td>{p.days0to30}</td>
                  <td>{p.days31to90}</td>
                  <td className={p.over90 ? 'late' : undefined}>{p.over90}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.oldest.length > 0 && (
            <>
              <h3>Longest overdue</h3>
              <table className="simple-table" aria-label="Longest overdue remedial actions">
                <thead>
                  <tr>
                    <th scope="col">Check</th>
                    <th scope="col">Where</th>
                    <th scope="col">Action</th>
                    <th scope="col">Priority</th>
                    <th scope="col">Due</th>
                    <th scope="col">Days overdue</th>
                    <th scope="col">Owner</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.oldest.map((r) => (
                    <tr key={r.id}>
                      <td>{CHECK_TYPE_LABELS[r.checkType as CheckType]}</td>
                      <td>{r.where}</td>
                      <td>{r.description}</td>
                      <td>{REMEDIAL_PRIORITY_LABELS[r.priority as RemedialPriority]}</td>
                      <td>{formatDateShort(r.dueDate)}</td>
                      <td>{r.daysOverdue}</td>
                      <td>{r.ownerName ?? <span className="muted">No owner</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </div>
  );
}
