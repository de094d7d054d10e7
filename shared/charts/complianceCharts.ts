import { CHECK_TYPE_LABELS, CHECK_TYPE_SHORT, type CheckType } from '../domain/compliance';
import { RAG_COLOURS } from './palette';
import { TITLE_ROOM, chartTitle, gridWithin, roomFor, sideLegend, text } from './chartText';

const TARGET_INK = '#5a5f66';
const shortName = (t: CheckType) => CHECK_TYPE_SHORT[t].replace(/^./, (c) => c.toUpperCase());

/**
 * Percentage of homes covered for each check, red below the target (and labelled "below"), green at or above it.
 * `compact`: short check names and fewer axis labels, for a dashboard tile.
 */
export function compliancePercentOption(rows: { checkType: CheckType; percent: number | null }[], target: number, compact = false): Record<string, unknown> {
  const shown = rows.filter((r) => r.percent !== null);
  const name = (t: CheckType) => (compact ? shortName(t) : CHECK_TYPE_LABELS[t]);
  // a bar short of the target says so in words, not by its colour alone
  const valueLabel = (r: { percent: number | null }) => (r.percent! < target ? `${r.percent}%, below target` : `${r.percent}%`);
  return {
    animation: false,
    title: chartTitle(`Homes with the check in date (target ${target}%)`),
    textStyle: text,
    grid: gridWithin({ right: roomFor(shown.map(valueLabel)) }),
    xAxis: { type: 'value', min: 0, max: 100, interval: compact ? 50 : undefined, axisLabel: { formatter: '{value}%', ...text } },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => name(r.checkType)), axisLabel: text },
    series: [
      {
        type: 'bar',
        data: shown.map((r) => ({ value: r.percent, itemStyle: { color: r.percent! >= target ? RAG_COLOURS.green : RAG_COLOURS.red } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => valueLabel(shown[p.dataIndex]!), ...text },
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
  const shown = trend.series.filter((s) => s.percent.some((p) => p !== null));
  const targetName = `Target ${target}%`;
  const names = [...shown.map((s) => shortName(s.checkType)), targetName];
  return {
    animation: false,
    title: chartTitle('Homes with the check in date, month by month'),
    textStyle: text,
    // a key down the right, one line a series, so that it never wraps onto the axis
    legend: {
      ...sideLegend,
      data: [...names.slice(0, -1), { name: targetName, icon: 'path://M0 0H3V1H0ZM5 0H8V1H5Z' }],
    },
    grid: gridWithin({ right: roomFor(names) + 40, top: TITLE_ROOM + 6 }),
    xAxis: { type: 'category', data: trend.points.map(monthLabel), axisLabel: text },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', ...text } },
    series: [
      ...shown.map((s) => ({
        type: 'line',
        name: shortName(s.checkType),
        data: s.percent,
        symbol: SERIES_STYLE[s.checkType].symbol,
        symbolSize: 8,
        itemStyle: { color: SERIES_STYLE[s.checkType].color },
        lineStyle: { color: SERIES_STYLE[s.checkType].color, width: 2 },
      })),
      {
        type: 'line',
        name: targetName,
        data: trend.points.map(() => target),
        symbol: 'none',
        itemStyle: { color: TARGET_INK },
        lineStyle: { color: TARGET_INK, type: 'dashed', width: 2 },
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
