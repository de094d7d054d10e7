import { Document, Footer, PageNumber, PageOrientation, Paragraph, type Table, TextRun, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, layoutDocument } from 'docx/layout';
import { formatDateLong } from '../../../shared/domain/dates';
import { ContentsPlace, isHeading, isKeptWithNext, Landscape, resetDrawingIds, SectionHeading, takePicturesBeingDrawn, type Block } from './blocks';
import { DataTable } from './dataTable';
import { contentsBlocks, contentsEntries } from './contents';
import { measureArial } from './fontMetrics';
import { estimable, estimatePageNumbers, footerFits, type EstimateSection, type PageEstimate } from './pageEstimate';
import { shapeOf } from './pageShapes';
import { documentNumbering, documentStyles } from './styles';
import { PAGE } from './tableLayout';
import { xmlSafe } from './text';

// Every document is put together here: its properties, styles, the page furniture that each page
// carries (a footer with the document's title, its date and "Page X of Y"), its contents list, and
// the landscape sections that wide tables are put in.

export interface DocumentMeta {
  /** the document's title, as on its first page and in its properties */
  title: string;
  /** the date the document carries (its meeting, its month's publication, the day it was produced) */
  date: string;
  subject?: string;
  creator: string;
  description: string;
  /** a contents list: by default ('auto') in a document of more than four pages */
  contents?: 'auto' | 'always' | 'never';
}

/** Documents longer than this many pages open with a contents list. */
export const CONTENTS_FROM_PAGES = 4;

/** Marks the place of the contents list (else it goes before the first Heading 1), which `buildDocument` draws when the document is long enough. */
export function contentsList(): Block {
  return new ContentsPlace();
}

/** The footer's words: the document's title and date, then "Page X of Y" (`pages`). */
const footerText = (meta: Pick<DocumentMeta, 'title' | 'date'>, pages = '') => `${xmlSafe(meta.title)}, ${formatDateLong(meta.date)}. ${pages}`;

export function pageFooter(meta: Pick<DocumentMeta, 'title' | 'date'>): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun(`${footerText(meta)}Page `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' of '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

type Flat = Paragraph | Table | DataTable;

/**
 * What introduces a wide table, taken from the end of the portrait run before it to go on the
 * landscape page with it: the lines kept with it, or a heading and up to two paragraphs after it.
 * The document's first run keeps its first block; a run between two landscape ones that holds
 * only the introduction goes whole (else its heading would sit alone on a portrait page).
 */
function introductionOf(run: { landscape: boolean; children: Flat[] } | undefined, first: boolean): Flat[] {
  if (!run || run.landscape) return [];
  const kids = run.children;
  const keep = first ? 1 : 0;
  let from = kids.length;
  while (from > keep && isKeptWithNext(kids[from - 1]!)) from--;
  const heading = kids.findLastIndex((b) => isHeading(b));
  if (heading >= keep && heading >= kids.length - 3 && kids.slice(heading).every((b) => b instanceof Paragraph)) from = Math.min(from, heading);
  return kids.splice(from);
}

/** The blocks as sections: portrait runs and landscape runs, each with the footer. */
export function sectionsOf(blocks: Block[], meta: Pick<DocumentMeta, 'title' | 'date'>): ISectionOptions[] {
  const runs: { landscape: boolean; children: Flat[] }[] = [];
  const add = (landscape: boolean, children: Flat[]) => {
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.children.push(...children);
    else runs.push({ landscape, children: [...children] });
  };
  for (const b of blocks) {
    if (b instanceof ContentsPlace) continue;
    if (b instanceof Landscape) {
      const intro = introductionOf(runs[runs.length - 1], runs.length === 1);
      if (runs[runs.length - 1]?.children.length === 0) runs.pop();
      add(true, [...intro, ...b.blocks]);
    } else add(false, [b]);
  }
  return runs.map((run) => ({
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    footers: { default: pageFooter(meta) },
    children: run.children,
  }));
}

/** The blocks with the contents in its place: at the marker, else before the first Heading 1. */
function withContents(blocks: Block[], contents: Paragraph[]): Block[] {
  let at = blocks.findIndex((b) => b instanceof ContentsPlace);
  if (at < 0) at = blocks.findIndex((b) => b instanceof SectionHeading || (b instanceof Landscape && b.blocks.some((x) => x instanceof SectionHeading)));
  if (at < 0) return blocks;
  return [...blocks.slice(0, at), ...contents, ...blocks.slice(at)];
}

/** The fewest points of page a paragraph takes: one line of the smallest text we write (8 pt). */
const MIN_PARAGRAPH_PT = 8;
/** The fewest points a table row takes: its cell margins (3 pt above and below) and a line of 12 pt text. */
const MIN_ROW_PT = 18;
/** The height of a portrait page's text, the tallest a page has, in points. */
const PAGE_TEXT_PT = (PAGE.height - 2 * PAGE.margin) / 20;

/**
 * Whether the blocks certainly fill more than `pages` pages, from the least room each can take
 * (no page holds more): a long document is known to want its contents list without laying it out,
 * which takes seconds for a large paper.
 */
export function certainlyLongerThan(blocks: Block[], pages: number): boolean {
  const least = (b: Block): number =>
    b instanceof Landscape
      ? b.blocks.reduce<number>((sum, x) => sum + least(x), 0)
      : b instanceof DataTable
        ? b.rowCount * MIN_ROW_PT
        : b instanceof Paragraph
          ? MIN_PARAGRAPH_PT
          : 0;
  return blocks.reduce<number>((sum, b) => sum + least(b), 0) > pages * PAGE_TEXT_PT;
}

/** How the page numbers are worked out: from our blocks' shapes (pageEstimate.ts), else, or when asked, by the docx package's layout. */
export type PageLayout = 'blocks' | 'docx';

const layouts = new WeakMap<Document, PageLayout>();

/** How a document built here had its page numbers worked out. */
export const pageLayoutOf = (doc: Document): PageLayout | undefined => layouts.get(doc);

const pictures = new WeakMap<Document, Promise<void>[]>();

/** When every picture of a document built here is drawn (its charts are rendered on resvg's threads while the rest is built). */
export const picturesDrawn = async (doc: Document): Promise<void> => {
  await Promise.all(pictures.get(doc) ?? []);
};

const tables = new WeakMap<Document, DataTable[]>();

/** The data tables of a document built here. */
export const dataTablesOf = (doc: Document): DataTable[] => tables.get(doc) ?? [];

/** The sections as the page estimate takes them, or undefined when a block has no shape it lays out. */
function estimateSections(sections: ISectionOptions[]): EstimateSection[] | undefined {
  const out = sections.map((s) => ({
    landscape: s.properties?.page?.size?.orientation === PageOrientation.LANDSCAPE,
    blocks: (s.children as Flat[]).map((b) => ({ shape: shapeOf(b), anchor: b instanceof SectionHeading ? b.anchor : undefined })),
  }));
  return estimable(out) ? (out as EstimateSection[]) : undefined;
}

/** The docx package's estimator, answering with the estimate worked out from the blocks. */
const answering =
  (estimate: PageEstimate): PageNumberEstimator =>
  () => ({
    bookmarks: new Map([...estimate.anchorPages].map(([anchor, page]) => [anchor, String(page)])),
    bookmarkPageNumbers: new Map(estimate.anchorPages),
    sectionPageCounts: estimate.sectionPageCounts,
    pageCount: estimate.pageCount,
  });

/** The number of pages a word processor will lay the document out on, as the layout of `docx` estimates it. */
export function estimatePages(doc: Document): number {
  return layoutDocument(doc, { guess: true }).pages.length;
}

/**
 * The finished document: `build` draws the body, after the drawing ids are reset so the same content
 * gives the same bytes. Its pages are laid out for their numbers from the blocks' shapes, or, when
 * the estimate cannot (or `layout` is 'docx'), by the docx package's layout, measuring text with
 * `measureArial`.
 */
export async function buildDocument(meta: DocumentMeta, build: () => Block[], options: { layout?: PageLayout } = {}): Promise<Document> {
  resetDrawingIds();
  const blocks = build();
  const entries = contentsEntries(blocks);
  const byBlocks = options.layout !== 'docx' && footerFits(footerText(meta, 'Page 999 of 999'));
  const estimateOf = (body: Block[]) => {
    const sections = byBlocks ? estimateSections(sectionsOf(body, meta)) : undefined;
    return sections && estimatePageNumbers(sections);
  };
  const make = (body: Block[], estimate: PageEstimate | undefined) => {
    const sections = sectionsOf(body, meta);
    const doc = new Document({
      title: meta.title,
      subject: meta.subject,
      creator: meta.creator,
      description: meta.description,
      styles: documentStyles,
      numbering: documentNumbering,
      pageNumbers: estimate ? answering(estimate) : estimatePageNumbersWith({ guess: true, measureWidth: measureArial }),
      sections,
    });
    tables.set(
      doc,
      sections.flatMap((section) => section.children.filter((b): b is DataTable => b instanceof DataTable)),
    );
    layouts.set(doc, estimate ? 'blocks' : 'docx');
    pictures.set(doc, takePicturesBeingDrawn());
    return doc;
  };
  const mode = meta.contents ?? 'auto';
  if (!entries.length || mode === 'never') return make(blocks, estimateOf(blocks));
  // a document known to be long without laying it out takes its contents list at once
  if (mode === 'always' || certainlyLongerThan(blocks, CONTENTS_FROM_PAGES)) {
    const body = withContents(blocks, contentsBlocks(entries));
    return make(body, estimateOf(body));
  }
  const plainEstimate = estimateOf(blocks);
  const plain = make(blocks, plainEstimate);
  // the docx package's layout counts the pages here, now, and reads the pictures: they are waited for
  if (!plainEstimate) await picturesDrawn(plain);
  if ((plainEstimate ? plainEstimate.pageCount : estimatePages(plain)) <= CONTENTS_FROM_PAGES) return plain;
  // Drawn afresh: laying a document out turns its links into the first document's relationships,
  // so blocks used twice would leave the second without its links' targets.
  resetDrawingIds();
  const again = build();
  const body = withContents(again, contentsBlocks(contentsEntries(again)));
  return make(body, estimateOf(body));
}
