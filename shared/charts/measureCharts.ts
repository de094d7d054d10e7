import { formatMonth } from '../domain/dates';
import { formatMeasureValue, type MeasureUnit } from '../domain/measures';
import { RAG_COLOURS } from './palette';

/**
 * A measure's monthly values for a year as a line, with last year's as a grey line behind and
 * the target as a dashed line, for the measure's page.
 */
export function measureMonthlyOption(
  months: { month: string; value: number | null; lastYear: number | null }[],
  target: number | null,
  unit: MeasureUnit,
): Record<string, unknown> {
  const font = { fontFamily: 'Arial, sans-serif', color: '#1b1f24' };
  const label = (m: string) => `${formatMonth(m).slice(0, 3)} ${m.slice(2, 4)}`;
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: font },
    xAxis: { type: 'category', data: months.map((m) => label(m.month)), axisLabel: font },
    yAxis: {
      type: 'value',
      min: unit === 'percent' ? (v: { min: number }) => Math.max(0, Math.floor(Math.min(v.min, target ?? v.min) / 10) * 10) : 0,
      max: unit === 'percent' ? 100 : undefined,
      axisLabel: { ...font, formatter: (v: number) => formatMeasureValue(v, unit).replace(' per 1,000 homes', '') },
    },
    series: [
      {
        name: 'Last year',
        type: 'line',
        data: months.map((m) => m.lastYear),
        lineStyle: { color: '#5a5f66', type: 'dotted' },
        itemStyle: { color: '#5a5f66' },
        connectNulls: false,
      },
      {
        name: 'This year',
        type: 'line',
        data: months.map((m) => m.value),
        lineStyle: { color: RAG_COLOURS.complete, width: 3 },
        itemStyle: { color: RAG_COLOURS.complete },
        connectNulls: false,
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                data: [{ yAxis: target }],
                lineStyle: { type: 'dashed', color: '#1b1f24' },
                label: { formatter: `Target ${formatMeasureValue(target, unit)}`, position: 'insideEndTop', ...font },
              },
      },
    ],
  };
}
