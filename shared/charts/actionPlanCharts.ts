import { RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag, type RecStatus } from '../domain/actionPlan';
import { RAG_COLOURS, STATUS_COLOURS } from './palette';
import { TEXT_PX, TITLE_ROOM, chartTitle, gridWithin, roomFor, text } from './chartText';

// Chart options are plain data, built here once: the dashboard draws them in the browser and the
// Word exports draw the same options on the server.

export interface BarChartOption {
  [key: string]: unknown;
}

function bar(title: string, labels: string[], values: number[], colours: string[]): BarChartOption {
  return {
    animation: false,
    title: chartTitle(title),
    textStyle: text,
    grid: gridWithin({ right: roomFor(values.map(String)) }),
    // a narrow chart of large counts (12,000 recommendations) would draw its scale's labels over each other
    xAxis: { type: 'value', minInterval: 1, axisLabel: { ...text, hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: text },
    series: [
      {
        type: 'bar',
        data: values.map((value, i) => ({ value, itemStyle: { color: colours[i] } })),
        label: { show: true, position: 'right', ...text },
        barMaxWidth: 28,
      },
    ],
  };
}

export function ragChartOption(byRag: Record<Rag, number>): BarChartOption {
  return bar(
    'Recommendations by RAG status',
    RAGS.map((r) => RAG_LABELS[r]),
    RAGS.map((r) => byRag[r]),
    RAGS.map((r) => RAG_COLOURS[r]),
  );
}

export function statusChartOption(byStatus: Record<RecStatus, number>): BarChartOption {
  return bar(
    'Recommendations by status',
    REC_STATUSES.map((s) => REC_STATUS_LABELS[s]),
    REC_STATUSES.map((s) => byStatus[s]),
    REC_STATUSES.map((s) => STATUS_COLOURS[s]),
  );
}

/** The words a chart's alt text gives, so that nobody needs to see the colours. */
export function ragChartText(byRag: Record<Rag, number>): string {
  return RAGS.map((r) => `${RAG_LABELS[r]}: ${byRag[r]}`).join('; ');
}

/**
 * Reviews falling due per month; months over the threshold are drawn in red and rise above the
 * dashed warning line, which the title and the line's own label name.
 */
export function reviewTimelineOption(months: { month: string; count: number; clustered: boolean }[], threshold: number): BarChartOption {
  const label = (m: string) => {
    const [y, mo] = m.split('-');
    return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${y!.slice(2)}`;
  };
  const warning = 'Warning';
  return {
    animation: false,
    title: chartTitle(`Policy reviews due by month (warning above ${threshold})`),
    textStyle: text,
    // room above the plot for the label over the tallest bar, and beside it for the line's label
    grid: gridWithin({ top: TITLE_ROOM + TEXT_PX + 6, right: roomFor([warning]) }),
    // the rotated month names start a little lower, clear of the value axis's 0
    xAxis: { type: 'category', data: months.map((m) => label(m.month)), axisLabel: { rotate: 45, margin: 12, ...text } },
    // the warning line always inside the plot, and a step of headroom for the labels
    yAxis: { type: 'value', minInterval: 1, max: (v: { max: number }) => Math.max(v.max, threshold) + 1, axisLabel: text },
    series: [
      {
        type: 'bar',
        data: months.map((m) => ({ value: m.count, itemStyle: { color: m.clustered ? RAG_COLOURS.red : STATUS_COLOURS.completed } })),
        label: {
          show: true,
          position: 'top',
          ...text,
          formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ yAxis: threshold, lineStyle: { color: RAG_COLOURS.red, type: 'dashed', width: 2 } }],
          label: { formatter: warning, position: 'end', ...text },
        },
      },
    ],
  };
}
