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

/** How far below the target a team x course figure may be and still count as close (amber). */
export const HEATMAP_AMBER_BAND = 15;

/**
 * Compliance by team (rows) x course (columns): each cell its percentage, printed in the cell so
 * that colour is never alone; green at or above the target, amber within 15 points below, red
 * further below; blank where the team has nobody who needs the course.
 */
export function trainingHeatmapOption(
  teams: string[],
  courses: string[],
  cells: { team: number; course: number; percent: number }[],
  target: number,
): Record<string, unknown> {
  const font = { fontFamily: 'Arial, sans-serif', color: '#1b1f24' };
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: courses, axisLabel: { interval: 0, width: 92, overflow: 'break', lineHeight: 15, ...font }, splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: teams, axisLabel: { width: 190, overflow: 'break', lineHeight: 15, ...font }, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [
        { gte: target, color: RAG_COLOURS.green },
        { gte: target - HEATMAP_AMBER_BAND, lt: target, color: RAG_COLOURS.amber },
        { lt: target - HEATMAP_AMBER_BAND, color: RAG_COLOURS.red },
      ],
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => [c.course, c.team, c.percent]),
        label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%`, color: '#ffffff', fontFamily: 'Arial, sans-serif', fontWeight: 'bold' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
      },
    ],
  };
}
