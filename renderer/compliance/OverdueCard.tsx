import { useEffect, useState } from 'react';
import type { OverdueChecks } from '../../shared/contract';
import { CHECK_STATUS_LABELS, CHECK_TYPES, CHECK_TYPE_LABELS, type CheckType } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';
import { overdueWhere } from '../../shared/domain/overdueLabels';
import { call } from '../api';
import { count } from '../../shared/domain/plural';

const STATUS_CLASS = { overdue: 'rag-red', no_access: 'rag-amber', missing: 'rag-red' } as const;

/** What has run out, oldest first (never checked at the top), with who should be chasing it. */
export function OverdueCard({ asAt, generation }: { asAt: string; generation: number }) {
  const [checkType, setCheckType] = useState<CheckType | ''>('');
  const [list, setList] = useState<OverdueChecks | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('compliance.overdue', { asAt, checkType: checkType || null, limit: 200 }).then(
      (l) => live && setList(l),
      (e) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [asAt, checkType, generation]);
  return (
    <div className="card" role="region" aria-label="Overdue checks">
      <div className="toolbar">
        <h2>Overdue checks</h2>
        <span className="spacer" />
        <label className="inline">
          Check{' '}
          <select value={checkType} onChange={(e) => setCheckType(e.target.value as CheckType | '')} aria-label="Show overdue checks of type">
            <option value="">All checks</option>
            {CHECK_TYPES.map((t) => (
              <option key={t} value={t}>
                {CHECK_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {list && (
        <>
          <p data-testid="overdue-count">
            {list.total === 0
              ? 'Nothing is overdue.'
              : `${count(list.total)} overdue${list.rows.length < list.total ? `; the ${list.rows.length} longest overdue are shown` : ''}.`}
          </p>
          {list.rows.length > 0 && (
            <table className="simple-table" aria-label="Overdue checks, longest first">
              <thead>
                <tr>
                  <th scope="col">Check</th>
                  <th scope="col">Where</th>
                  <th scope="col">Homes</th>
                  <th scope="col">Ran out</th>
                  <th scope="col">Days overdue</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r, i) => (
                  <tr key={i}>
                    <td>{CHECK_TYPE_LABELS[r.checkType]}</td>
                    <td>{overdueWhere(r)}</td>
                    <td>{r.homes}</td>
                    <td>{r.coverUntil ? formatDateShort(r.coverUntil) : 'Never checked'}</td>
                    <td>{r.daysOverdue ?? '-'}</td>
                    <td>
                      <span className={`badge ${STATUS_CLASS[r.status]}`}>{CHECK_STATUS_LABELS[r.status]}</span>
                      {r.lastNoAccess && r.status === 'no_access' && <span className="small"> (tried {formatDateShort(r.lastNoAccess)})</span>}
                    </td>
                    <td>{r.ownerName ?? <span className="muted">No owner set</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
