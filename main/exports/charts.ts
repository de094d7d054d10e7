import * as echarts from 'echarts';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { printCanvas, type Rect } from '../../shared/charts/printRules';

// Charts for Word documents: the option built in shared/charts, as the dashboard draws it, drawn
// on the server by echarts (SVG) on the canvas printCanvas gives for the size the chart is placed
// at, so that its smallest text prints at 10 pt; resvg turns it into a PNG at twice the placed size.

function drawn<T>(option: Record<string, unknown>, placedWidthPx: number, placedHeightPx: number, use: (chart: echarts.ECharts) => T): T {
  const canvas = printCanvas(placedWidthPx, placedHeightPx);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: canvas.width, height: canvas.height });
  try {
    chart.setOption({ ...option, animation: false });
    return use(chart);
  } finally {
    chart.dispose();
  }
}

const resvgOptions = (placedWidthPx: number): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: placedWidthPx * 2 },
  background: '#ffffff',
  font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
});

/** The chart as a PNG for a picture placed `placedWidthPx` x `placedHeightPx` (96 px an inch). */
export function renderChartPng(option: Record<string, unknown>, placedWidthPx: number, placedHeightPx: number): Buffer {
  const svg = drawn(option, placedWidthPx, placedHeightPx, (chart) => chart.renderToSVGString());
  return Buffer.from(new Resvg(svg, resvgOptions(placedWidthPx)).render().asPng());
}

export interface ChartText {
  text: string;
  fontPx: number;
  /** the colour it is drawn in */
  fill: string | null;
  /** where it lies on the canvas, rotated text by its upright box */
  rect: Rect;
  isTitle: boolean;
}

export interface ChartLayout {
  canvas: Rect & { scale: number };
  /** the plot area (echarts' grid), where bars, lines and markers are drawn */
  plot: Rect | null;
  texts: ChartText[];
}

interface DrawnText {
  type: string;
  style: { text?: string; font?: string; fill?: unknown };
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void } & Rect };
  getComputedTransform(): unknown;
}

/** Where echarts puts every piece of text, in the canvas it draws the chart on for this placed size: for checking overlap and size. */
export function chartLayout(option: Record<string, unknown>, placedWidthPx: number, placedHeightPx: number): ChartLayout {
  const title = (option.title as { text?: string } | undefined)?.text;
  return drawn(option, placedWidthPx, placedHeightPx, (chart) => {
    const canvas = printCanvas(placedWidthPx, placedHeightPx);
    const displayed = chart.getZr().storage.getDisplayList(true) as unknown as DrawnText[];
    const texts = displayed
      .filter((el) => el.type === 'tspan' && el.style.text)
      .map((el) => {
        const rect = el.getBoundingRect().clone();
        const m = el.getComputedTransform();
        if (m) rect.applyTransform(m);
        const fontPx = Number(/(\d+(?:\.\d+)?)px/.exec(el.style.font ?? '')?.[1] ?? NaN);
        return {
          text: el.style.text!,
          fontPx,
          fill: typeof el.style.fill === 'string' ? el.style.fill : null,
          rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
          isTitle: el.style.text === title,
        };
      });
    const grid = (chart as unknown as { getModel(): { getComponent(t: string): { coordinateSystem?: { getRect(): Rect } } | undefined } })
      .getModel()
      .getComponent('grid')?.coordinateSystem;
    const r = grid?.getRect();
    return {
      canvas: { x: 0, y: 0, width: canvas.width, height: canvas.height, scale: canvas.scale },
      plot: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      texts,
    };
  });
}
