import { RAG_COLOURS } from './palette';

// Training charts, drawn the same on the dashboard and (later) in the committee paper.

/**
 * Each course's compliance (in date or waived, of those who need it), a bar per course, green at
 * or above the target and red below, with the target as a dashed line and each bar labelled.
 */
export function trainingCourseOption(courses: { name: string; percent: number | null }[], target: number): Record<string, unknown> {
  const shown = courses.filter((c) => c.percent !== null);
  const font = { fontFamily: 'Arial, sans-serif', color: '#1b1f24' };
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', ...font } },
    yAxis: { type: 'category', inverse: true, data: shown.map((c) => c.name), axisLabel: { width: 180, overflow: 'break', ...font } },
    series: [
      {
        type: 'bar',
        data: shown.map((c) => ({ value: c.percent, itemStyle: { color: c.percent! >= target ? RAG_COLOURS.green : RAG_COLOURS.red } })),
        label: { show: true, position: 'right', formatter: '{c}%', ...font },
        barMaxWidth: 22,
        markLine: {
          symbol: 'none',
          data: [{ xAxis: target }],
          lineStyle: { type: 'dashed', color: '#1b1f24' },
          label: { formatter: `Target ${target}%`, position: 'start', ...font },
        },
      },
    ],
  };
}
