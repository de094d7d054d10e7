import { describe, expect, it } from 'vitest';
import {
  MARK_CONTRAST,
  MIN_CHART_FONT_PX,
  MIN_PRINT_PT,
  TEXT_CONTRAST,
  contrastRatio,
  optionColours,
  printCanvas,
  printedPt,
  rectInside,
  rectsOverlap,
  relativeLuminance,
} from '../../shared/charts/printRules';
import { RAG_COLOURS, STATUS_COLOURS } from '../../shared/charts/palette';
import { ragChartOption, statusChartOption } from '../../shared/charts/actionPlanCharts';
import { compliancePercentOption } from '../../shared/charts/complianceCharts';
import { INK } from '../../shared/charts/chartText';
import { RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS } from '../../shared/domain/actionPlan';

describe('chart text on paper', () => {
  it('works out the printed size from the drawn and the placed width', () => {
    // a 12 px label in a chart drawn 640 wide and placed at 600 px (6.25 in, 450 pt)
    expect(printedPt(12, 640, 600)).toBeCloseTo(8.44, 2);
    expect(printedPt(12, 600, 600)).toBe(9);
  });

  it('draws on a canvas that prints the smallest chart text at 10 pt or more', () => {
    for (const [w, h] of [
      [600, 225],
      [560, 205],
      [600, 281],
      [601, 260],
    ] as const) {
      const c = printCanvas(w, h);
      expect(printedPt(MIN_CHART_FONT_PX, c.width, w)).toBeGreaterThanOrEqual(MIN_PRINT_PT);
      expect(printedPt(MIN_CHART_FONT_PX, c.width, w)).toBeLessThan(MIN_PRINT_PT + 0.05);
      expect(c.height / c.width).toBeCloseTo(h / w, 2);
    }
  });
});

describe('contrast', () => {
  it('follows WCAG 2 for black, white and a grey', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('red')).toThrow('Not a hex colour: red');
  });

  it('gives every palette colour 4.5:1 on white, so it serves for text as well as marks', () => {
    for (const colour of [...Object.values(RAG_COLOURS), ...Object.values(STATUS_COLOURS), INK]) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('finds an option’s colours and tells text from marks', () => {
    const found = optionColours({
      title: { textStyle: { color: '#111111' } },
      series: [{ itemStyle: { color: '#222222' }, label: { color: '#333333' }, lineStyle: { color: '#444444' } }],
      color: ['#555555'],
    });
    expect(found).toEqual([
      { path: 'title.textStyle.color', colour: '#111111', kind: 'text' },
      { path: 'series[0].itemStyle.color', colour: '#222222', kind: 'mark' },
      { path: 'series[0].label.color', colour: '#333333', kind: 'text' },
      { path: 'series[0].lineStyle.color', colour: '#444444', kind: 'mark' },
      { path: 'color[0]', colour: '#555555', kind: 'mark' },
    ]);
    expect(MARK_CONTRAST).toBe(3);
  });
});

describe('colour never alone', () => {
  it('names every bar of the RAG and status charts in words beside it', () => {
    const rag = ragChartOption({ red: 1, amber: 2, green: 3, complete: 4 }) as { yAxis: { data: string[] } };
    expect(rag.yAxis.data).toEqual(RAGS.map((r) => RAG_LABELS[r]));
    const status = statusChartOption({ completed: 1, in_progress: 2, not_started: 3, on_hold: 4 }) as { yAxis: { data: string[] } };
    expect(status.yAxis.data).toEqual(REC_STATUSES.map((s) => REC_STATUS_LABELS[s]));
  });

  it('says in the label which checks are below the target', () => {
    const option = compliancePercentOption(
      [
        { checkType: 'GAS', percent: 93.9 },
        { checkType: 'EICR', percent: 100 },
      ],
      97.5,
    ) as { series: { label: { formatter: (p: { dataIndex: number }) => string } }[] };
    const label = option.series[0]!.label.formatter;
    expect([label({ dataIndex: 0 }), label({ dataIndex: 1 })]).toEqual(['93.9%, below target', '100%']);
  });
});

describe('rectangles', () => {
  it('overlap only when they share area, and lie inside only when wholly within', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(rectsOverlap(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(rectsOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(rectInside({ x: 1, y: 1, width: 9, height: 9 }, a)).toBe(true);
    expect(rectInside({ x: 1, y: 1, width: 10, height: 9 }, a)).toBe(false);
  });
});
