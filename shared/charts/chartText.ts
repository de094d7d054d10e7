import { textWidthPx } from './printRules';

// The text every chart shares, and the room it takes: a chart lays itself out from these, so that
// titles, labels and legends keep clear of each other at any size (the exports draw the same
// options on a canvas sized for print, see printRules.printCanvas).

export const FONT = 'Arial, sans-serif';
export const INK = '#1b1f24';
export const TEXT_PX = 12;
export const TITLE_PX = 14;
export const text = { fontFamily: FONT, fontSize: TEXT_PX, color: INK };

/** The title, at the top left; the plot starts below TITLE_ROOM. */
export const chartTitle = (words: string) => ({ text: words, left: 0, top: 0, padding: 0, textStyle: { fontFamily: FONT, fontSize: TITLE_PX, color: INK } });
export const TITLE_ROOM = TITLE_PX + 14;

/** A grid that keeps its axis labels inside the box given by its margins. */
export const gridWithin = (margins: { left?: number; right?: number; top?: number; bottom?: number }) => ({
  left: 0,
  right: 0,
  bottom: 0,
  top: TITLE_ROOM,
  ...margins,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
});

/** Room beside a plot for labels drawn outside it (bar values, a line's label). */
export const roomFor = (labels: string[], fontPx = TEXT_PX) => Math.max(0, ...labels.map((l) => textWidthPx(l, fontPx))) + 8;
