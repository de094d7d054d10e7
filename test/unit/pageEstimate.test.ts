import { Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { heading, para, type Block } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { buildDocument, pageLayoutOf, type DocumentMeta } from '../../main/exports/docx/frame';
import { countLines, STYLE_METRICS } from '../../main/exports/docx/paragraphLines';
import { textShape } from '../../main/exports/docx/pageShapes';
import { emailLink, linkPara, phoneLink, webLink } from '../../main/exports/docx/links';
import { ReportNumbering } from '../../main/exports/docx/numbering';
import { BODY_SIZE, CAPTION, CONTENTS_LINE, documentStyles } from '../../main/exports/docx/styles';
import { packDocx } from '../../main/exports/pack';
import { randomBlocks } from '../helpers/randomDocument';

// The page numbers of a document of our blocks are worked out from the blocks (pageEstimate.ts),
// in milliseconds, instead of by the docx package's general layout, which takes seconds on a paper
// of hundreds of pages. The package's layout is the oracle: on every document here, made of every
// kind of block in random mixes, both must write the same numbers, to the page.

const meta: DocumentMeta = { title: 'Estimate', date: '2026-12-06', creator: 'Tests', description: 'A document for the tests' };

/** The contents' page numbers and the numbers of pages, as written in the document. */
async function writtenNumbers(bytes: Buffer): Promise<{ contents: string[]; pages: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const contents = [...document.matchAll(/PAGEREF (_TocHd\d+)[\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (m) => `${m[1]} on ${m[2]}`,
  );
  const pages: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/NUMPAGES[\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)) pages.push(m[1]!);
  }
  return { contents, pages: [...new Set(pages)] };
}

/** The numbers written with the estimate and with the docx package's layout, and which the first used. */
async function bothWays(blocks: () => Block[], over: Partial<DocumentMeta> = {}) {
  const ours = await buildDocument({ ...meta, ...over }, blocks);
  const docx = await buildDocument({ ...meta, ...over }, blocks, { layout: 'docx' });
  expect(pageLayoutOf(docx)).toBe('docx');
  const oursBytes = await packDocx(ours, '2026-12-06T10:00:00.000Z');
  const docxBytes = await packDocx(docx, '2026-12-06T10:00:00.000Z');
  return {
    layout: pageLayoutOf(ours),
    ours: await writtenNumbers(oursBytes),
    docx: await writtenNumbers(docxBytes),
    same: Buffer.compare(oursBytes, docxBytes) === 0,
  };
}

describe('the page estimate', () => {
  it('writes the same page numbers as the docx package’s layout, on documents of every kind of block in random mixes', async () => {
    const differences: string[] = [];
    let estimated = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { layout, ours, docx } = await bothWays(() => randomBlocks(seed));
      if (layout === 'blocks') estimated += 1;
      if (JSON.stringify(ours) !== JSON.stringify(docx)) differences.push(`document ${seed}: ${JSON.stringify(ours)} against ${JSON.stringify(docx)}`);
    }
    expect(differences).toEqual([]);
    // the rest have a contents line whose number may not fit beside its title, or a row taller than a page (tested below)
    expect(estimated).toBeGreaterThanOrEqual(26);
  }, 240_000);

  it('keeps a heading with the first two lines of a long paragraph, and leaves no line of a paragraph alone on a page', async () => {
    // each filler paragraph is two lines; the heading falls at the foot of page 1 when the gap is right
    for (const filler of [17, 18, 19, 20]) {
      const blocks = () => [
        ...Array.from({ length: filler }, (_, i) => para(`Paragraph ${i} ${'of words that wrap onto a second line '.repeat(2)}`)),
        heading('A section', 1),
        para('A long paragraph '.repeat(120)),
      ];
      const { ours, docx, same, layout } = await bothWays(blocks);
      expect(layout).toBe('blocks');
      expect(ours).toEqual(docx);
      expect(same).toBe(true);
    }
  }, 60_000);

  it('counts a table’s header row again on each page, its last row’s bottom border, and the paragraph after a table that ends a section', async () => {
    for (const rows of [20, 21, 22, 23, 40, 41]) {
      const blocks = () => [
        heading('Figures', 1),
        ...dataTable({
          caption: 'Table 1',
          headers: ['Home', 'Check', 'Due'],
          rows: Array.from({ length: rows }, (_, i) => [`Flat ${i}`, 'Gas safety', '31/03/2027']),
        }),
        ...dataTable({
          caption: 'A wide table',
          headers: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'],
          rows: Array.from({ length: rows }, () => Array.from({ length: 7 }, () => 'words that take more than two lines across a portrait page')),
        }),
        heading('After', 1),
        para('The end.'),
      ];
      const { ours, docx, layout } = await bothWays(blocks);
      expect(layout).toBe('blocks');
      expect(ours).toEqual(docx);
    }
  }, 60_000);

  it('leaves a document to the docx package’s layout when a block is not one of ours, its text has characters of unknown width, or a row is taller than a page', async () => {
    const foreign = await bothWays(() => [heading('Made elsewhere', 1), new Paragraph({ children: [new TextRun('Not made by our builders')] })]);
    expect(foreign.layout).toBe('docx');
    const arabic = await bothWays(() => [heading('Notes', 1), para('ملاحظات المستأجر')]);
    expect(arabic.layout).toBe('docx');
    const tab = await bothWays(() => [heading('Notes', 1), para('A typed\ttab')]);
    expect(tab.layout).toBe('docx');
    const tall = await bothWays(() => [
      heading('Notes', 1),
      ...dataTable({ caption: 'Tall', headers: ['Note'], rows: [[Array.from({ length: 60 }, (_, i) => `Line ${i}`).join('\n')]] }),
    ]);
    expect(tall.layout).toBe('docx');
    // a title long enough for the footer to take three lines pushes the foot of the text up
    const longTitle = await bothWays(() => [heading('Notes', 1), para('Text.')], { title: 'A very long title '.repeat(16) });
    expect(longTitle.layout).toBe('docx');
    // a paragraph number wider than its indent pushes the text to the next tab stop
    const wideNumber = await bothWays(() => {
      const n = new ReportNumbering();
      // "10.100" is wider than the 36 pt its number has
      const sections = Array.from({ length: 9 }, (_, i) => n.heading(`Section ${i + 1}`));
      return [...sections, n.heading('Many paragraphs'), ...Array.from({ length: 110 }, (_, i) => n.para(`Paragraph ${i}`))];
    });
    expect(wideNumber.layout).toBe('docx');
  }, 60_000);

  it('lays out what Word shows: a new line typed in a heading or a caption as a space, a bold paragraph’s links in regular, a two-line footer', async () => {
    const typed = () => [
      heading('A heading\ntyped on\ntwo lines', 1),
      ...Array.from({ length: 30 }, (_, i) => heading(`Heading ${i}\nwith a new line in it`, 2)),
      ...dataTable({ caption: 'A caption\nwith a new line', headers: ['A', 'B'], rows: [['1', '2']] }),
      linkPara(['Write to ', emailLink('the team at', 'housing-services-team@example.gov.uk'), ' or call ', phoneLink('us on', '020 7946 0000'), '.'], {
        bold: true,
      }),
      ...Array.from({ length: 20 }, () =>
        linkPara([webLink('Read the long report on the council’s website at', 'https://www.example.gov.uk/housing/reports')], { bold: true }),
      ),
    ];
    for (const over of [{}, { title: 'A title long enough for the footer to take a second line '.repeat(2) }]) {
      const { layout, ours, docx } = await bothWays(typed, over);
      expect(layout).toBe('blocks');
      expect(ours).toEqual(docx);
    }
  }, 60_000);
});

describe('the styles the estimate lays out', () => {
  it('are the documents’ own: sizes, spacing and line spacing of styles.ts', () => {
    const points = (twips: number | undefined) => (twips ?? 0) / 20;
    const styles = documentStyles.default!;
    const normal = styles.document!.paragraph!.spacing!;
    expect(STYLE_METRICS.normal).toEqual({
      size: BODY_SIZE / 2,
      bold: false,
      before: points(normal.before),
      after: points(normal.after),
      spacing: normal.line! / 240,
    });
    const headings = { title: styles.title!, heading1: styles.heading1!, heading2: styles.heading2!, heading3: styles.heading3! };
    for (const [name, style] of Object.entries(headings)) {
      const spacing = style.paragraph!.spacing!;
      expect(STYLE_METRICS[name as keyof typeof headings], name).toEqual({
        size: (style.run!.size as number) / 2,
        bold: true,
        before: points(spacing.before),
        after: points(spacing.after),
        spacing: spacing.line! / 240,
      });
    }
    const own = (id: string) => documentStyles.paragraphStyles!.find((p) => p.id === id)!;
    for (const [name, id] of [
      ['caption', CAPTION],
      ['contents', CONTENTS_LINE],
    ] as const) {
      const style = own(id);
      expect(STYLE_METRICS[name], name).toEqual({
        size: (style.run!.size as number) / 2,
        bold: style.run!.bold === true,
        before: points(style.paragraph!.spacing!.before),
        after: points(style.paragraph!.spacing!.after),
        // the line spacing is the document's, which they do not set
        spacing: normal.line! / 240,
      });
    }
  });
});

describe('lines of a paragraph', () => {
  const lines = (text: string, width: number, bold = false) => countLines(textShape('normal', [{ text, bold }]), STYLE_METRICS.normal, width);

  it('breaks at spaces, and after a hyphen or dash only when a letter follows', () => {
    expect(lines('one two three', 1000)).toBe(1);
    expect(lines('one two three', 50)).toBe(2);
    // "well-" fits where "well-being" does not: the word breaks after its hyphen
    expect(lines('aaa well-being', 60)).toBe(2);
    expect(lines('well-being', 30)).toBe(2);
    // 2025-26 is one word: no letter after its hyphen
    expect(lines('2025-26', 30)).toBe(2); // broken between its letters, as wider than the line
  });

  it('breaks a word wider than the line between its letters, starts a line at each line break, and reads a new line in text as a space', () => {
    // an x is 6 pt wide at 12 pt: 16 to a line of 100 pt
    expect(lines('x'.repeat(100), 100)).toBe(7);
    expect(countLines(textShape('normal', [{ text: 'first' }, { text: 'second', breakBefore: true }]), STYLE_METRICS.normal, 1000)).toBe(2);
    expect(lines('first\nsecond', 1000)).toBe(1);
    expect(lines('', 100)).toBe(1);
  });
});
