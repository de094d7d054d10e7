import { Document, type Paragraph, type Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { Landscape, para, type Block } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { certainlyLongerThan, estimatePages } from '../../main/exports/docx/frame';

// A document known to be long without laying it out: the least room its blocks take (a row at
// least 18 pt, a paragraph at least 8 pt) already passes the pages; else the layout decides.

const table = (rows: number): Block[] =>
  dataTable({ caption: `A table of ${rows} rows`, headers: ['Reference', 'Title'], rows: Array.from({ length: rows }, (_, i) => [`R${i}`, `Row ${i}`]) });
const layoutPages = (blocks: Block[]) =>
  estimatePages(new Document({ sections: [{ children: blocks.flatMap((b) => (b instanceof Landscape ? b.blocks : [b as Paragraph | Table])) }] }));

describe('a document certainly longer than its pages', () => {
  it('is one whose tables’ rows alone fill more than the pages', () => {
    // 4 pages of 698 pt hold at most 155 rows of 18 pt
    expect(certainlyLongerThan(table(160), 4)).toBe(true);
    expect(certainlyLongerThan(table(100), 4)).toBe(false);
  });

  it('counts paragraphs and landscape tables too', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => para(`Paragraph ${i}`));
    expect(certainlyLongerThan(paragraphs, 4)).toBe(false); // 300 x 8 pt = 2,400 pt < 2,792 pt
    expect(certainlyLongerThan([...paragraphs, ...table(40)], 4)).toBe(true);
    const wide = table(200).flatMap((b) => (b instanceof Landscape ? b.blocks : [b as Paragraph | Table]));
    expect(certainlyLongerThan([new Landscape(wide)], 4)).toBe(true);
  });

  it('never says so of a document the layout finds no longer', () => {
    for (const rows of [150, 156, 170, 400]) {
      const blocks = table(rows);
      if (certainlyLongerThan(blocks, 4)) expect(layoutPages(blocks)).toBeGreaterThan(4);
    }
  });
});
