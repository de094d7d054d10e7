import { HeadingLevel, Paragraph, TabStopType, TextRun } from 'docx';
import { narrativeBlocks } from '../../../shared/domain/narrativeText';
import { bullets, heading, para, type Block } from './blocks';
import { dataTable } from './dataTable';
import { textWidth } from './fontMetrics';
import { shaped, textShape } from './pageShapes';
import { BODY_SIZE } from './styles';
import { directionOf, xmlSafe } from './text';

/** Where a numbered paragraph's text starts, past its number. */
const NUMBER_INDENT = 720;

/**
 * A committee paper's numbering, as UK committee papers have it: every section from the summary
 * to the implications numbered 1., 2. … and its paragraphs 1.1, 1.2 …, kept as text so that every
 * reader (and a PDF) shows the same numbers. The tables typed into the paper's texts are counted
 * here too ("Table 3"), across the whole paper.
 */
export class ReportNumbering {
  private section = 0;
  private paragraph = 0;
  private tables = 0;

  heading(title: string): Block {
    this.section += 1;
    this.paragraph = 0;
    return heading(`${this.section}. ${title}`, 1);
  }

  /** A heading inside the section (a data part), numbered as its next paragraph: "4.3 Building safety compliance". */
  subheading(title: string): Block {
    this.paragraph += 1;
    const text = xmlSafe(`${this.section}.${this.paragraph} ${title}`);
    return shaped(
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(text)] }),
      textShape('heading2', [{ text }], { keepNext: true }),
    );
  }

  /** `keepNext` keeps the paragraph on the page of what follows it (the chart or table it introduces). */
  para(text: string, options: { keepNext?: boolean } = {}): Paragraph {
    this.paragraph += 1;
    const safe = xmlSafe(text).replace(/\s*\r?\n\s*/g, ' ');
    const number = `${this.section}.${this.paragraph}`;
    const paragraph = new Paragraph({
      indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT },
      tabStops: [{ type: TabStopType.LEFT, position: NUMBER_INDENT }],
      bidirectional: directionOf(safe),
      keepNext: options.keepNext,
      children: [new TextRun(number), new TextRun({ text: `\t${safe}` })],
    });
    // a number too wide for its indent pushes the text to the next tab stop: left to the docx package's layout
    if (textWidth(number, BODY_SIZE) >= NUMBER_INDENT) return paragraph;
    return shaped(paragraph, textShape('normal', [{ text: safe }], { indent: NUMBER_INDENT, keepNext: options.keepNext }));
  }

  /**
   * Text people wrote (shared/domain/narrativeText.ts): paragraphs separated by a blank line, each
   * numbered unless `numbered` is false (an appendix); lines typed as a list stay a list under the
   * paragraph before them; tab- or pipe-separated lines become a table with its caption.
   */
  text(text: string, options: { numbered?: boolean; eachLine?: boolean } = {}): Block[] {
    const numbered = options.numbered ?? true;
    const blocks = narrativeBlocks(xmlSafe(text), { eachLine: options.eachLine });
    return blocks.flatMap((b, i): Block[] => {
      // a paragraph that introduces a list or table stays on its page
      const keepNext = blocks[i + 1] !== undefined && blocks[i + 1]!.kind !== 'paragraph';
      if (b.kind === 'paragraph') return [numbered ? this.para(b.text, { keepNext }) : para(b.text, { keepNext })];
      if (b.kind === 'item') return bullets([b.text]);
      this.tables += 1;
      // the author's paragraph that introduces the table is its caption, keeping its number in a numbered text
      const caption = b.caption ? (numbered ? `${this.section}.${++this.paragraph} ${b.caption}` : b.caption) : `Table ${this.tables}`;
      return dataTable({ caption, headers: b.headers, rows: b.rows });
    });
  }
}
