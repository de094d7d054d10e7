import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../main/exports/accessibility';
import { heading, para, type Block } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';
import { measureArial, textWidth, wordsOf } from '../../main/exports/docx/fontMetrics';
import { buildDocument, contentsList, type DocumentMeta } from '../../main/exports/docx/frame';
import { CELL_MARGIN, layoutColumns, LONG_WORD_SHARE, TEXT_WIDTH } from '../../main/exports/docx/tableLayout';
import { packDocx } from '../../main/exports/pack';
import { readDocx } from '../helpers/docx';

const meta = (over: Partial<DocumentMeta> = {}): DocumentMeta => ({
  title: 'Test report',
  date: '2026-11-23',
  creator: 'Tests',
  description: 'A document for the tests',
  ...over,
});

async function build(blocks: () => Block[], over: Partial<DocumentMeta> = {}) {
  const bytes = await packDocx(await buildDocument(meta(over), blocks), '2026-11-23T10:00:00.000Z');
  const zip = await JSZip.loadAsync(bytes);
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  return { bytes, doc: await readDocx(bytes), footers };
}

const gridOf = (tableXml: string) => [...tableXml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
const tablesOf = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];

describe('font metrics', () => {
  it('measures text for the page numbers as the docx package measures Arial itself, every character of the tables', () => {
    const codes = [
      ...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i),
      ...Array.from({ length: 0xff - 0xa0 + 1 }, (_, i) => 0xa0 + i),
      0x2013,
      0x2014,
      0x2018,
      0x2019,
      0x201c,
      0x201d,
      0x2026,
      0x2022,
      0x20ac,
      0x2212,
    ];
    const texts: string[] = [];
    for (let i = 0; i < codes.length; i += 12) texts.push(`a ${String.fromCodePoint(...codes.slice(i, i + 12))} z`);
    const fonts = [8, 12, 14, 16].flatMap((size) => [false, true].map((bold) => ({ size, bold })));
    const cases = fonts.flatMap((font) => texts.map((text) => ({ text, font })));
    const doc = new Document({
      sections: [
        { children: cases.map(({ text, font }) => new Paragraph({ children: [new TextRun({ text, font: 'Arial', size: font.size * 2, bold: font.bold })] })) },
      ],
    });
    const lines = layoutDocument(doc).pages.flatMap((p) => p.body.flatMap((b) => (b.type === 'paragraph' ? b.lines : [])));
    expect(lines).toHaveLength(cases.length);
    cases.forEach(({ text, font }, i) => {
      // the layout's widths are in pixels, 96 to the inch: 0.75 of a point
      expect(measureArial(text, font), `${text} at ${font.size} pt${font.bold ? ' bold' : ''}`).toBeCloseTo(lines[i]!.textWidth * 0.75, 1);
    });
  });

  it('measures Arial as its AFM widths give it, bold wider', () => {
    // "Recommendation" is 7,836 thousandths of an em regular, 8,390 bold; at 12 pt an em is 240 twips
    expect(textWidth('Recommendation', 24)).toBeCloseTo((7836 * 240) / 1000, 0);
    expect(textWidth('Recommendation', 24, true)).toBeCloseTo((8390 * 240) / 1000, 0);
    expect(textWidth('iiii', 24)).toBeLessThan(textWidth('MMMM', 24));
    expect(textWidth('Mild', 24, true)).toBeGreaterThan(textWidth('Mild', 24));
    expect(textWidth('–“’', 24)).toBeCloseTo(((556 + 333 + 222) * 240) / 1000, 0);
  });
  it('breaks lines at spaces and after a hyphen before a letter, never inside a date range', () => {
    expect(wordsOf('Sub-Committee  due 2026-27')).toEqual(['Sub-', 'Committee', 'due', '2026-27']);
  });
});

describe('column widths from content', () => {
  it('gives each column at least its longest word, header words bold, and fills the text width', () => {
    const headers = ['Ref', 'Recommendation', 'Status', 'Percentage'];
    const rows = [['R1', 'Publish customer service standards for each service area', 'Completed', '93.9%']];
    const { widths, landscape } = layoutColumns(headers, rows);
    expect(landscape).toBe(false);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.portrait);
    headers.forEach((h, i) => expect(widths[i]! - 2 * CELL_MARGIN).toBeGreaterThanOrEqual(textWidth(h, 24, true)));
    expect(widths[1]).toBeGreaterThan(widths[0]!);
  });

  it('puts a table on a landscape page when its words do not fit across a portrait one', () => {
    const headers = ['Recommendation', 'Responsibility', 'Accountability', 'Communications', 'Implementation', 'Consultation'];
    expect(layoutColumns(headers, [headers.map(() => 'x')]).landscape).toBe(true);
    const { widths } = layoutColumns(headers, [headers.map(() => 'x')]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.landscape);
  });

  it('puts six columns of long text on a landscape page, and keeps six short ones portrait', () => {
    const long = 'We are rewriting our standard letters and emails in plain English with help from residents';
    const headers = ['Ref', 'Title', 'Lead', 'Target', 'Status', 'Update'];
    expect(layoutColumns(headers, [['R1', long, 'Housing', '1 Dec 2026', 'In progress', long]]).landscape).toBe(true);
    expect(layoutColumns(headers, [['R1', 'Short', 'Housing', '1 Dec 2026', 'Done', 'None']]).landscape).toBe(false);
  });

  it('lets only a token wider than 40% of the portrait width wrap, and keeps the table portrait for it', () => {
    const token = 'UPRN100023000055100023000078100023000139100023000162100023000178100023000190'; // 76 characters
    const cap = TEXT_WIDTH.portrait * LONG_WORD_SHARE;
    expect(textWidth(token, 24)).toBeGreaterThan(cap);
    const { widths, landscape } = layoutColumns(['Place', 'Check'], [[token, 'Gas safety record']]);
    expect(landscape).toBe(false);
    expect(widths[0]! - 2 * CELL_MARGIN).toBeLessThan(textWidth(token, 24));
    expect(widths[0]!).toBeGreaterThanOrEqual(cap);
  });

  it('gives a date column its whole line before sharing the rest', () => {
    const { widths } = layoutColumns(['Where', 'Ran out'], [['UPRN 100023000055, 23 Cedar Tower, Northgate Estate '.repeat(3), '30 Oct 2026']]);
    expect(widths[1]! - 2 * CELL_MARGIN).toBeGreaterThanOrEqual(textWidth('30 Oct 2026', 24));
  });
});

describe('document frame', () => {
  const table = (headers: string[], rows: string[][]) => dataTable({ caption: 'Table 1: numbers', headers, rows });

  it('writes tables in fixed layout with grid widths, DXA cell widths, repeated header rows and rows that never split', async () => {
    const { doc, bytes } = await build(() => [heading('Test report', 'title'), ...table(['Check', 'Compliant'], [['Gas safety record', '93.9%']])]);
    const [t] = tablesOf(doc.document);
    expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = gridOf(t!);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.portrait);
    expect(t).toContain(`<w:tcW w:type="dxa" w:w="${grid[0]}"/>`);
    expect(t).toMatch(/^<w:tbl>[\s\S]*?<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(t!.match(/<w:cantSplit\/>/g)).toHaveLength(2);
    expect(await checkDocx(bytes)).toEqual([]);
  });

  it('puts a wide table, its caption and its heading on a landscape section with the same footer', async () => {
    const headers = ['Recommendation', 'Responsibility', 'Accountability', 'Communications', 'Implementation', 'Consultation'];
    const { doc, footers, bytes } = await build(() => [
      heading('Test report', 'title'),
      para('Before.'),
      heading('Every recommendation', 1),
      ...table(headers, [headers.map(() => 'Yes')]),
      heading('After', 1),
      para('Back to portrait.'),
    ]);
    const sections = doc.document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sections[2]).not.toContain('landscape');
    expect(sections.every((s) => /<w:footerReference w:type="default"/.test(s))).toBe(true);
    expect(footers).toHaveLength(3);
    // the heading went to the landscape page: it comes after the first section's end
    expect(doc.document.indexOf('Every recommendation')).toBeGreaterThan(doc.document.indexOf('</w:sectPr>'));
    expect(gridOf(tablesOf(doc.document)[0]!).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.landscape);
    expect(await checkDocx(bytes)).toEqual([]);
  });

  it('takes a heading between two wide tables to the second one’s landscape page, leaving no portrait page with the heading alone', async () => {
    const headers = ['Recommendation', 'Responsibility', 'Accountability', 'Communications', 'Implementation', 'Consultation'];
    const { doc, bytes } = await build(() => [
      heading('Test report', 'title'),
      heading('First', 1),
      ...table(headers, [headers.map(() => 'Yes')]),
      heading('Second', 1),
      para('What the second table holds:', { keepNext: true }),
      ...table(headers, [headers.map(() => 'No')]),
    ]);
    const sections = doc.document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('w:orient="landscape"');
    const firstEnd = doc.document.indexOf('</w:sectPr>');
    expect(doc.document.indexOf('Second')).toBeGreaterThan(firstEnd);
    expect(doc.document.indexOf('Second')).toBeGreaterThan(doc.document.indexOf('First'));
    expect(await checkDocx(bytes)).toEqual([]);
  });

  it('writes a footer with the title, the date and Page X of Y', async () => {
    const { footers } = await build(() => [heading('Test report', 'title'), para('Text.')]);
    expect(footers).toHaveLength(1);
    const text = [...footers[0]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toMatch(/^Test report, 23 Nov 2026\. Page \d* of \d*$/);
    expect(footers[0]).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers[0]).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  const longBody = () => [
    heading('Test report', 'title'),
    para('Front matter.'),
    ...['Summary', 'Main report', 'Appendices'].flatMap((h) => [
      heading(h, 1),
      ...Array.from({ length: 30 }, (_, i) => para(`${h} paragraph ${i + 1}. `.repeat(8))),
    ]),
  ];

  it('gives a document of more than four pages a contents list of links to its headings with their page numbers', async () => {
    const { doc, bytes } = await build(longBody);
    const bookmarks = [...doc.document.matchAll(/<w:bookmarkStart w:name="(_TocHd\d+)" w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(bookmarks).toEqual(['_TocHd1', '_TocHd2', '_TocHd3']);
    const links = [...doc.document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(links.map((m) => m[1])).toEqual(bookmarks);
    const pages = links.map((m) => {
      expect(m[2]).toMatch(/<w:instrText[^>]*>PAGEREF _TocHd\d+<\/w:instrText>/);
      return Number(/<w:fldChar w:fldCharType="separate"\/>(?:<\/w:r><w:r>)?<w:t[^>]*>(\d+)<\/w:t>/.exec(m[2]!)?.[1]);
    });
    // cached results, so a reader that does not update fields still shows the numbers
    expect(pages.every((p) => p >= 1)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(doc.text.indexOf('Contents')).toBeLessThan(doc.text.indexOf('Summary'));
    expect(doc.text.indexOf('Front matter.')).toBeLessThan(doc.text.indexOf('Contents'));
    expect(await checkDocx(bytes)).toEqual([]);
  });

  it('leaves the contents out of a short document unless asked, and out of a long one when told', async () => {
    const short = () => [heading('Test report', 'title'), heading('Summary', 1), para('Short.')];
    expect((await build(short)).doc.text).not.toContain('Contents');
    expect((await build(short, { contents: 'always' })).doc.text).toContain('Contents');
    expect((await build(longBody, { contents: 'never' })).doc.text).not.toContain('Contents');
  });

  it('puts the contents where the document marks its place', async () => {
    const { doc } = await build(() => [heading('Test report', 'title'), contentsList(), para('After the contents.'), heading('Summary', 1)], {
      contents: 'always',
    });
    expect(doc.text.indexOf('Contents')).toBeLessThan(doc.text.indexOf('After the contents.'));
  });
});
