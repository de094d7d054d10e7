import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heading, para } from '../../main/exports/docx/blocks';
import { dataTable, DataTable } from '../../main/exports/docx/dataTable';
import { buildDocument, pageLayoutOf, type DocumentMeta } from '../../main/exports/docx/frame';
import { escapeXml, withTables } from '../../main/exports/docx/tableXml';
import { packageFiles, packDocx } from '../../main/exports/pack';
import { randomBlocks } from '../helpers/randomDocument';

// packDocx has the data tables of a document whose pages we laid out write their own XML
// (tableXml.ts); the docx package's Packer writes the same tables from its own objects. Both must
// give the same document, to the byte (link ids aside: the package names them at random).

const meta: DocumentMeta = { title: 'Tables', date: '2026-12-06', creator: 'Housing Desk', description: 'Test document' };
const AT = '2026-12-06T10:00:00.000Z';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const withoutLinkIds = (xml: string) => xml.replace(/r:id="[^"]+"/g, 'r:id=""');

/** The body as packDocx writes it, and as the docx package writes it, and whether packDocx made any table into the package's objects. */
async function bothWays(doc: Document) {
  const asDocx = vi.spyOn(DataTable.prototype, 'asDocxTable');
  const ours = documentXml(await packDocx(doc, AT));
  const tablesMadeIntoObjects = asDocx.mock.calls.length;
  asDocx.mockRestore();
  const theirs = documentXml(await Packer.toBuffer(doc));
  return { ours: withoutLinkIds(ours), theirs: withoutLinkIds(theirs), tablesMadeIntoObjects };
}

afterEach(() => vi.restoreAllMocks());

describe('data tables written as XML', () => {
  it('give the docx package’s XML to the byte, in random documents of every kind of block', async () => {
    let written = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const doc = await buildDocument(meta, () => randomBlocks(seed));
      const { ours, theirs, tablesMadeIntoObjects } = await bothWays(doc);
      expect(ours, `document ${seed}`).toBe(theirs);
      expect(ours).not.toContain('hd:raw');
      if (pageLayoutOf(doc) === 'blocks' && theirs.includes('<w:tbl>')) {
        expect(tablesMadeIntoObjects, `document ${seed}`).toBe(0);
        written += 1;
      }
    }
    expect(written).toBeGreaterThanOrEqual(20);
  }, 240_000);

  it('write what people type as the docx package does: escaped, right to left, on several lines, with links, list items and backgrounds', async () => {
    const cells = [
      'Smith & Sons "quoted" O\'Brien <b>bold</b>',
      '<hd:raw n="0"/>',
      'first line\r\nsecond line\n\n  third  ',
      '',
      '   ',
      'see www.example.gov.uk/housing or housing@example.gov.uk',
      '- a typed item\n- another',
      'Overdue',
      '£1,250.00 – “quoted” {braces}',
    ];
    const fills = [undefined, 'FFEEAA', 'ffeeaa', '#FFEEAA'];
    const doc = await buildDocument(meta, () => [
      heading('Cells', 1),
      para('A table of what people type.'),
      ...dataTable({
        caption: 'Table 1: typed text',
        headers: ['What was typed', 'Another column & more'],
        rows: cells.map((text, i) => [text, `row ${i}`]),
        fill: (row, column) => (column === 1 ? fills[row % fills.length] : undefined),
      }),
    ]);
    expect(pageLayoutOf(doc)).toBe('blocks');
    const { ours, theirs } = await bothWays(doc);
    expect(ours).toBe(theirs);
    expect(ours).toContain('&lt;hd:raw n=&quot;0&quot;/&gt;');
    expect(ours).toContain('<w:hyperlink');
    expect(ours).toContain('<w:numPr>');
  });

  it('keep text typed as one of the docx package’s placeholders as it was typed (the package writes a list’s number in its place)', async () => {
    const doc = await buildDocument(meta, () => [
      heading('Cells', 1),
      ...dataTable({ caption: 'Table 1: typed text', headers: ['Typed', 'List'], rows: [['{hd-bullets-0}', '- an item\n- another']] }),
    ]);
    const { ours, theirs } = await bothWays(doc);
    expect(ours).toContain('<w:t xml:space="preserve">{hd-bullets-0}</w:t>');
    expect(theirs).not.toContain('<w:t xml:space="preserve">{hd-bullets-0}</w:t>');
  });

  it('write a right-to-left cell as the docx package does (a document with one is laid out by the docx package, whose widths we lack)', async () => {
    const { Document } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: dataTable({
            caption: 'Table 1',
            headers: ['الاسم', 'Name'],
            rows: [
              ['مرحبا بالعالم', 'Hello, مرحبا'],
              ['שלום', ''],
            ],
          }) as never,
        },
      ],
    });
    const ours = strFromU8(packageFiles(doc, true)['word/document.xml']!);
    expect(ours).toContain('<w:bidi/>');
    expect(ours).toBe(documentXml(await Packer.toBuffer(doc)));
  });

  it('are the docx package’s objects in a document whose pages its layout works out, which reads them', async () => {
    const doc = await buildDocument(meta, () => dataTable({ caption: 'Table 1', headers: ['A', 'B'], rows: [['1', '2']] }), { layout: 'docx' });
    expect(pageLayoutOf(doc)).toBe('docx');
    const { ours, theirs, tablesMadeIntoObjects } = await bothWays(doc);
    expect(ours).toBe(theirs);
    expect(tablesMadeIntoObjects).toBeGreaterThan(0);
  });

  it('escape text as the docx package does, and refuse a marker without its XML', () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0001`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(withTables('<w:tbl><hd:raw n="0"/></w:tbl>', ['<w:tr/>'])).toBe('<w:tbl><w:tr/></w:tbl>');
    expect(() => withTables('<w:tbl><hd:raw n="1"/></w:tbl>', ['<w:tr/>'])).toThrow(/marker 1 has no XML/);
  });
});
