import { BookmarkEnd, BookmarkStart, ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import type { DataTable } from './dataTable';
import { shaped, textShape, type ParagraphShape, type Piece, type TextStyle } from './pageShapes';
import { BULLETS, CAPTION } from './styles';
import { directionOf, xmlSafe } from './text';

// Small builders shared by every document section.

/**
 * Blocks that go on a landscape page of their own (a wide table with its caption): `buildDocument`
 * puts each run of them in a landscape section, with the same footer as the rest.
 */
export class Landscape {
  constructor(readonly blocks: (Paragraph | Table | DataTable)[]) {}
}

/** Where the contents list goes, when the document has one (see frame.ts `contentsList`). */
export class ContentsPlace {}

export type Block = Paragraph | Table | DataTable | Landscape | ContentsPlace;

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

/**
 * The lines of a cell's text when every one is plain words (no address to link, no typed list
 * item): what a data table writes itself (tableXml.ts); undefined when a line needs the docx
 * package's paragraphs. No line is empty.
 */
export function plainLines(text: string): string[] | undefined {
  const lines: string[] = [];
  for (const raw of xmlSafe(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (TYPED_BULLET.test(line) || line.search(ADDRESS) >= 0) return undefined;
    lines.push(line);
  }
  return lines;
}

/** A caption: kept with the table it introduces, and a paragraph between any two tables. */
export function caption(text: string): Paragraph {
  const { children, pieces } = runs(text, true);
  return shaped(new Paragraph({ style: CAPTION, keepNext: true, children }), textShape('caption', pieces, { keepNext: true }));
}

let drawingId = 1000;

/** Pictures still being drawn since the drawing ids were last reset: the document's. */
let beingDrawn: Promise<void>[] = [];

/**
 * A picture with its alternative text, which states what a sighted reader would learn from it. A
 * picture drawn on another thread (a chart) takes its place (and its drawing id) now and its image
 * when drawn: `buildDocument` gives the document those still being drawn, and packDocx waits for them.
 */
export function picture(png: Buffer | Promise<Buffer>, widthPx: number, heightPx: number, alt: { title: string; description: string }): Paragraph {
  drawingId += 1;
  const id = String(drawingId);
  const image = (data: Buffer) =>
    new ImageRun({
      type: 'png',
      data,
      transformation: { width: widthPx, height: heightPx },
      altText: { name: alt.title, title: alt.title, description: alt.description, id },
    });
  const shape: ParagraphShape = { ...textShape('normal', []), pictureHeight: heightPx * 0.75 };
  if (Buffer.isBuffer(png)) return shaped(new Paragraph({ children: [image(png)] }), shape);
  const paragraph = new Paragraph({ children: [] });
  const drawn = png.then((data) => {
    // the docx package's Paragraph keeps its properties first and its children after them, as here
    (paragraph as unknown as { root: unknown[] }).root.push(image(data));
  });
  drawn.catch(() => undefined); // the document's packing awaits it, and fails with its error
  beingDrawn.push(drawn);
  return shaped(paragraph, shape);
}

/** The pictures still being drawn since the ids were last reset, handed over to the document being built. */
export function takePicturesBeingDrawn(): Promise<void>[] {
  const taken = beingDrawn;
  beingDrawn = [];
  return taken;
}

/** Drawing and heading ids restart for each document, so the same content gives the same document. */
export function resetDrawingIds(): void {
  drawingId = 1000;
  headingId = 0;
  beingDrawn = [];
}
