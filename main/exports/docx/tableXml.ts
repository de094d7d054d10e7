import type { IXmlableObject } from 'docx';

// A data table's XML, written here rather than through the docx package's objects: a large paper's
// 100,000 cells took about a second to make into objects, prepare and write. Only packDocx asks for
// it, for a document whose page numbers come from our own estimate (with the docx package's layout
// the table must be its objects, which the layout reads). The XML is the docx package's own, to the
// byte: tableXml.test.ts writes every table both ways and compares them.
//
// While a document is written, each table puts its XML in the document's list and writes in its
// place a marker, <hd:raw n="…"/>, that packDocx replaces: the docx package escapes any text it
// writes, so a marker cannot come from a register's words.

export interface TableLook {
  border: { color: string; size: number };
  cellMargins: { top: number; bottom: number; left: number; right: number };
}

/** Escapes text as the docx package does (quotes and apostrophes too), dropping what XML cannot hold. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (text: string): string => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** The table's properties and its grid: everything before its first row. */
export function tableStartXml(widths: number[], look: TableLook): string {
  const line = (side: string) => `<w:${side} w:val="single" w:color="${look.border.color}" w:sz="${look.border.size}"/>`;
  const margin = (side: 'top' | 'left' | 'bottom' | 'right') => `<w:${side} w:type="dxa" w:w="${look.cellMargins[side]}"/>`;
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    `<w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margin('top')}${margin('left')}${margin('bottom')}${margin('right')}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

/** A row's start: it never splits across pages, and the header row repeats on each. */
export const rowStartXml = (header: boolean): string => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
export const ROW_END = '</w:tr>';

/** A background this writer takes as it is: the docx package would take a '#' off, or refuse it. */
export const writableFill = (fill: string | undefined): boolean => fill === undefined || /^[0-9A-F]{6}$/.test(fill);

/**
 * A cell of plain lines (blocks.ts `plainLines`), each a paragraph of one run, bold in the header
 * row, right to left where its first letter is; an empty cell holds one empty paragraph.
 */
export function plainCellXml(width: number, lines: { text: string; rightToLeft: boolean }[], bold: boolean, fill: string | undefined): string {
  const shading = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  const run = bold ? '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">' : '<w:r><w:t xml:space="preserve">';
  const paragraphs = lines.length
    ? lines.map((l) => `<w:p>${l.rightToLeft ? '<w:pPr><w:bidi/></w:pPr>' : ''}${run}${escapeXml(l.text)}</w:t></w:r></w:p>`).join('')
    : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

/** The XML each document being written has had its tables put in, by the marker's number. */
const beingWritten = new WeakMap<object, string[]>();

/** The list of the document being written, when its tables are to write their own XML. */
export const tablesWrittenFor = (file: object): string[] | undefined => beingWritten.get(file);

/** Puts XML in the document's list and gives the marker written in its place. */
export function markerOf(parts: string[], xml: string): IXmlableObject {
  parts.push(xml);
  return { 'hd:raw': { _attr: { n: parts.length - 1 } } };
}

/** Runs `write` (the docx package's compiling of `doc`) with its data tables writing their own XML; gives what was written and their XML. */
export function writingTables<T>(doc: object, write: () => T): { written: T; parts: string[] } {
  const parts: string[] = [];
  beingWritten.set(doc, parts);
  try {
    return { written: write(), parts };
  } finally {
    beingWritten.delete(doc);
  }
}

const MARKER = /<hd:raw n="(\d+)"\/>/g;

/** The part's XML with each marker replaced by the XML it stands for. */
export function withTables(xml: string, parts: string[]): string {
  if (!parts.length) return xml;
  return xml.replace(MARKER, (_m, n: string) => {
    const part = parts[Number(n)];
    if (part === undefined) throw new Error(`A data table's marker ${n} has no XML: the document was written without its tables.`);
    return part;
  });
}
