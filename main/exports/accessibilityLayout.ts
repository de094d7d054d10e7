import { textWidth, wordsOf } from './docx/fontMetrics';
import type { Violation } from './accessibility';

// The rules on a document's tables, links and page furniture, read from its XML: every table is
// introduced by a caption and kept apart from the one before, every header word fits its column,
// every web address and e-mail address is a link, and every footer numbers its pages.

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraphsOf = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
const isEmptyParagraph = (p: string) => !textOf(p).trim() && !/<w:drawing\b|<w:pict\b/.test(p);
const WORD_CELL_MARGIN = 108;

/** The document's paragraphs and tables at the top level of its body, in order. */
function bodyBlocks(document: string): { kind: 'p' | 'tbl'; xml: string }[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? document;
  const out: { kind: 'p' | 'tbl'; xml: string }[] = [];
  const start = /<w:(tbl|p)(?=[ >])/g;
  let m: RegExpExecArray | null;
  while ((m = start.exec(body))) {
    let end: number;
    if (m[1] === 'p') end = body.indexOf('</w:p>', m.index) + '</w:p>'.length;
    else {
      const tags = /<w:tbl(?=[ >])|<\/w:tbl>/g;
      tags.lastIndex = m.index;
      let depth = 0;
      let t: RegExpExecArray | null;
      while ((t = tags.exec(body))) {
        depth += t[0] === '</w:tbl>' ? -1 : 1;
        if (depth === 0) break;
      }
      end = tags.lastIndex;
    }
    out.push({ kind: m[1] as 'p' | 'tbl', xml: body.slice(m.index, end) });
    start.lastIndex = end;
  }
  return out;
}

const captionText = (xml: string) => textOf(xml).slice(0, 40);

export function checkTablesApart(document: string): Violation[] {
  const v: Violation[] = [];
  const blocks = bodyBlocks(document);
  let tableNo = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== 'tbl') return;
    tableNo += 1;
    const before = blocks[i - 1];
    let j = i - 1;
    while (j >= 0 && blocks[j]!.kind === 'p' && isEmptyParagraph(blocks[j]!.xml)) j--;
    if (j >= 0 && blocks[j]!.kind === 'tbl')
      v.push({
        rule: 'Two tables must not follow each other with nothing between them: a word processor joins them into one.',
        where: `table ${tableNo}, after table ${tableNo - 1}`,
      });
    else if (!before || before.kind !== 'p' || !/<w:pStyle w:val="Caption"\/>/.test(before.xml) || !textOf(before.xml).trim())
      v.push({
        rule: 'Every table must be introduced by a caption paragraph (style Caption) just before it.',
        where: before?.kind === 'p' && textOf(before.xml).trim() ? `table ${tableNo}, after “${captionText(before.xml)}”` : `table ${tableNo}`,
      });
  });
  return v;
}

const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[a-z0-9-]+\.[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/i;

/** Web and e-mail addresses in the text of `xml` (a document, header or footer) that are not inside a link. */
export function checkAddressesLinked(xml: string, where: string): Violation[] {
  const unlinked = xml.replace(/<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/g, '');
  return paragraphsOf(unlinked).flatMap((p) => {
    const found = WEB_ADDRESS.exec(textOf(p))?.[0];
    return found ? [{ rule: 'A web or e-mail address must be a link.', where: `${where}: “${found}”` }] : [];
  });
}

const PAGE_FIELD = /<w:instrText[^>]*>\s*PAGE(?:\s|\\|<)|<w:fldSimple [^>]*w:instr="\s*PAGE[\s"\\]/;

/** Every footer shows the page number, and the document has a footer. */
export function checkFooters(document: string, footers: Record<string, string>): Violation[] {
  const names = Object.keys(footers);
  if (!names.length || !/<w:footerReference\b/.test(document)) return [{ rule: 'Every page needs a footer with its page number.', where: 'footers' }];
  return names
    .filter((name) => !PAGE_FIELD.test(footers[name]!))
    .map((name) => ({ rule: 'Every page needs a footer with its page number (a PAGE field).', where: name }));
}

const twips = (el: string | undefined) => {
  if (!el || !/w:type="dxa"/.test(el)) return /w:type=/.test(el ?? '') ? undefined : Number(/w:w="(\d+)"/.exec(el ?? '')?.[1]) || undefined;
  return Number(/w:w="(\d+)"/.exec(el)?.[1]);
};

/** Each word of a header cell fits its column at the size it is written in, so that no word is broken. */
export function checkHeaderWords(document: string, defaultSize: number): Violation[] {
  const v: Violation[] = [];
  const tables = bodyBlocks(document).filter((b) => b.kind === 'tbl');
  tables.forEach((t, ti) => {
    const grid = [...t.xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    const tableMargins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(t.xml)?.[1] ?? '';
    for (const row of t.xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
      if (!/<w:tblHeader(?: w:val="(?:true|1|on)")?\s*\/>/.test(row)) break;
      let col = 0;
      for (const cell of row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1);
        const fromGrid = grid.length >= col + span ? grid.slice(col, col + span).reduce((a, b) => a + b, 0) : undefined;
        const width = twips(/<w:tcW [^>]*\/>/.exec(cell)?.[0]) ?? fromGrid;
        col += span;
        if (!width) continue;
        const margins = /<w:tcMar>([\s\S]*?)<\/w:tcMar>/.exec(cell)?.[1] ?? tableMargins;
        const side = (name: string) => Number(new RegExp(`<w:(?:${name})\\b[^>]*w:w="(\\d+)"`).exec(margins)?.[1] ?? WORD_CELL_MARGIN);
        const room = width - side('left|start') - side('right|end');
        for (const run of cell.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? []) {
          const size = Number(/<w:sz w:val="(\d+)"/.exec(run)?.[1] ?? defaultSize);
          const bold = /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(run);
          for (const word of wordsOf(textOf(run))) {
            const needs = Math.ceil(textWidth(word, size, bold));
            if (needs > room)
              v.push({
                rule: `A header word must fit its column at ${size / 2} pt (“${word}” needs ${needs} twips, the column has ${room}).`,
                where: `table ${ti + 1}, column ${col - span + 1}`,
              });
          }
        }
      }
    }
  });
  return v;
}
