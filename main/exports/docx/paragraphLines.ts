import { hasKnownWidth, textWidth } from './fontMetrics';
import type { ParagraphShape, TextStyle } from './pageShapes';

// How many lines a paragraph of ours takes at a width, and how tall they are, as Word breaks
// them: at spaces, after a hyphen or dash that a letter follows, and inside a word only when the
// word is wider than the line. Used by the page estimate (pageEstimate.ts).

export interface StyleMetrics {
  /** points */
  size: number;
  bold: boolean;
  /** space before and after, in points */
  before: number;
  after: number;
  /** the line spacing: a multiple of a single line */
  spacing: number;
}

/** The styles of styles.ts (their sizes, spacing and line spacing), in points. */
export const STYLE_METRICS: Record<TextStyle, StyleMetrics> = {
  normal: { size: 12, bold: false, before: 0, after: 6, spacing: 1.2 },
  title: { size: 22, bold: true, before: 0, after: 6, spacing: 1 },
  heading1: { size: 18, bold: true, before: 18, after: 6, spacing: 1 },
  heading2: { size: 15, bold: true, before: 14, after: 6, spacing: 1 },
  heading3: { size: 13, bold: true, before: 12, after: 6, spacing: 1 },
  caption: { size: 12, bold: true, before: 6, after: 4, spacing: 1.2 },
  contents: { size: 12, bold: false, before: 0, after: 4, spacing: 1.2 },
};

/** A single line of Arial is its ascent, descent and line gap: (1854 + 434 + 67) / 2048 of an em. */
const ARIAL_LINE = 2355 / 2048;

/** The height of a line of text of the style, in points. */
export const lineHeight = (style: StyleMetrics): number => style.size * ARIAL_LINE * style.spacing;

/** Rounding of widths that add up differently. */
const EPSILON = 1e-6;

/** Whether the paragraph's text is all in characters whose widths the tables give. */
export function measurable(shape: ParagraphShape): boolean {
  for (const piece of shape.pieces)
    for (const ch of piece.text) {
      // a tab in typed text goes to a tab stop: left to the docx package
      if (ch === '\t' || (ch !== '\n' && ch !== '\r' && !hasKnownWidth(ch.codePointAt(0)!))) return false;
    }
  return true;
}

interface Token {
  /** a word (or the part of one up to a hyphen), a run of spaces, or a line break */
  kind: 'word' | 'space' | 'break';
  width: number;
  text: string;
  bold: boolean;
}

const BREAKS_AFTER_HYPHEN = /(?<=[-\u2013\u2014])(?=\p{L})/u;

function tokensOf(shape: ParagraphShape, size: number, styleBold: boolean): Token[] {
  const out: Token[] = [];
  for (const piece of shape.pieces) {
    const bold = piece.bold ?? styleBold;
    if (piece.breakBefore) out.push({ kind: 'break', width: 0, text: '', bold });
    // a new line written in a run of text is a space
    for (const part of piece.text.replace(/\r?\n|\r/g, ' ').split(/( +)/)) {
      if (!part) continue;
      if (part.startsWith(' ')) out.push({ kind: 'space', width: textWidth(part, size * 2, bold) / 20, text: part, bold });
      else for (const word of part.split(BREAKS_AFTER_HYPHEN)) out.push({ kind: 'word', width: textWidth(word, size * 2, bold) / 20, text: word, bold });
    }
  }
  return out;
}

/** How many lines a word wider than the line takes when it is broken between its letters, and the width on its last line. */
function brokenWord(token: Token, size: number, width: number): { lines: number; last: number } {
  let lines = 1;
  let x = 0;
  for (const ch of token.text) {
    const w = textWidth(ch, size * 2, token.bold) / 20;
    if (x > 0 && x + w > width + EPSILON) {
      lines += 1;
      x = 0;
    }
    x += w;
  }
  return { lines, last: x };
}

/** The number of lines the paragraph's text takes in `width` points, and the width of the text on its last line. */
export function breakLines(shape: ParagraphShape, style: StyleMetrics, width: number): { lines: number; last: number } {
  let lines = 1;
  let x = 0; // the end of the line's last word
  let spaces = 0; // spaces after it, which count only when another word follows on the line
  let words = 0; // words on the line
  for (const token of tokensOf(shape, style.size, style.bold)) {
    if (token.kind === 'break') {
      lines += 1;
      x = spaces = words = 0;
      continue;
    }
    if (token.kind === 'space') {
      spaces += token.width;
      continue;
    }
    const at = x + spaces;
    if (words === 0 || at + token.width <= width + EPSILON) {
      x = at + token.width;
    } else {
      lines += 1;
      x = token.width;
    }
    if (x > width + EPSILON) {
      // a word wider than the line: broken between its letters
      const broken = brokenWord(token, style.size, width);
      lines += broken.lines - 1;
      x = broken.last;
    }
    words += 1;
    spaces = 0;
  }
  return { lines, last: x };
}

/** The number of lines the paragraph's text takes in `width` points. */
export const countLines = (shape: ParagraphShape, style: StyleMetrics, width: number): number => breakLines(shape, style, width).lines;
