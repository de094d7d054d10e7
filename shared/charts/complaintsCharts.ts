import { TEXT_PX, TITLE_ROOM, chartTitle, gridWithin, roomFor, sideLegend, text } from './chartText';

// The annual complaints report's chart: the share of responses on time in each financial quarter,
// stage 1 and stage 2 side by side, against the target (the Complaint Handling Code expects 100%).

const STAGE_COLOURS = { 1: '#1f4e9c', 2: '#8a4b00' } as const;
const TARGET_INK = '#5a5f66';
export const QUARTER_LABELS = ['Apr-Jun', 'Jul-Sep', 'Oct-Dec', 'Jan-Mar'] as const;

export interface QuarterShare {
  stage: 1 | 2;
  quarter: 1 | 2 | 3 | 4;
  /** null: nothing responded to in the quarter */
  percent: number | null;
}

/** Targets the same at both stages make one line; different ones a line each. */
export function onTimeTargetNames(targets: Record<1 | 2, number>): { stage: 1 | 2 | null; name: string; value: number }[] {
  return targets[1] === targets[2]
    ? [{ stage: null, name: `Target ${targets[1]}%`, value: targets[1] }]
    : ([1, 2] as const).map((stage) => ({ stage, name: `Stage ${stage} target ${targets[stage]}%`, value: targets[stage] }));
}

export function complaintsOnTimeOption(year: string, shares: QuarterShare[], targets: Record<1 | 2, number>): Record<string, unknown> {
  const lines = onTimeTargetNames(targets);
  const names = ['Stage 1', 'Stage 2', ...lines.map((l) => l.name)];
  const dashed = 'path://M0 0H3V1H0ZM5 0H8V1H5Z';
  return {
    animation: false,
    title: chartTitle(`Responses on time by quarter, ${year}`),
    textStyle: text,
    legend: {
      ...sideLegend,
      data: [...names.slice(0, 2), ...lines.map((l) => ({ name: l.name, icon: dashed }))],
    },
    // room above the plot for a full bar's label
    grid: gridWithin({ right: roomFor(names) + 40, top: TITLE_ROOM + TEXT_PX + 10 }),
    xAxis: { type: 'category', data: [...QUARTER_LABELS], axisLabel: text },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%', ...text } },
    series: [
      ...([1, 2] as const).map((stage) => ({
        type: 'bar',
        name: `Stage ${stage}`,
        data: ([1, 2, 3, 4] as const).map((q) => shares.find((s) => s.stage === stage && s.quarter === q)?.percent ?? null),
        itemStyle: { color: STAGE_COLOURS[stage] },
        barWidth: 36,
        barGap: '10%',
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number | null }) => (p.value === null ? '' : `${Math.round(p.value)}%`),
          ...text,
        },
      })),
      ...lines.map((l) => ({
        type: 'line',
        name: l.name,
        data: QUARTER_LABELS.map(() => l.value),
        symbol: 'none',
        itemStyle: { color: TARGET_INK },
        lineStyle: { color: TARGET_INK, type: l.stage === 2 ? 'dotted' : 'dashed', width: 2 },
        tooltip: { show: false },
      })),
    ],
  };
}
