import { useEffect, useState } from 'react';
import type { NewStarters } from '../../shared/contract';
import { formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { CellChip } from './CellChip';

/** People who started in the last few months: their required courses, each one's status, and their deadline. */
export function NewStartersView({ asAt, version, onOpenPerson }: { asAt: IsoDate; version: number; onOpenPerson(personId: number): void }) {
  const [months, setMonths] = useState(3);
  const [starters, setStarters] = useState<NewStarters | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('training.newStarters', { asAt, months }).then(setStarters, (e) => setError((e as Error).message));
  }, [asAt, months, version]);

  const late = starters?.people.filter((p) => p.pastDeadline).length ?? 0;
  return (
    <div className="card" data-testid="new-starters">
      <h2>New starters</h2>
      <div className="toolbar">
        <label className="inline">
          Started in the last{' '}
          <select aria-label="Started in the last (months)" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {[1, 3, 6, 12].map((m) => (
              <option key={m} value={m}>
                {counted(m, 'month')}
              </option>
            ))}
          </select>
        </label>
        {starters && (
          <span className="muted" role="status">
            {counted(starters.people.length, 'new starter')}; {late === 0 ? 'none' : late} past the deadline ({starters.graceDays} days from starting)
          </span>
        )}
      </div>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {starters && starters.people.length === 0 && <p>Nobody started in these months.</p>}
      {starters && starters.people.length > 0 && (
        <table className="simple-table new-starters">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Team and job role</th>
              <th scope="col">Line manager</th>
              <th scope="col">Started</th>
              <th scope="col">Deadline</th>
              <th scope="col">Required courses</th>
            </tr>
          </thead>
          <tbody>
            {starters.people.map((p) => (
              <tr key={p.personId} className={p.pastDeadline ? 'past-deadline' : undefined}>
                <td>
                  <button type="button" className="link" onClick={() => onOpenPerson(p.personId)}>
                    {p.name}
                  </button>
                </td>
                <td>
                  {p.teamName ?? 'No team'}, {p.jobRoleName ?? 'no job role'}
                </td>
                <td>{p.lineManagerName ?? '–'}</td>
                <td className="nowrap">{formatDateLong(p.startDate)}</td>
                <td className="nowrap">
                  {formatDateLong(p.deadline)}
                  {p.pastDeadline && <strong className="past-deadline-word"> Past deadline</strong>}
                </td>
                <td>
                  {p.courses.length === 0
                    ? 'None required'
                    : p.courses.map((c) => (
                        <span key={c.courseId} className="course-chip">
                          {c.courseName}: <CellChip cell={c} />
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
