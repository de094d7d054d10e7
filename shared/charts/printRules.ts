// What a chart must meet to be read on paper: text size once placed on the page, contrast of its
// colours on white, and text that neither overlaps nor leaves the picture. Pure, so that the
// exports and the tests share one reading of each rule.

export const MIN_PRINT_PT = 10;
/** The smallest text any chart option uses, in its own pixels (echarts' default size). */
export const MIN_CHART_FONT_PX = 12;
export const PT_PER_PX = 72 / 96;
/** WCAG 2 non-text contrast (bars, lines) and text contrast, against a white page. */
export const MARK_CONTRAST = 3;
export const TEXT_CONTRAST = 4.5;

/** The size in points that text of `fontPx` prints at, in a chart drawn `renderWidth` wide and placed `placedWidthPx` wide (96 px an inch). */
export function printedPt(fontPx: number, renderWidth: number, placedWidthPx: number): number {
  return fontPx * (placedWidthPx / renderWidth) * PT_PER_PX;
}

/**
 * The canvas to draw a chart on for a given placed size: smaller than the placed size by as much
 * as makes the smallest chart text print at MIN_PRINT_PT. The chart then keeps the layout it has on
 * screen, only larger on the page (the 2x raster adds pixels, not size).
 */
export function printCanvas(placedWidthPx: number, placedHeightPx: number): { width: number; height: number; scale: number } {
  const scale = MIN_PRINT_PT / (MIN_CHART_FONT_PX * PT_PER_PX);
  // rounded down, so that the text comes out no smaller than the rule
  const width = Math.floor(placedWidthPx / scale);
  return { width, height: Math.floor(placedHeightPx / scale), scale: placedWidthPx / width };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a colour written #rgb or #rrggbb. */
export function relativeLuminance(colour: string): number {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) throw new Error(`Not a hex colour: ${colour}`);
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export interface ChartColour {
  path: string;
  colour: string;
  kind: 'text' | 'mark';
}

const TEXT_KEYS = new Set(['textStyle', 'axisLabel', 'label', 'endLabel']);

/** Every colour an option sets, as text (in a text style or label) or as a mark (bars, lines, symbols). */
export function optionColours(option: unknown, path = '', inText = false): ChartColour[] {
  if (Array.isArray(option)) return option.flatMap((v, i) => optionColours(v, `${path}[${i}]`, inText));
  if (!option || typeof option !== 'object') return [];
  return Object.entries(option as Record<string, unknown>).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'color' && typeof value === 'string') return [{ path: here, colour: value, kind: inText ? 'text' : 'mark' }];
    if (key === 'color' && Array.isArray(value))
      return value.filter((v): v is string => typeof v === 'string').map((colour, i) => ({ path: `${here}[${i}]`, colour, kind: 'mark' }));
    return optionColours(value, here, inText || TEXT_KEYS.has(key));
  });
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function rectInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** A generous width for a line of Arial-like text (average glyph about half the size), to reserve room for labels outside a plot. */
export function textWidthPx(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.6);
}
