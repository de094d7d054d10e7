import { textWidth } from './fontMetrics';
import { breakLines, countLines, lineHeight, measurable, STYLE_METRICS } from './paragraphLines';
import { textShape, type ParagraphShape, type Shape, type TableShape } from './pageShapes';
import { CELL_MARGIN, PAGE } from './tableLayout';

// The pages of a document of our blocks, laid out as Word lays them out (and as the layout of the
// `docx` package estimates it, which the tests hold this to): lines broken at the text's widths,
// paragraphs' spacing, a heading or caption kept with what follows it, no first or last line of a
// paragraph alone on a page, table rows that never split and a header row repeated on each page,
// and each section on a page of its own. It works out in milliseconds what the package's general
// layout takes seconds for on a paper of hundreds of pages, so the contents list's page numbers
// and "Page X of Y" cost little.

export interface EstimateSection {
  landscape: boolean;
  blocks: { shape: Shape; anchor?: string }[];
}

export interface PageEstimate {
  pageCount: number;
  sectionPageCounts: number[];
  /** the page each bookmarked heading starts on */
  anchorPages: Map<string, number>;
}

/** The height of a page's text, in points: the page less its top and bottom margins. */
const TEXT_HEIGHT_PT = { portrait: (PAGE.height - 2 * PAGE.margin) / 20, landscape: (PAGE.width - 2 * PAGE.margin) / 20 };
const TEXT_WIDTH_PT = { portrait: (PAGE.width - 2 * PAGE.margin) / 20, landscape: (PAGE.height - 2 * PAGE.margin) / 20 };
/** A cell's margins above and below its text (blocks.ts cellMargins), and a table's border lines, in points. */
const CELL_MARGIN_Y = 3;
const BORDER = 0.5;
const EMPTY: ParagraphShape = { kind: 'paragraph', style: 'normal', pieces: [] };
/** Rounding of heights that add up differently. */
const TOLERANCE = 0.01;

/**
 * Whether the page footer, "Title, date. Page X of Y", stays within the bottom margin, as it does on
 * two lines: a third pushes the foot of the page's text up (a long title), which the estimate does
 * not follow.
 */
export function footerFits(text: string): boolean {
  const footer = textShape('normal', [{ text }]);
  return measurable(footer) && countLines(footer, STYLE_METRICS.normal, TEXT_WIDTH_PT.portrait) <= 2;
}

/** Whether every block has a shape the estimate lays out, and its text widths are known. */
export function estimable(sections: { blocks: { shape: Shape | undefined }[] }[]): boolean {
  const ok = (shape: Shape | undefined): boolean =>
    shape !== undefined && (shape.kind === 'paragraph' ? measurable(shape) : shape.rows.every((row) => row.every((cell) => cell.every((p) => ok(p)))));
  return sections.every((s) => s.blocks.every((b) => ok(b.shape)));
}

interface Laid {
  /** each line's height */
  lines: number[];
  before: number;
  after: number;
  keepNext: boolean;
  /** the part of a line of multiple spacing below its text, which may go below the page's text */
  hang: number;
}

/** The room a contents line's page number needs: three digits, and a dot of its leader. */
const NUMBER_ROOM = textWidth('999.', 24) / 20;

/** Whether a contents line's page number fits beside the last line of its title (else how Word lays it out is left to the docx package). */
function numberFits(shape: ParagraphShape, width: number): boolean {
  return breakLines(shape, STYLE_METRICS.contents, width).last + NUMBER_ROOM <= width;
}

function layParagraph(shape: ParagraphShape, width: number): Laid | undefined {
  const style = STYLE_METRICS[shape.style];
  const text = width - (shape.indent ?? 0) / 20;
  // a line of multiple spacing takes the multiple of its font's line, beside a picture too
  const hang = lineHeight(style) - lineHeight(style) / style.spacing;
  const line = shape.pictureHeight === undefined ? lineHeight(style) : shape.pictureHeight + hang;
  const count = shape.pictureHeight === undefined ? countLines(shape, style, text) : 1;
  if (shape.style === 'contents' && !numberFits(shape, text)) return undefined;
  return { lines: Array<number>(count).fill(line), before: style.before, after: style.after, keepNext: shape.keepNext === true, hang };
}

/** The height of a cell's paragraphs stacked, with the space between them and after the last. */
function cellHeight(cell: ParagraphShape[], width: number): number {
  let height = 0;
  let after = 0;
  cell.forEach((p, i) => {
    const laid = layParagraph(p, width)!; // a cell holds no contents line
    height += (i === 0 ? 0 : Math.max(after, laid.before)) + laid.lines.reduce((a, b) => a + b, 0);
    after = laid.after;
  });
  return height + after;
}

/** Each row's height: its tallest cell with the cell margins, and the border above it; the last row has the table's bottom border too. */
function rowHeights(table: TableShape): number[] {
  return table.rows.map(
    (cells, r) =>
      CELL_MARGIN_Y * 2 +
      BORDER * (r === table.rows.length - 1 ? 2 : 1) +
      Math.max(0, ...cells.map((cell, i) => cellHeight(cell, (table.widths[i]! - 2 * CELL_MARGIN) / 20))),
  );
}

/** The lines a paragraph starts a page with at least: a first line is never left alone, nor a paragraph's last. */
const firstLines = (lines: number[]): number[] => lines.slice(0, lines.length <= 3 ? lines.length : 2);

/** Where the next line goes: the page, how far down its text, and what is above it. */
class Pages {
  anchorPages = new Map<string, number>();
  sectionPageCounts: number[] = [];
  page = 0;
  y = 0;
  /** the space after the block above, when it is a paragraph */
  after = 0;
  /** nothing yet on the page */
  atTop = true;
  /** nothing yet in the section */
  sectionTop = true;
  /** the space after the last paragraph of the section before */
  carried = 0;
  /** the height of the page's text */
  height = 0;

  newPage(): void {
    this.page += 1;
    this.y = 0;
    this.after = 0;
    this.atTop = true;
  }

  startSection(landscape: boolean): void {
    this.carried = this.after;
    this.newPage();
    this.sectionTop = true;
    this.height = landscape ? TEXT_HEIGHT_PT.landscape : TEXT_HEIGHT_PT.portrait;
  }

  /**
   * The space above a paragraph: at the top of a page none, but at the top of a section, where
   * it is what its space before adds to the space after the paragraph that ended the section before.
   */
  topSpace(p: Laid): number {
    return this.sectionTop ? Math.max(this.carried, p.before) - this.carried : 0;
  }

  /**
   * The height of the blocks kept with the next from `i`, and the first lines or rows of the block
   * they keep with: from here, or (`fresh`) from the top of the next page.
   */
  keptHeight(laid: (Laid | number[])[], i: number, options: { fresh?: boolean; endsSection: boolean }): number {
    const { fresh = false } = options;
    let h = 0;
    let below = this.atTop || fresh ? undefined : this.after;
    let top = this.atTop || fresh;
    for (let j = i; j < laid.length; j++) {
      const block = laid[j]!;
      if (Array.isArray(block)) return h + (top ? 0 : (below ?? 0)) + block[0]! + (block[1] ?? 0);
      const last = j === laid.length - 1;
      // the paragraph that ends a section (and holds its properties) keeps nothing with it
      if (last && options.endsSection) return h;
      const space = top ? (j === i && !fresh ? this.topSpace(block) : 0) : Math.max(below ?? 0, block.before);
      // what it is kept with: as many of its first lines as widow and orphan control keep together
      if (!block.keepNext || last) return h + space + sum(firstLines(block.lines)) - block.hang;
      h += space + sum(block.lines);
      below = block.after;
      top = false;
    }
    return h;
  }

  /** A table: its rows never split, and its header row starts each page it goes on to. */
  placeTable(rows: number[]): void {
    if (!this.atTop) this.y += this.after;
    this.after = 0;
    rows.forEach((row, r) => {
      // a row before the last fits with the table's bottom border, drawn below it where the table breaks
      const below = r < rows.length - 1 ? BORDER : 0;
      if (r > 0 && this.y + row + below > this.height + TOLERANCE && !this.atTop) {
        this.newPage();
        this.y = rows[0]!;
      }
      this.y += row;
      this.atTop = false;
    });
    this.sectionTop = false;
  }

  /** A paragraph's lines, breaking the page between them with no first or last line alone on a page; gives the page it starts on. */
  placeParagraph(block: Laid): number {
    let space = this.atTop ? this.topSpace(block) : Math.max(this.after, block.before);
    const lines = block.lines;
    let starts: number | undefined;
    let placed = 0;
    while (placed < lines.length) {
      let fit = 0;
      let h = this.y + space;
      while (placed + fit < lines.length && h + lines[placed + fit]! - block.hang <= this.height + TOLERANCE) h += lines[placed + fit++]!;
      if (placed + fit === lines.length) {
        this.y = h;
        break;
      }
      const rest = lines.length - placed - fit;
      if (rest === 1 && fit > 0 && lines.length > 2) fit -= 1;
      if (placed === 0 && fit === 1 && lines.length > 1) fit = 0;
      if (placed === 0 && fit > 0) starts = this.page;
      placed += fit;
      this.newPage();
      space = 0;
    }
    this.after = block.after;
    this.atTop = false;
    this.sectionTop = false;
    return starts ?? this.page;
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const isEmpty = (shape: Shape) => shape.kind === 'paragraph' && shape.pictureHeight === undefined && shape.pieces.every((p) => p.text === '');

/**
 * Lays the sections out, page by page, and gives the number of pages and where each heading is;
 * undefined for a document with something it does not lay out as Word does.
 */
export function estimatePageNumbers(sections: EstimateSection[]): PageEstimate | undefined {
  const pages = new Pages();
  for (const section of sections) {
    const first = pages.page + 1;
    pages.startSection(section.landscape);
    const { height } = pages;
    const width = section.landscape ? TEXT_WIDTH_PT.landscape : TEXT_WIDTH_PT.portrait;
    // a section that ends with a table ends with an empty paragraph, which holds the section's properties (the last section's are the body's own)
    const closed = section !== sections.at(-1) && section.blocks.at(-1)?.shape.kind === 'table';
    const blocks: EstimateSection['blocks'] = closed ? [...section.blocks, { shape: EMPTY }] : section.blocks;
    const maybeLaid = blocks.map((b) => (b.shape.kind === 'paragraph' ? layParagraph(b.shape, width) : rowHeights(b.shape)));
    if (maybeLaid.includes(undefined)) return undefined;
    const laid = maybeLaid as (Laid | number[])[];
    // a row that would not fit on a page below the header row is split, and a picture taller than a page is cut: left to the docx package
    if (laid.some((b) => (Array.isArray(b) ? b.some((row, r) => row + (r > 0 ? b[0]! : 0) > height) : b.lines.some((line) => line - b.hang > height)))) {
      return undefined;
    }
    // an empty paragraph that ends a section after a paragraph holds only the section's properties, and takes no line
    const markOnly = closed === false && section !== sections.at(-1) && isEmpty(blocks.at(-1)!.shape) && blocks.length > 1 && !Array.isArray(laid.at(-2));
    blocks.forEach((b, i) => {
      const block = laid[i]!;
      if (markOnly && i === blocks.length - 1) {
        // it takes no line, but the next section's first paragraph's space before is what it adds to its space after
        pages.after = (block as Laid).after;
        return;
      }
      if (Array.isArray(block)) return pages.placeTable(block);
      // a paragraph kept with the next goes to the next page with it when they do not both fit here, but do there
      const kept = (fresh: boolean) => pages.keptHeight(laid, i, { fresh, endsSection: section !== sections.at(-1) });
      if (block.keepNext && !pages.atTop && pages.y + kept(false) > height + TOLERANCE && kept(true) <= height + TOLERANCE) {
        pages.newPage();
      }
      const starts = pages.placeParagraph(block);
      if (b.anchor) pages.anchorPages.set(b.anchor, starts);
    });
    pages.sectionPageCounts.push(pages.page - first + 1);
  }
  return { pageCount: pages.page, sectionPageCounts: pages.sectionPageCounts, anchorPages: pages.anchorPages };
}
