import { useEffect, useMemo, useState } from 'react';
import type { TrainingHeatmap } from '../../shared/contract';
import { HEATMAP_AMBER_BAND, trainingHeatmapOption } from '../../shared/charts/trainingCharts';
import { formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Chart } from '../components/Chart';
import { navigate } from '../useRoute';

/** Compliance by team x course as a heatmap, with each course's page a click away. */
export function HeatmapView({ asAt, version }: { asAt: IsoDate; /** changes when something was recorded */ version: number }) {
  const { settings } = useAppData();
  const [heat, setHeat] = useState<TrainingHeatmap | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('training.heatmap', { asAt }).then(setHeat, (e) => setError((e as Error).message));
  }, [asAt, version]);

  const chart = useMemo(() => {
    if (!heat) return null;
    const team = new Map(heat.teams.map((t, i) => [t.id, i]));
    const course = new Map(heat.courses.map((c, i) => [c.id, i]));
    const cells = heat.cells
      .filter((c) => c.percent !== null)
      .map((c) => ({ team: team.get(c.teamId)!, course: course.get(c.courseId)!, percent: c.percent! }));
    const description = heat.teams
      .map((t) => {
        const row = heat.cells.filter((c) => c.teamId === t.id && c.percent !== null);
        return `${t.name}: ${row.map((c) => `${heat.courses[course.get(c.courseId)!]!.name} ${c.percent}%`).join(', ')}`;
      })
      .join('. ');
    return {
      option: trainingHeatmapOption(
        heat.teams.map((t) => t.name),
        heat.courses.map((c) => c.name),
        cells,
        settings.trainingTarget,
      ),
      description: `Training in date or waived by team and course, as at ${formatDateLong(heat.asAt)}. ${description}.`,
    };
  }, [heat, settings.trainingTarget]);

  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!heat || !chart) return <p role="status">Loading…</p>;
  if (heat.cells.length === 0) return <p className="card">Nobody needs any course on this date.</p>;
  return (
    <div className="card" data-testid="training-heatmap">
      <h2>Compliance by team and course</h2>
      <p className="muted">
        Green at or above the target of {settings.trainingTarget}%, amber up to {HEATMAP_AMBER_BAND} points below it, red further below; blank where nobody in
        the team needs the course.
      </p>
      <Chart option={chart.option} description={chart.description} height={Math.max(220, 44 * heat.teams.length + 90)} />
      <p>
        Each course’s page:{' '}
        {heat.courses.map((c, i) => (
          <span key={c.id}>
            {i > 0 && ' · '}
            <a
              href={`#/training?view=course&course=${c.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate('training', { view: 'course', course: c.id });
              }}
            >
              {c.name}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
