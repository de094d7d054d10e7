import type { MeasureStatus } from '../domain/measures';
import { INK, TITLE_ROOM, chartTitle, gridWithin, roomFor, text } from './chartText';
import { RAG_COLOURS } from './palette';

/** What the chart shows of a percentage measure: this year to date and its target. */
export interface PercentBar {
  label: string;
  value: number;
  target: number | null;
  status: MeasureStatus | null;
}

const BAR_COLOUR: Record<MeasureStatus | 'none', string> = {
  on_target: RAG_COLOURS.green,
  within_tolerance: RAG_COLOURS.amber,
  off_target: RAG_COLOURS.red,
  none: RAG_COLOURS.complete,
};

/** A measure's name is broken into lines of about this many characters, at spaces. */
const LABEL_CHARS = 24;

/** Words on lines of at most `chars` characters (a longer word on a line of its own). */
export function wrapWords(words: string, chars: number): string {
  const lines: string[] = [];
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** Room a measure's bar takes down the chart: two lines of its name. */
export const PERCENT_BAR_PX = 38;
export const percentChartHeight = (bars: number) => TITLE_ROOM + 36 + PERCENT_BAR_PX * bars;

/**
 * Each percentage measure's figure this year to date as a bar, coloured by its status against the
 * target, with the target as a black mark across the bar and both written beside the plot ("41%,
 * target 90%"), so that neither colour nor the mark is needed to read it.
 */
export function performancePercentOption(bars: PercentBar[]): Record<string, unknown> {
  // the figures are the labels of a second axis on the right, outside the plot, so that no target mark crosses them
  const figures = bars.map((b) => (b.target === null ? `${b.value}%` : `${b.value}%\ntarget ${b.target}%`));
  const categories = (data: string[], position: 'left' | 'right') => ({
    type: 'category',
    inverse: true,
    position,
    data,
    axisTick: { show: false },
    axisLine: { show: position === 'left' },
    axisLabel: { ...text, lineHeight: 15 },
  });
  return {
    animation: false,
    title: chartTitle('This year to date against target'),
    textStyle: text,
    grid: gridWithin({ right: roomFor(figures.flatMap((f) => f.split('\n'))) }),
    xAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%', ...text } },
    yAxis: [
      categories(
        bars.map((b) => wrapWords(b.label, LABEL_CHARS)),
        'left',
      ),
      categories(figures, 'right'),
    ],
    series: [
      {
        type: 'bar',
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: BAR_COLOUR[b.target === null ? 'none' : (b.status ?? 'none')] } })),
        barMaxWidth: 20,
      },
      {
        type: 'scatter',
        name: 'Target',
        data: bars.flatMap((b, i) => (b.target === null ? [] : [[b.target, i]])),
        symbol: 'rect',
        symbolSize: [4, 28],
        itemStyle: { color: INK },
        z: 3,
      },
    ],
  };
}
