import { InternalHyperlink, LeaderType, PageReference, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { Landscape, SectionHeading, unlistedHeading, type Block } from './blocks';
import { shaped, textShape } from './pageShapes';
import { CONTENTS_LINE } from './styles';
import { TEXT_WIDTH } from './tableLayout';

// The contents list: a line for each Heading 1, linked to the heading's bookmark, with a PAGEREF
// field for its page. The document is written with the page numbers its layout works out, so the
// fields are never blank; a word processor updates them when it lays the pages out.

export interface ContentsEntry {
  text: string;
  anchor: string;
}

/** The Heading 1s of the blocks, in order, landscape pages included. */
export function contentsEntries(blocks: Block[]): ContentsEntry[] {
  return blocks.flatMap((b) => (b instanceof Landscape ? contentsEntries(b.blocks) : b instanceof SectionHeading ? [{ text: b.text, anchor: b.anchor }] : []));
}

export function contentsBlocks(entries: ContentsEntry[]): Paragraph[] {
  return [
    unlistedHeading('Contents'),
    ...entries.map((e) =>
      shaped(
        new Paragraph({
          style: CONTENTS_LINE,
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH.portrait, leader: LeaderType.DOT }],
          children: [
            new InternalHyperlink({ anchor: e.anchor, children: [new TextRun(e.text), new TextRun({ children: [new Tab()] }), new PageReference(e.anchor)] }),
          ],
        }),
        // the page number goes after the title, at the right margin
        textShape('contents', [{ text: e.text }]),
      ),
    ),
  ];
}
