import { Paragraph, TabStopType, TextRun } from 'docx';
import { heading, userText, type Block } from './blocks';
import { isRightToLeft, xmlSafe } from './text';

/**
 * The main report's numbering, as UK committee papers have it: sections 1., 2. … and their
 * paragraphs 1.1, 1.2 …, kept as text so that every reader (and a PDF) shows the same numbers.
 */
const LIST_ITEM = /^(?:[-*•·▪◦–—]|\d+[.)])\s+/;

export class ReportNumbering {
  private section = 0;
  private paragraph = 0;

  heading(title: string): Block {
    this.section += 1;
    this.paragraph = 0;
    return heading(`${this.section}. ${title}`, 2);
  }

  /** `keepNext` keeps the paragraph on the page of what follows it (the chart or table it introduces). */
  para(text: string, options: { keepNext?: boolean } = {}): Paragraph {
    this.paragraph += 1;
    const safe = xmlSafe(text).replace(/\s*\r?\n\s*/g, ' ');
    return new Paragraph({
      indent: { left: 720, hanging: 720 },
      tabStops: [{ type: TabStopType.LEFT, position: 720 }],
      bidirectional: isRightToLeft(safe),
      keepNext: options.keepNext,
      children: [new TextRun(`${this.section}.${this.paragraph}`), new TextRun({ text: `\t${safe}` })],
    });
  }

  /**
   * Text people wrote: paragraphs are separated by a blank line and each is numbered; lines typed
   * as a list stay a list under the paragraph before them.
   */
  text(text: string): Block[] {
    const out: Block[] = [];
    let lines: string[] = [];
    const flush = () => {
      if (lines.length) out.push(this.para(lines.join(' ')));
      lines = [];
    };
    for (const raw of xmlSafe(text).split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) flush();
      else if (LIST_ITEM.test(line)) {
        flush();
        out.push(...userText(line));
      } else lines.push(line);
    }
    flush();
    return out;
  }
}
