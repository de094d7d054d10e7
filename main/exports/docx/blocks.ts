import { BorderStyle, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { BULLETS, CAPTION } from './styles';
import { isRightToLeft, xmlSafe } from './text';

// Small builders shared by every document section.

export type Block = Paragraph | Table;

const LEVELS = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function heading(text: string, level: keyof typeof LEVELS): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: [new TextRun(xmlSafe(text))] });
}

function runs(text: string, bold = false): ParagraphChild[] {
  const safe = xmlSafe(text);
  return [new TextRun({ text: safe, bold })];
}

/** `keepNext` keeps the paragraph on the page of what follows it: a label, or the line that introduces a chart or table. */
export function para(text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  const safe = xmlSafe(text).replace(/\s*\r?\n\s*/g, ' ');
  return new Paragraph({ children: runs(safe, options.bold), bidirectional: isRightToLeft(safe), keepNext: options.keepNext });
}

/** A paragraph of parts, some bold: [['Status: ', true], ['Completed', false]]. */
export function richPara(parts: [string, boolean][], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, children: parts.flatMap(([text, bold]) => runs(text.replace(/\s*\r?\n\s*/g, ' '), bold)) });
}

const TYPED_BULLET = /^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/;

/** Lines of one item kept as line breaks within its paragraph. */
function lineRuns(text: string): ParagraphChild[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

/** A real list (Word's numbering), never typed bullet characters. */
export function bullets(items: string[]): Paragraph[] {
  return items.map((text) => {
    const safe = xmlSafe(text).trim().replace(TYPED_BULLET, '');
    return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: lineRuns(safe), bidirectional: isRightToLeft(safe) });
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
    else out.push(new Paragraph({ children: runs(line, options.bold), bidirectional: isRightToLeft(line) }));
  }
  return out.length ? out : [new Paragraph({ children: [] })];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '8C949E' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A table as the documents describe it: its caption (which introduces it), header words and rows. */
export interface TableSpec {
  /** the paragraph before the table that says what it holds ("Table 2: overdue checks") */
  caption: string;
  headers: string[];
  rows: string[][];
  /** relative column widths; worked out from the content when left out */
  widths?: number[];
}

/** A caption: kept with the table it introduces, and a paragraph between any two tables. */
export function caption(text: string): Paragraph {
  return new Paragraph({ style: CAPTION, keepNext: true, children: runs(text, true) });
}

/**
 * A data table introduced by its caption, whose first row is marked as a header row (repeated on
 * every page, announced by screen readers). Widths are percentages of the text width.
 */
export function dataTable(spec: TableSpec): Block[] {
  const { headers, rows } = spec;
  const widths = spec.widths ?? headers.map(() => 100 / headers.length);
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      borders,
      shading: header ? { type: ShadingType.CLEAR, fill: 'E6EBF2', color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 70, right: 70 },
      children: userText(text, { bold: header }),
    });
  return [
    caption(spec.caption),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, true, widths[i]!)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, widths[i]!)) })),
      ],
    }),
  ];
}

let drawingId = 1000;

/** A picture with its alternative text, which states what a sighted reader would learn from it. */
export function picture(png: Buffer, widthPx: number, heightPx: number, alt: { title: string; description: string }): Paragraph {
  drawingId += 1;
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: widthPx, height: heightPx },
        altText: { name: alt.title, title: alt.title, description: alt.description, id: String(drawingId) },
      }),
    ],
  });
}

/** Drawing ids restart for each document, so the same content gives the same document. */
export function resetDrawingIds(): void {
  drawingId = 1000;
}
