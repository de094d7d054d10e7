import {
  BookmarkEnd,
  BookmarkStart,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { shaped, shapeOf, textShape, type ParagraphShape, type Piece, type TextStyle } from './pageShapes';
import { BULLETS, CAPTION } from './styles';
import { CELL_MARGIN, layoutColumns } from './tableLayout';
import { directionOf, xmlSafe } from './text';

// Small builders shared by every document section.

/**
 * Blocks that go on a landscape page of their own (a wide table with its caption): `buildDocument`
 * puts each run of them in a landscape section, with the same footer as the rest.
 */
export class Landscape {
  constructor(readonly blocks: (Paragraph | Table)[]) {}
}

/** Where the contents list goes, when the document has one (see frame.ts `contentsList`). */
export class ContentsPlace {}

export type Block = Paragraph | Table | Landscape | ContentsPlace;

const LEVELS = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A Heading 1 with the bookmark that a contents line links to and takes its page number from. */
export class SectionHeading extends Paragraph {
  constructor(
    readonly text: string,
    readonly anchor: string,
    bookmarkId: number,
  ) {
    super({
      heading: HeadingLevel.HEADING_1,
      children: [new BookmarkStart(anchor, bookmarkId), new TextRun(text), new BookmarkEnd(bookmarkId)] as unknown as ParagraphChild[],
    });
  }
}

let headingId = 0;

/** Headings and the lines that introduce what follows: a landscape page takes them with its table. */
const keptWithNext = new WeakSet<object>();
const keepWithNext = <T extends Paragraph>(p: T, keep: boolean | undefined = true): T => {
  if (keep) keptWithNext.add(p);
  return p;
};
export const isKeptWithNext = (block: Block): boolean => keptWithNext.has(block);
const headings = new WeakSet<object>();
export const isHeading = (block: Block): boolean => headings.has(block);
const headingOf = <T extends Paragraph>(p: T): T => {
  headings.add(p);
  return keepWithNext(p);
};

/** A heading; a Heading 1 is bookmarked (`_TocHd1`, `_TocHd2` … in the order they are built), so that the contents can link to it. */
export function heading(text: string, level: keyof typeof LEVELS): Paragraph {
  const shape = textShape(HEADING_STYLES[level], [{ text: xmlSafe(text) }], { keepNext: true });
  if (level === 1) {
    headingId += 1;
    return headingOf(shaped(new SectionHeading(xmlSafe(text), `_TocHd${headingId}`, headingId), shape));
  }
  return headingOf(shaped(new Paragraph({ heading: LEVELS[level], children: [new TextRun(xmlSafe(text))] }), shape));
}

const HEADING_STYLES: Record<keyof typeof LEVELS, TextStyle> = { title: 'title', 1: 'heading1', 2: 'heading2', 3: 'heading3' };

/** A heading that is not itself listed in the contents (the contents' own heading). */
export function unlistedHeading(text: string): Paragraph {
  return shaped(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(text))] }),
    textShape('heading1', [{ text: xmlSafe(text) }], { keepNext: true }),
  );
}

/** A web address (with or without its scheme) or an e-mail address in running text. */
const ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?)]|\bwww\.[a-z0-9-]+\.[^\s<>"]*[^\s<>".,;:!?)]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;

/** A link for an address typed in text: an e-mail address as itself, a web address without its scheme, so that the text says where it goes. */
function addressLink(address: string, bold: boolean): ExternalHyperlink {
  const email = address.includes('@') && !/^https?:/i.test(address);
  const link = email ? `mailto:${address}` : /^https?:/i.test(address) ? address : `https://${address}`;
  const shown = shownAddressOf(address);
  return new ExternalHyperlink({ link, children: [new TextRun({ text: shown, bold: bold || undefined, style: 'Hyperlink' })] });
}

/** The text of an address as its link shows it. */
const shownAddressOf = (address: string) => (address.includes('@') && !/^https?:/i.test(address) ? address : address.replace(/^https?:\/\//i, ''));

/** Runs of text in which every web and e-mail address is a real link, and the text as they show it. */
function runs(text: string, bold = false, breakBefore = false): { children: ParagraphChild[]; pieces: Piece[] } {
  const safe = xmlSafe(text);
  const out: ParagraphChild[] = [];
  let shown = '';
  let at = 0;
  for (const m of safe.matchAll(ADDRESS)) {
    if (m.index > at || (breakBefore && !out.length))
      out.push(new TextRun({ text: safe.slice(at, m.index), bold: bold || undefined, break: breakBefore && !out.length ? 1 : undefined }));
    out.push(addressLink(m[0], bold));
    shown += safe.slice(at, m.index) + shownAddressOf(m[0]);
    at = m.index + m[0].length;
  }
  if (at < safe.length || !out.length)
    out.push(new TextRun({ text: safe.slice(at), bold: bold || undefined, break: breakBefore && !out.length ? 1 : undefined }));
  shown += safe.slice(at);
  return { children: out, pieces: [{ text: shown, ...(bold ? { bold } : {}), ...(breakBefore ? { breakBefore } : {}) }] };
}

/** `keepNext` keeps the paragraph on the page of what follows it: a label, or the line that introduces a chart or table. */
export function para(text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  const safe = xmlSafe(text).replace(/\s*\r?\n\s*/g, ' ');
  const { children, pieces } = runs(safe, options.bold);
  return keepWithNext(
    shaped(new Paragraph({ children, bidirectional: directionOf(safe), keepNext: options.keepNext }), textShape('normal', pieces, options)),
    options.keepNext,
  );
}

/** A paragraph of parts, some bold: [['Status: ', true], ['Completed', false]]. */
export function richPara(parts: [string, boolean][], options: { keepNext?: boolean } = {}): Paragraph {
  const drawn = parts.map(([text, bold]) => runs(text.replace(/\s*\r?\n\s*/g, ' '), bold));
  return keepWithNext(
    shaped(
      new Paragraph({ keepNext: options.keepNext, children: drawn.flatMap((d) => d.children) }),
      textShape(
        'normal',
        drawn.flatMap((d) => d.pieces),
        options,
      ),
    ),
    options.keepNext,
  );
}

const TYPED_BULLET = /^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/;

/** Where a list item's text starts: its numbering's indent (styles.ts). */
export const LIST_INDENT = 720;

/** A real list (Word's numbering), never typed bullet characters; the lines of one item are line breaks within its paragraph. */
export function bullets(items: string[]): Paragraph[] {
  return items.map((text) => {
    const safe = xmlSafe(text).trim().replace(TYPED_BULLET, '');
    const lines = safe.split(/\r?\n/).map((line, i) => runs(line, false, i > 0));
    return shaped(
      new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: lines.flatMap((l) => l.children), bidirectional: directionOf(safe) }),
      textShape(
        'normal',
        lines.flatMap((l) => l.pieces),
        { indent: LIST_INDENT },
      ),
    );
  });
}

/**
 * Text people typed (notes, summaries): each line its own paragraph, and lines typed as a list
 * ("- item", "• item", "1. item") become a real list.
 */
export function userText(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of xmlSafe(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (TYPED_BULLET.test(line)) out.push(...bullets([line]));
    else {
      const { children, pieces } = runs(line, options.bold);
      out.push(shaped(new Paragraph({ children, bidirectional: directionOf(line) }), textShape('normal', pieces)));
    }
  }
  return out.length ? out : [shaped(new Paragraph({ children: [] }), textShape('normal', []))];
}

// A data table's borders and cell margins are the table's, not each cell's: the same lines, with
// a quarter of the XML in a table of figures, which Word, LibreOffice and the page layout read once.
const border = { style: BorderStyle.SINGLE, size: 4, color: '8C949E' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN };
const HEADER_FILL = 'E6EBF2';

/** A table as the documents describe it: its caption (which introduces it), header words and rows. */
export interface TableSpec {
  /** the paragraph before the table that says what it holds ("Table 2: overdue checks") */
  caption: string;
  headers: string[];
  rows: string[][];
  /** no longer used: the widths are worked out from the content (see tableLayout.ts) */
  widths?: number[];
  /** a landscape page whatever the content; by default only a table too wide for portrait gets one */
  landscape?: boolean;
  /** a body cell's background (hex, light enough for the text's contrast), for a status in colour beside its words */
  fill?: (row: number, column: number) => string | undefined;
}

/** A caption: kept with the table it introduces, and a paragraph between any two tables. */
export function caption(text: string): Paragraph {
  const { children, pieces } = runs(text, true);
  return shaped(new Paragraph({ style: CAPTION, keepNext: true, children }), textShape('caption', pieces, { keepNext: true }));
}

/**
 * A data table introduced by its caption, whose first row is marked as a header row (repeated on
 * every page, announced by screen readers) and whose rows never split across pages. Its columns
 * are fixed to widths worked out from its words, so that no word is broken; a table too wide for a
 * portrait page comes with its caption on a landscape page.
 */
/** Rows of each data table (its header row included), for a lower bound of a document's length without laying it out. */
const tableRows = new WeakMap<Table, number>();

/** A data table's rows, its header row included (0 for a table not made by `dataTable`). */
export const rowsOf = (table: Table): number => tableRows.get(table) ?? 0;

export function dataTable(spec: TableSpec): Block[] {
  const { headers, rows } = spec;
  const { widths, landscape } = layoutColumns(headers, rows, { landscape: spec.landscape });
  // each cell's paragraphs, the header row first: the table's cells, and its shape for the page estimate
  const paragraphs = [headers, ...rows].map((r, j) => r.map((text) => userText(text, { bold: j === 0 })));
  const cell = (children: Paragraph[], i: number, fill?: string) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      children,
    });
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: paragraphs.map(
      (cells, j) =>
        new TableRow({
          tableHeader: j === 0 || undefined,
          cantSplit: true,
          children: cells.map((children, i) => cell(children, i, j === 0 ? HEADER_FILL : spec.fill?.(j - 1, i))),
        }),
    ),
  });
  const shapes = paragraphs.map((cells) => cells.map((children) => children.map((p) => shapeOf(p) as ParagraphShape)));
  shaped(table, { kind: 'table', widths, rows: shapes });
  tableRows.set(table, rows.length + 1);
  const blocks = [caption(spec.caption), table];
  return landscape ? [new Landscape(blocks)] : blocks;
}

let drawingId = 1000;

/** A picture with its alternative text, which states what a sighted reader would learn from it. */
export function picture(png: Buffer, widthPx: number, heightPx: number, alt: { title: string; description: string }): Paragraph {
  drawingId += 1;
  const shape: ParagraphShape = { ...textShape('normal', []), pictureHeight: heightPx * 0.75 };
  return shaped(
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: widthPx, height: heightPx },
          altText: { name: alt.title, title: alt.title, description: alt.description, id: String(drawingId) },
        }),
      ],
    }),
    shape,
  );
}

/** Drawing and heading ids restart for each document, so the same content gives the same document. */
export function resetDrawingIds(): void {
  drawingId = 1000;
  headingId = 0;
}
