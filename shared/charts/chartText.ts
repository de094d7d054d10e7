import { textWidthPx } from './printRules';

// The text every chart shares, and the room it takes: a chart lays itself out from these, so that
// titles, labels and legends keep clear of each other at any size (the exports draw the same
// options on a canvas sized for print, see printRules.printCanvas).

export const FONT = 'Arial, sans-serif';
export const INK = '#1b1f24';
export const TEXT_PX = 12;
export const TITLE_PX = 14;
export const text = { fontFamily: FONT, fontSize: TEXT_PX, color: INK };

/** Space kept clear at the edges: a glyph reaches a little beyond its text box. */
export const EDGE = 4;

/** The title, at the top left; the plot starts below TITLE_ROOM. */
export const chartTitle = (words: string) => ({
  text: words,
  left: EDGE,
  top: EDGE,
  padding: 0,
  textStyle: { fontFamily: FONT, fontSize: TITLE_PX, color: INK },
});
export const TITLE_ROOM = EDGE + TITLE_PX + 14;

/** A grid that keeps its axis labels inside the box given by its margins. */
export const gridWithin = (margins: { left?: number; right?: number; top?: number; bottom?: number }) => ({
  left: EDGE,
  right: EDGE,
  bottom: EDGE,
  top: TITLE_ROOM,
  ...margins,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
});

/** Room beside a plot for labels drawn outside it (bar values, a line's label). */
export const roomFor = (labels: string[], fontPx = TEXT_PX) => Math.max(0, ...labels.map((l) => textWidthPx(l, fontPx))) + 8 + EDGE;

/** A key down the right of the plot, one line a series, so that it never wraps onto the axis. */
export const sideLegend = {
  orient: 'vertical',
  right: EDGE,
  top: TITLE_ROOM,
  padding: 0,
  itemGap: 8,
  itemWidth: 24,
  itemHeight: 10,
  textStyle: text,
} as const;
