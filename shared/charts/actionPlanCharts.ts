import { RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS, type Rag, type RecStatus } from '../domain/actionPlan';
import { RAG_COLOURS, STATUS_COLOURS } from './palette';

// Chart options are plain data, built here once: the dashboard draws them in the browser and the
// Word exports draw the same options on the server.

export interface BarChartOption {
  [key: string]: unknown;
}

function bar(title: string, labels: string[], values: number[], colours: string[]): BarChartOption {
  return {
    animation: false,
    title: { text: title, left: 0, textStyle: { fontSize: 14, fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    grid: { left: 150, right: 40, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisLabel: { fontFamily: 'Arial, sans-serif', fontSize: 12, color: '#1b1f24' },
    },
    series: [
      {
        type: 'bar',
        data: values.map((value, i) => ({ value, itemStyle: { color: colours[i] } })),
        label: { show: true, position: 'right', fontFamily: 'Arial, sans-serif', color: '#1b1f24' },
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

/** Reviews falling due per month; months over the threshold are drawn in red and named in the label. */
export function reviewTimelineOption(months: { month: string; count: number; clustered: boolean }[], threshold: number): BarChartOption {
  const label = (m: string) => {
    const [y, mo] = m.split('-');
    return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${y!.slice(2)}`;
  };
  return {
    animation: false,
    title: {
      text: `Policy reviews due by month (warning above ${threshold})`,
      left: 0,
      textStyle: { fontSize: 14, fontFamily: 'Arial, sans-serif', color: '#1b1f24' },
    },
    grid: { left: 40, right: 20, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: months.map((m) => label(m.month)), axisLabel: { rotate: 45, fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    series: [
      {
        type: 'bar',
        data: months.map((m) => ({ value: m.count, itemStyle: { color: m.clustered ? RAG_COLOURS.red : '#1f4e9c' } })),
        label: {
          show: true,
          position: 'top',
          fontFamily: 'Arial, sans-serif',
          color: '#1b1f24',
          formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ yAxis: threshold, lineStyle: { color: '#b3261e', type: 'dashed' } }],
          label: { formatter: 'warning level' },
        },
      },
    ],
  };
}
