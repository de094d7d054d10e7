import { Paragraph, TabStopType, TextRun } from 'docx';
import { heading, userText, type Block } from './blocks';
import { isRightToLeft, xmlSafe } from './text';

/**
 * The main report's numbering, as UK committee papers have it: sections 1., 2. … and their
 * paragraphs 1.1, 1.2 …, kept as text so that every reader (and a PDF) shows the same numbers.
 */
export class ReportNumbering {
  private section = 0;
  private paragraph = 0;

  heading(title: string): Block {
    this.section += 1;
    this.paragraph = 0;
    return heading(`${this.section}. ${title}`, 2);
  }

  para(text: string): Paragraph {
    this.paragraph += 1;
    const safe = xmlSafe(text).replace(/\s*\r?\n\s*/g, ' ');
    return new Paragraph({
      indent: { left: 720, hanging: 720 },
      tabStops: [{ type: TabStopType.LEFT, position: 720 }],
      bidirectional: isRightToLeft(safe),
      children: [new TextRun(`${this.section}.${this.paragraph}`), new TextRun({ text: `\t${safe}` })],
    });
  }

  /** Text people wrote: each paragraph numbered; lines typed as a list stay a list under the paragraph before. */
  text(text: string): Block[] {
    const out: Block[] = [];
    for (const block of xmlSafe(text).split(/\r?\n\s*\r?\n|\r?\n(?=\S)/)) {
      const trimmed = block.trim();
      if (!trimmed) continue;
      if (/^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/.test(trimmed)) out.push(...userText(trimmed));
      else out.push(this.para(trimmed));
    }
    return out;
  }
}
