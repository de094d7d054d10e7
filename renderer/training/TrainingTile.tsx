import { useEffect, useMemo, useState } from 'react';
import type { TrainingSummary } from '../../shared/contract';
import { trainingCourseOption } from '../../shared/charts/trainingCharts';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { Chart } from '../components/Chart';

/** The dashboard's training tile: mandatory compliance, each mandatory course against the target, and who is most behind. */
export function TrainingTile() {
  const [summary, setSummary] = useState<TrainingSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('training.summary', {}).then(setSummary, (e) => setError((e as Error).message));
  }, []);
  const mandatory = useMemo(() => summary?.courses.filter((c) => c.mandatory && c.percent !== null) ?? [], [summary]);
  const chart = useMemo(() => trainingCourseOption(mandatory, summary?.target ?? 100), [mandatory, summary]);
  if (error)
    return (
      <div className="card error-banner" role="alert">
        Training: {error}
      </div>
    );
  if (!summary || summary.courses.length === 0) return null;
  return (
    <div className="card" data-testid="training-tile">
      <h2>
        <a href="#/training">Training</a>
      </h2>
      <p>
        Mandatory courses: <strong>{summary.mandatory.percent === null ? 'none required' : `${summary.mandatory.percent}%`}</strong> in date or waived{' '}
        <span className="muted">
          ({summary.mandatory.compliant} of {summary.mandatory.required}; target {summary.target}%)
        </span>
      </p>
      {mandatory.length > 0 && (
        <Chart
          option={chart}
          height={Math.max(160, 30 * mandatory.length + 40)}
          description={`Mandatory courses in date or waived, against a target of ${summary.target}%: ${mandatory.map((c) => `${c.name} ${c.percent}%`).join('; ')}.`}
        />
      )}
      {summary.mostOverdue.length > 0 && (
        <>
          <h3>
            {counted(summary.peopleOverdue, 'person has', 'people have')} training expired or missing
            {summary.peopleOverdue > summary.mostOverdue.length ? '; the most behind:' : ':'}
          </h3>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Line manager</th>
                <th scope="col">Expired or missing</th>
              </tr>
            </thead>
            <tbody>
              {summary.mostOverdue.map((p) => (
                <tr key={p.personId}>
                  <td>
                    {p.name}
                    {p.teamName && <div className="small muted">{p.teamName}</div>}
                  </td>
                  <td>{p.lineManagerName ?? '–'}</td>
                  <td>{p.courses.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
