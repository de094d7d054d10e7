import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';

/**
 * Draws a chart option (built in shared/charts, as the dashboard draws it) on the server: echarts
 * renders SVG, resvg turns it into a PNG at twice the size for print.
 */
export function renderChartPng(option: Record<string, unknown>, width: number, height: number): Buffer {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: width * 2 },
      background: '#ffffff',
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    })
      .render()
      .asPng();
    return Buffer.from(png);
  } finally {
    chart.dispose();
  }
}
