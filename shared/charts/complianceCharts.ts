import { CHECK_TYPE_LABELS, type CheckType } from '../domain/compliance';
import { RAG_COLOURS } from './palette';

/** Percentage of homes covered for each check, red below the target, green at or above it. */
export function compliancePercentOption(rows: { checkType: CheckType; percent: number | null }[], target: number): Record<string, unknown> {
  const shown = rows.filter((r) => r.percent !== null);
  return {
    animation: false,
    title: { text: `Homes with the check in date (target ${target}%)`, left: 0, textStyle: { fontSize: 14, fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    grid: { left: 260, right: 50, top: 36, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => CHECK_TYPE_LABELS[r.checkType]), axisLabel: { fontFamily: 'Arial, sans-serif', color: '#1b1f24' } },
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
