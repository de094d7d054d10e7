// Advance widths of Arial (and Liberation Sans, its metric twin, as LibreOffice draws it), in
// thousandths of an em: the Helvetica/Arial AFM widths for ASCII, Latin-1 and common punctuation
// (but the middle dot, 333 in Arial, as the page layout of `docx` measures it).
// Text is measured with them to size table columns so that no word is ever broken.

/** The characters the tables give widths for, in order: U+0020-U+007E, U+00A0-U+00FF, then these. */
const EXTRA = [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2022, 0x20ac, 0x2212];

const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834,
  834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722,
  722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556,
  556, 556, 500, 556, 500, 556, 1000, 222, 222, 333, 333, 1000, 350, 556, 584,
];

const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
  584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584, 278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834,
  834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722,
  722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611,
  611, 611, 556, 611, 556, 556, 1000, 278, 278, 500, 500, 1000, 350, 556, 584,
];

const indexOf = (code: number): number => {
  if (code >= 0x20 && code <= 0x7e) return code - 0x20;
  if (code >= 0xa0 && code <= 0xff) return code - 0xa0 + 95;
  const extra = EXTRA.indexOf(code);
  return extra < 0 ? -1 : 191 + extra;
};

/** Whether the tables give the character's width (text with others is left to the docx package's layout). */
export const hasKnownWidth = (code: number): boolean => indexOf(code) >= 0;

/** A character outside the tables: an average letter, or a full em for East Asian scripts. */
const unknownWidth = (code: number) => (code >= 0x2e80 ? 1000 : 556);

/** The width of text on one line, in twips (1/20 pt), at a size in half-points (24 = 12 pt). */
export function textWidth(text: string, sizeHalfPoints: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const i = indexOf(code);
    units += i < 0 ? unknownWidth(code) : table[i]!;
  }
  // units/1000 of an em; an em is the size in points, 20 twips to the point, half-points to points /2
  return (units * sizeHalfPoints * 10) / 1000;
}

/** The words of text as a line breaks it: at spaces, and after a hyphen or dash that a letter follows. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=[-\u2013\u2014])(?=\p{L})/u))
    .filter(Boolean);
}

/** How many measured pieces of text `measureArial` keeps; past it, it starts afresh. */
const MEASURED_KEPT = 50_000;
const measured = new Map<string, number>();

/**
 * The width in points of text in Arial at a size in points, as the page layout of `docx` asks for
 * it (`measureWidth`): the same widths as its own tables give Arial, but each word's width is kept,
 * so the thousands of times a long document's words are measured again cost a look-up.
 */
export function measureArial(text: string, font: { size: number; bold: boolean }): number {
  const key = `${font.size}|${font.bold ? 'b' : ''}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    if (measured.size >= MEASURED_KEPT) measured.clear();
    width = textWidth(text, font.size * 2, font.bold) / 20;
    measured.set(key, width);
  }
  return width;
}
