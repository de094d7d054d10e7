import { useEffect, useMemo, useState } from 'react';
import type { ComplianceTrend } from '../../shared/contract';
import { complianceTrendOption, complianceTrendText } from '../../shared/charts/complianceCharts';
import { formatMonth } from '../../shared/domain/dates';
import { call } from '../api';
import { Chart } from '../components/Chart';

const shortMonth = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Month-end percentages for each check over the last year, ending on the as-at date. The trend is
 * asked for at once, beside the page's other calls; the chart is drawn when the target has come too.
 */
export function TrendCard({ asAt, target, generation }: { asAt: string; target: number | null; generation: number }) {
  const [trend, setTrend] = useState<ComplianceTrend | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setTrend(null);
    call('compliance.trend', { asAt, months: 12 }).then(
      (t) => live && setTrend(t),
      (e) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [asAt, generation]);
  const option = useMemo(() => (trend && target !== null ? complianceTrendOption(trend, target, shortMonth) : null), [trend, target]);
  const description = trend ? `Homes with each check in date at ${complianceTrendText(trend, formatMonth)}` : '';
  return (
    <div className="card" role="region" aria-label="Trend by month">
      <h2>Trend by month</h2>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {!option && !error && <p className="loading">Working out the month-end figures…</p>}
      {option && <Chart option={option} height={320} description={description} />}
      <p className="hint">Each point is the position on the last day of the month (the last point is the as-at date), counted against today’s stock.</p>
    </div>
  );
}
