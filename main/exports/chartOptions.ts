import { ragChartOption, reviewTimelineOption, statusChartOption } from '../../shared/charts/actionPlanCharts';
import { complaintsOnTimeOption } from '../../shared/charts/complaintsCharts';
import { compliancePercentOption, complianceTrendOption } from '../../shared/charts/complianceCharts';
import { performancePercentOption } from '../../shared/charts/performanceCharts';
import { trainingCourseOption } from '../../shared/charts/trainingCharts';
import { formatMonth } from '../../shared/domain/dates';

// Every chart a Word document draws, by name: the chart thread (chartThread.ts) is sent the name
// and the figures, plain data, and builds the option itself, since an option holds functions (its
// labels' formatters) that cannot be sent to another thread.
export const chartOptions = {
  compliancePercent: compliancePercentOption,
  complianceTrend: (trend: Parameters<typeof complianceTrendOption>[0], target: number) => complianceTrendOption(trend, target, formatMonth),
  rag: ragChartOption,
  status: statusChartOption,
  reviewTimeline: reviewTimelineOption,
  trainingCourse: trainingCourseOption,
  performancePercent: performancePercentOption,
  complaintsOnTime: complaintsOnTimeOption,
} satisfies Record<string, (...args: never[]) => Record<string, unknown>>;

export type ChartKind = keyof typeof chartOptions;
export type ChartArgs<K extends ChartKind> = Parameters<(typeof chartOptions)[K]>;

/** A chart to draw: its name, its figures and the size it is placed at (96 px an inch). */
export interface ChartRequest<K extends ChartKind = ChartKind> {
  kind: K;
  args: ChartArgs<K>;
  width: number;
  height: number;
}

/** The chart's echarts option, built from its figures. */
export const chartOptionOf = <K extends ChartKind>({ kind, args }: Pick<ChartRequest<K>, 'kind' | 'args'>): Record<string, unknown> =>
  (chartOptions[kind] as (...a: ChartArgs<K>) => Record<string, unknown>)(...args);
