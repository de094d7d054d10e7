import { textWidth, wordsOf } from './fontMetrics';
import { BODY_SIZE } from './styles';

// Column widths worked out from what the columns hold, so that Word and LibreOffice never break a
// word: each column is at least as wide as its longest word (header words are bold), and the rest
// of the text width goes to the columns whose text would otherwise wrap most.

/** A4 text widths in twips with Word's default margins of 1440: 11906 - 2880 and 16838 - 2880. */
export const TEXT_WIDTH = { portrait: 9026, landscape: 13958 } as const;
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
/** Each cell's left and right margins, in twips. */
export const CELL_MARGIN = 70;
/** Room for the cell borders and the rounding of glyph positions. */
const SLACK = 40;
/**
 * A single word wider than this share of the portrait text width (about 27 digits at 12 pt) is a
 * token such as a long reference that no column could hold: it alone may wrap, and its column is
 * not made wider than this for it.
 */
export const LONG_WORD_SHARE = 0.4;
/** A table of this many columns goes landscape when its text, unwrapped, would fill this many portrait lines a row. */
const MANY_COLUMNS = 6;
const CROWDED_LINES = 2;

export interface ColumnLayout {
  /** each column's width in twips; they add up to the text width of the orientation */
  widths: number[];
  landscape: boolean;
}

const lines = (text: string) => text.split(/\r?\n/);
const widest = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/** The width a cell needs for its longest word, and for its text on one line (its natural width). */
function measureCell(text: string, bold: boolean, size: number): { word: number; natural: number } {
  const words = wordsOf(text).map((w) => textWidth(w, size, bold));
  const natural = widest(lines(text).map((l) => textWidth(l.trim(), size, bold)));
  return { word: widest(words), natural };
}

/** A column whose text is this short on one line (a date, a figure, a status) is given room for it first, so that it does not wrap. */
const SHORT = 1800;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Shares `total` twips among columns: first their minimums, then whole lines to short columns,
 * then the rest in proportion to what each wants more, capped at its natural width (and past it,
 * in proportion to natural widths, when every column has its text on one line).
 */
function share(total: number, minimum: number[], natural: number[]): number[] {
  if (sum(minimum) > total) return minimum.map((m) => (m * total) / sum(minimum)); // only where long tokens were capped
  const base = [...minimum];
  // the short columns that need least first, as many as the width allows
  const short = natural.map((_, i) => i).filter((i) => natural[i]! <= SHORT);
  short.sort((a, b) => natural[a]! - base[a]! - (natural[b]! - base[b]!));
  for (const i of short) if (total - sum(base) >= natural[i]! - base[i]!) base[i] = natural[i]!;
  const spare = total - sum(base);
  const want = natural.map((n, i) => Math.max(0, n - base[i]!));
  const wanted = sum(want);
  if (spare <= wanted) return base.map((m, i) => m + (wanted ? (spare * want[i]!) / wanted : 0));
  return natural.map((n) => n + ((spare - wanted) * n) / sum(natural));
}

/** Whole twips that add up to exactly `total` (the widest column takes the rounding). */
function whole(widths: number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const rest = total - out.reduce((a, b) => a + b, 0);
  const widestAt = out.indexOf(widest(out));
  out[widestAt]! += rest;
  return out;
}

/**
 * The widths of a table's columns, and whether it needs a landscape page: when its longest words
 * do not fit across a portrait page, or it has six or more columns whose text, unwrapped, would
 * take more than two portrait lines a row.
 */
export function layoutColumns(headers: string[], rows: string[][], options: { landscape?: boolean; size?: number } = {}): ColumnLayout {
  const size = options.size ?? BODY_SIZE;
  const cap = TEXT_WIDTH.portrait * LONG_WORD_SHARE;
  const cells = (i: number) => [measureCell(headers[i] ?? '', true, size), ...rows.map((r) => measureCell(r[i] ?? '', false, size))];
  const measured = headers.map((_, i) => cells(i));
  const pad = 2 * CELL_MARGIN + SLACK;
  const minimum = measured.map((col) => Math.min(widest(col.map((c) => c.word)), cap) + pad);
  const natural = measured.map((col, i) => Math.max(widest(col.map((c) => c.natural)) + pad, minimum[i]!));
  const landscape =
    options.landscape ?? (sum(minimum) > TEXT_WIDTH.portrait || (headers.length >= MANY_COLUMNS && sum(natural) > CROWDED_LINES * TEXT_WIDTH.portrait));
  const total = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  return { widths: whole(share(total, minimum, natural), total), landscape };
}
