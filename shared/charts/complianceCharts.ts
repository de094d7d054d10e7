import { CHECK_TYPE_LABELS, CHECK_TYPE_SHORT, type CheckType } from '../domain/compliance';
import { RAG_COLOURS } from './palette';

/**
 * Percentage of homes covered for each check, red below the target, green at or above it.
 * `compact`: short check names and fewer axis labels, for a dashboard tile.
 */
export function compliancePercentOption(rows: { checkType: CheckType; percent: number | null }[], target: number, compact = false): Record<string, unknown> {
  const shown = rows.filter((r) => r.percent !== null);
  const name = (t: CheckType) => (compact ? CHECK_TYPE_SHORT[t].replace(/^./, (c) => c.toUpperCase()) : CHECK_TYPE_LABELS[t]);
  return {
    animation: false,
    title: {
      text: `Homes with the check in date (target ${target}%)`,
      left: 0,
      textStyle: { fontSize: 14, fontFamily: 'Arial, sans-serif', color: '#1b1f24' },
    },
    grid: { left: compact ? 90 : 260, right: 50, top: 36, bottom: 24 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: compact ? 50 : undefined,
      axisLabel: { formatter: '{value}%', fontFamily: 'Arial, sans-serif', color: '#1b1f24' },
    },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => name(r.checkType)), axisLabel: { fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    series: [
      {
        type: 'bar',
        data: shown.map((r) => ({ value: r.percent, itemStyle: { color: r.percent! >= target ? RAG_COLOURS.green : RAG_COLOURS.red } })),
        label: { show: true, position: 'right', formatter: '{c}%', fontFamily: 'Arial, sans-serif', color: '#1b1f24' },
        barMaxWidth: 26,
      },
    ],
  };
}

// Six series told apart by shape as well as colour; each colour has 4.5:1 contrast on white.
const SERIES_STYLE: Record<CheckType, { color: string; symbol: string }> = {
  GAS: { color: '#1f4e9c', symbol: 'circle' },
  EICR: { color: '#8a4b00', symbol: 'rect' },
  FRA: { color: '#b3261e', symbol: 'triangle' },
  WATER: { color: '#00695c', symbol: 'diamond' },
  LIFT: { color: '#6a1b9a', symbol: 'pin' },
  ASBESTOS: { color: '#1e6b35', symbol: 'arrow' },
};

/** Percentage of homes with each check in date at each month end, a line per check type, with the target as a dashed line. */
export function complianceTrendOption(
  trend: { points: string[]; series: { checkType: CheckType; percent: (number | null)[] }[] },
  target: number,
  monthLabel: (iso: string) => string,
): Record<string, unknown> {
  const font = { fontFamily: 'Arial, sans-serif', color: '#1b1f24' };
  const shown = trend.series.filter((s) => s.percent.some((p) => p !== null));
  return {
    animation: false,
    title: { text: 'Homes with the check in date, month by month', left: 0, textStyle: { fontSize: 14, ...font } },
    legend: { bottom: 0, textStyle: font, data: shown.map((s) => CHECK_TYPE_LABELS[s.checkType]) },
    grid: { left: 48, right: 24, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: trend.points.map(monthLabel), axisLabel: font },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', ...font } },
    series: [
      ...shown.map((s) => ({
        type: 'line',
        name: CHECK_TYPE_LABELS[s.checkType],
        data: s.percent,
        symbol: SERIES_STYLE[s.checkType].symbol,
        symbolSize: 8,
        itemStyle: { color: SERIES_STYLE[s.checkType].color },
        lineStyle: { color: SERIES_STYLE[s.checkType].color, width: 2 },
      })),
      {
        type: 'line',
        name: `Target ${target}%`,
        data: trend.points.map(() => target),
        symbol: 'none',
        lineStyle: { color: '#5a5f66', type: 'dashed', width: 1 },
        tooltip: { show: false },
      },
    ],
  };
}

/** The trend in words, for the chart's text alternative: each check's first and last month-end figure. */
export function complianceTrendText(
  trend: { points: string[]; asAt: string; series: { checkType: CheckType; percent: (number | null)[] }[] },
  monthLabel: (iso: string) => string,
): string {
  const lines = trend.series
    .filter((s) => s.percent.some((p) => p !== null))
    .map((s) => `${CHECK_TYPE_LABELS[s.checkType]} from ${s.percent[0] ?? 'n/a'}% to ${s.percent[s.percent.length - 1] ?? 'n/a'}%`);
  return `each month end from ${monthLabel(trend.points[0]!)} to ${monthLabel(trend.asAt)}: ${lines.join('; ')}.`;
}
