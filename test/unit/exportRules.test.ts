import { AlignmentType, Document, ExternalHyperlink, Footer, ImageRun, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../main/exports/accessibility';
import { bullets, caption, heading, para, type Block } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { progressSentence, targetText } from '../../main/exports/docx/publicSections';
import { thisMonthSection, whatsNextSection } from '../../main/exports/docx/monthlyUpdateDoc';
import { GROUPS } from '../../main/exports/docx/recommendationsDoc';
import { sectionsOf } from '../../main/exports/docx/frame';
import { CONTENTS_LINE, documentNumbering, documentStyles } from '../../main/exports/docx/styles';
import { isRightToLeft, xmlSafe } from '../../main/exports/docx/text';
import { packDocx } from '../../main/exports/pack';
import type { MonthlyUpdateModel } from '../../main/exports/models';
import { readDocx } from '../helpers/docx';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function docOf(children: Block[], options: { title?: string } = { title: 'A test document' }) {
  const doc = new Document({
    title: options.title,
    styles: documentStyles,
    numbering: documentNumbering,
    sections: sectionsOf(children, { title: options.title ?? 'A test document', date: '2026-11-23' }),
  });
  return packDocx(doc, '2026-11-23T10:00:00.000Z');
}

const good = (): Block[] => [
  heading('Title', 'title'),
  heading('Section', 1),
  para('Text'),
  ...dataTable({ caption: 'Numbers', headers: ['A', 'B'], rows: [['1', '2']] }),
];
const rules = async (children: Block[], options?: { title?: string }) => (await checkDocx(await docOf(children, options))).map((v) => v.rule);

describe('accessibility check', () => {
  it('passes a document that keeps the rules', async () => {
    expect(await rules(good())).toEqual([]);
  });

  it('refuses a table without a header row', async () => {
    const bare = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('x')] })] })] });
    expect(await rules([...good(), caption('Bare'), bare])).toEqual(['Every table needs a marked header row.']);
  });

  it('refuses a picture without alternative text', async () => {
    const img = new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] });
    expect(await rules([...good(), img])).toEqual(['Every picture or chart needs alternative text.']);
  });

  it('refuses a document without a title property or a Title heading', async () => {
    expect(await rules(good(), { title: '' })).toContain('The document has no title property.');
    expect(await rules(good().slice(1))).toEqual(
      expect.arrayContaining(['The document must start with a Title.', 'The document must have exactly one Title (it has 0).']),
    );
  });

  it('refuses skipped heading levels, small text, justified text, serif fonts and typed bullets', async () => {
    expect(await rules([...good(), heading('Deep', 3)])).toEqual(['Heading levels must not skip (Heading 3 follows Heading 1).']);
    expect(await rules([...good(), new Paragraph({ children: [new TextRun({ text: 'Small print', size: 18 })] })])).toEqual([
      'Text must be 12 pt or larger (found 9 pt).',
    ]);
    expect(await rules([...good(), new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun('Justified')] })])).toEqual([
      'Text must be left-aligned.',
    ]);
    expect(await rules([...good(), new Paragraph({ children: [new TextRun({ text: 'Serif', font: 'Times New Roman' })] })])).toEqual([
      'Use a sans-serif font (found Times New Roman).',
    ]);
    expect(await rules([...good(), para('• a typed bullet')])).toEqual(['Lists must use real list formatting, not typed bullet characters.']);
    // A contents line begins with its numbered heading's number, and is not a typed list.
    expect(await rules([...good(), para('1. Summary')])).toEqual(['Lists must use real list formatting, not typed bullet characters.']);
    expect(await rules([...good(), new Paragraph({ style: CONTENTS_LINE, children: [new TextRun('1. Summary')] })])).toEqual([]);
    expect(await rules([...good(), ...bullets(['a real bullet'])])).toEqual([]);
  });
});

describe('accessibility check: tables, links and page furniture', () => {
  const table = (headers: string[], widths?: number[]) =>
    new Table({
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          children: headers.map(
            (h, i) =>
              new TableCell({
                width: widths ? { size: widths[i]!, type: WidthType.DXA } : undefined,
                margins: { left: 70, right: 70 },
                children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })],
              }),
          ),
        }),
        new TableRow({ children: headers.map(() => new TableCell({ children: [new Paragraph('1')] })) }),
      ],
    });

  it('refuses two tables with nothing, or only empty paragraphs, between them', async () => {
    const adjacent = 'Two tables must not follow each other with nothing between them: a word processor joins them into one.';
    expect(await rules([...good(), table(['C', 'D'], [2000, 2000])])).toEqual([adjacent]);
    expect(await rules([...good(), new Paragraph(''), new Paragraph({ children: [] }), table(['C', 'D'], [2000, 2000])])).toEqual([adjacent]);
    const v = await checkDocx(await docOf([...good(), table(['C', 'D'], [2000, 2000])]));
    expect(v[0]!.where).toBe('table 2, after table 1');
  });

  it('refuses a table not directly introduced by a caption', async () => {
    const noCaption = 'Every table must be introduced by a caption paragraph (style Caption) just before it.';
    expect(await rules([heading('Title', 'title'), para('Some numbers:'), table(['A', 'B'], [2000, 2000])])).toEqual([noCaption]);
    expect(await rules([heading('Title', 'title'), table(['A', 'B'], [2000, 2000])])).toEqual([noCaption]);
    expect(await rules([heading('Title', 'title'), caption('Numbers'), table(['A', 'B'], [2000, 2000])])).toEqual([]);
  });

  it('refuses a web or e-mail address that is not a link, in the text or a footer', async () => {
    const notLink = 'A web or e-mail address must be a link.';
    expect(await rules([...good(), new Paragraph('See https://example.org/plan for more.')])).toEqual([notLink]);
    expect(await rules([...good(), new Paragraph('Visit www.example-council.gov.uk today.')])).toEqual([notLink]);
    expect(await rules([...good(), new Paragraph('E-mail housing@example-council.gov.uk.')])).toEqual([notLink]);
    const link = new Paragraph({
      children: [new ExternalHyperlink({ link: 'mailto:housing@example-council.gov.uk', children: [new TextRun('housing@example-council.gov.uk')] })],
    });
    expect(await rules([...good(), link])).toEqual([]);
    // text written through the builders has its addresses made into links, with text that says where they go
    const built = await docOf([...good(), para('See https://example.org/plan, www.example-council.gov.uk or e-mail housing@example-council.gov.uk.')]);
    expect((await checkDocx(built)).map((v) => v.rule)).toEqual([]);
    const xml = (await readDocx(built)).document;
    expect(xml.match(/<w:hyperlink\b/g)).toHaveLength(3);
    expect((await readDocx(built)).text).toContain('See example.org/plan, www.example-council.gov.uk or e-mail housing@example-council.gov.uk.');
    const withFooter = new Document({
      title: 'A test document',
      styles: documentStyles,
      sections: [
        {
          footers: {
            default: new Footer({
              children: [new Paragraph({ children: [new TextRun('www.example.org, page '), new TextRun({ children: [PageNumber.CURRENT] })] })],
            }),
          },
          children: good().slice(0, 3) as Paragraph[],
        },
      ],
    });
    const v = await checkDocx(await packDocx(withFooter, '2026-11-23T10:00:00.000Z'));
    expect(v).toEqual([{ rule: notLink, where: 'word/footer1.xml: “www.example.org,”' }]);
  });

  it('refuses a document without a footer page number', async () => {
    const none = new Document({ title: 'T', styles: documentStyles, sections: [{ children: [heading('T', 'title')] }] });
    expect((await checkDocx(await packDocx(none, '2026-11-23T10:00:00.000Z'))).map((v) => v.rule)).toEqual(['Every page needs a footer with its page number.']);
    const plain = new Document({
      title: 'T',
      styles: documentStyles,
      sections: [{ footers: { default: new Footer({ children: [new Paragraph('T, 23 Nov 2026')] }) }, children: [heading('T', 'title')] }],
    });
    expect(await checkDocx(await packDocx(plain, '2026-11-23T10:00:00.000Z'))).toEqual([
      { rule: 'Every page needs a footer with its page number (a PAGE field).', where: 'word/footer1.xml' },
    ]);
  });

  it('refuses a header word that cannot fit its column at the document’s size', async () => {
    // "Recommendation" in 12 pt bold Arial is 2,014 twips; the column leaves 1,500 - 140 for it.
    const v = await checkDocx(await docOf([heading('Title', 'title'), caption('Plan'), table(['Ref', 'Recommendation'], [1000, 1500])]));
    expect(v).toEqual([
      { rule: 'A header word must fit its column at 12 pt (“Recommendation” needs 2014 twips, the column has 1360).', where: 'table 1, column 2' },
    ]);
    expect(await rules([heading('Title', 'title'), caption('Plan'), table(['Ref', 'Recommendation'], [1000, 2200])])).toEqual([]);
  });
});

describe('text going into Word', () => {
  it('drops what XML cannot hold and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(xmlSafe('tab\tline\nok 🏠 مرحبا <&>')).toBe('tab\tline\nok 🏠 مرحبا <&>');
  });
  it('lays out right to left only text that starts in a right-to-left script', () => {
    expect(isRightToLeft('تم تحديث السياسة')).toBe(true);
    expect(isRightToLeft('  «שלום» world')).toBe(true);
    expect(isRightToLeft('The word مرحبا means hello')).toBe(false);
    expect(isRightToLeft('2026')).toBe(false);
  });
});

const model = (over: Partial<MonthlyUpdateModel> = {}): MonthlyUpdateModel => ({
  kind: 'monthly-update',
  draft: false,
  org: { name: 'Northgate', contactEmail: '', contactPhone: '', websiteUrl: '', logoDataUrl: '' },
  programme: { code: 'RFP', name: 'Resident Focus Project', source: 'Review', reviewDate: '2025-09-01', description: 'About.' },
  month: '2026-11',
  dateUpdated: '2026-11-23',
  items: [],
  counts: { total: 3, completed: 1, inProgress: 1, notStarted: 1, onHold: 0 },
  whatsNext: [],
  recommendations: [],
  ...over,
});

describe('section mappers', () => {
  it('this month: bullets as a Word list, or a clear line when there are none', async () => {
    const none = await readDocx(await docOf([heading('T', 'title'), ...thisMonthSection(model())]));
    expect(none.text).toContain('There is no news this month.');
    const some = await readDocx(
      await docOf([heading('T', 'title'), ...thisMonthSection(model({ items: [{ date: '2026-11-02', body: 'Hearing loops fitted.', ref: null }] }))]),
    );
    expect(some.document).toMatch(/<w:numPr>[\s\S]*Hearing loops fitted\./);
  });

  it('what’s next lists items with their due dates', async () => {
    const doc = await readDocx(
      await docOf([heading('T', 'title'), ...whatsNextSection(model({ whatsNext: [{ ref: 'R4', title: 'Review policies', targetDate: '2026-12-03' }] }))]),
    );
    expect(doc.text).toContain('R4: Review policies (due 3 Dec 2026)');
    const empty = await readDocx(await docOf([heading('T', 'title'), ...whatsNextSection(model())]));
    expect(empty.text).toContain('No recommendations are due in the next two months.');
  });

  it('states progress and target dates in words', () => {
    expect(progressSentence({ total: 24, completed: 9, inProgress: 10, notStarted: 4, onHold: 1 })).toBe(
      'Of the 24 recommendations, 9 have been completed, 10 are in progress, 4 have not started yet and 1 is on hold.',
    );
    expect(progressSentence({ total: 3, completed: 1, inProgress: 1, notStarted: 1, onHold: 0 })).toBe(
      'Of the 3 recommendations, 1 has been completed, 1 is in progress and 1 has not started yet.',
    );
    expect(targetText({ targetDate: '2027-03-31', originalTargetDate: '2026-12-31' })).toBe('31 Mar 2027 (moved from 31 Dec 2026)');
    expect(targetText({ targetDate: null, originalTargetDate: null })).toBe('To be set');
  });

  it('groups by status in the chart’s words, on hold apart from in progress', () => {
    const group = (status: string) => GROUPS.find((g) => g.test({ status } as never))!.heading;
    expect([group('completed'), group('in_progress'), group('on_hold'), group('not_started')]).toEqual(['Completed', 'In progress', 'On hold', 'Not started']);
  });
});

describe('table and recommendation mappers', () => {
  const rec = {
    ref: 'R2',
    title: 'Create a single point of contact',
    publicSummary: 'One number for everything.',
    leadTeam: 'Customer Services',
    targetDate: '2027-03-23',
    originalTargetDate: '2026-09-24',
    status: 'in_progress' as const,
    completionDate: null,
    latestPublicNote: { noteId: 1, date: '2026-11-02', body: 'Staff have been consulted.' },
    monthNote: { noteId: 1, date: '2026-11-02', body: 'Staff have been consulted.' },
  };

  it('the recommendation table has a header row and one row per recommendation, with no person named', async () => {
    const { recommendationTableSection } = await import('../../main/exports/docx/monthlyUpdateDoc');
    const doc = await readDocx(
      await docOf([
        heading('T', 'title'),
        ...recommendationTableSection(model({ recommendations: [rec, { ...rec, ref: 'R3', monthNote: null, status: 'not_started' }] })),
      ]),
    );
    const rows = doc.document.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(doc.text).toContain('In progress: due by 23 Mar 2027 (moved from 24 Sep 2026)');
    expect(doc.text).not.toContain('No update this month.');
    expect(doc.text).toContain('Not started');
  });

  it('a data table carries its grey borders and cell margins once, for all its cells, and a left-to-right paragraph no direction', async () => {
    const doc = await readDocx(
      await docOf([
        heading('T', 'title'),
        ...dataTable({
          caption: 'Figures',
          headers: ['Team', 'Done'],
          rows: [
            ['Income', '45 of 49'],
            ['Finance', 'تم'],
          ],
        }),
      ]),
    );
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.document)![0];
    const tableProperties = /<w:tblPr>[\s\S]*?<\/w:tblPr>/.exec(table)![0];
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
      expect(tableProperties).toContain(`<w:${side} w:val="single" w:color="8C949E" w:sz="4"/>`);
    expect(tableProperties).toMatch(
      /<w:tblCellMar><w:top w:type="dxa" w:w="60"\/><w:left w:type="dxa" w:w="70"\/><w:bottom w:type="dxa" w:w="60"\/><w:right w:type="dxa" w:w="70"\/><\/w:tblCellMar>/,
    );
    expect(table.match(/<w:tc>/g)).toHaveLength(6);
    expect(table).not.toMatch(/<w:tcBorders>|<w:tcMar>/);
    // the one right-to-left cell is marked; nothing else carries a direction
    expect(doc.document.match(/<w:bidi\b[^>]*>/g)).toEqual(['<w:bidi/>']);
  });

  it('a recommendation block gives status, lead team, target, summary and the latest public note', async () => {
    const { recommendationBlock } = await import('../../main/exports/docx/recommendationsDoc');
    const doc = await readDocx(await docOf([heading('T', 'title'), heading('G', 1), ...recommendationBlock(rec)]));
    expect(doc.text.split('\n')).toEqual([
      'T',
      'G',
      'R2: Create a single point of contact',
      'Status: In progress',
      'Lead team: Customer Services',
      'Target date: 23 Mar 2027 (moved from 24 Sep 2026)',
      'One number for everything.',
      'Latest update (2 Nov 2026):',
      'Staff have been consulted.',
    ]);
  });
});

describe('text people typed', () => {
  it('becomes paragraphs and real lists, so an ordinary note never trips the typed-bullet rule', async () => {
    const { userText } = await import('../../main/exports/docx/blocks');
    const bytes = await docOf([
      heading('T', 'title'),
      ...userText('Progress this month:\n- forms updated\n• HUB consulted\n\n2. next: training'),
      ...dataTable({ caption: 'Cells', headers: ['A'], rows: [['- in a cell\nsecond line']] }),
    ]);
    expect((await checkDocx(bytes)).map((v) => v.rule)).toEqual([]);
    const doc = await readDocx(bytes);
    expect(doc.text.split('\n')).toEqual([
      'T',
      'Progress this month:',
      'forms updated',
      'HUB consulted',
      'next: training',
      'Cells',
      'A',
      'in a cell',
      'second line',
    ]);
    expect((doc.document.match(/<w:numPr>/g) ?? []).length).toBe(4);
  });

  it('a bullet with several lines keeps its line breaks', async () => {
    const doc = await readDocx(await docOf([heading('T', 'title'), ...bullets(['First line\nSecond line'])]));
    expect(doc.document).toMatch(/First line<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Second line/);
  });
});

describe('stricter rules', () => {
  it('refuses Heading 4, typed dashes and numbers, and a serif font in hAnsi', async () => {
    expect(
      await rules([...good(), heading('Sub', 2), heading('Sub sub', 3), new Paragraph({ heading: 'Heading4' as never, children: [new TextRun('Deep')] })]),
    ).toContain('Use Heading 1 to 3 only.');
    expect(await rules([...good(), new Paragraph({ children: [new TextRun('– dash bullet')] })])).toEqual([
      'Lists must use real list formatting, not typed bullet characters.',
    ]);
    expect(await rules([...good(), new Paragraph({ children: [new TextRun('1. numbered by hand')] })])).toEqual([
      'Lists must use real list formatting, not typed bullet characters.',
    ]);
    expect(await rules([...good(), new Paragraph({ children: [new TextRun({ text: 'x', font: { ascii: 'Arial', hAnsi: 'Georgia' } })] })])).toEqual([
      'Use a sans-serif font (found Georgia).',
    ]);
  });

  it('refuses a document whose defaults set no size or font', async () => {
    const bare = new Document({ title: 'Bare', sections: [{ children: [heading('T', 'title'), para('x')] }] });
    const found = (await checkDocx(await packDocx(bare, '2026-11-23T10:00:00.000Z'))).map((v) => v.rule);
    expect(found).toEqual(
      expect.arrayContaining(['The document language is not set to English (UK).', 'The default text size must be set to 12 pt or larger.']),
    );
  });
});

describe('front and back sections', () => {
  it('title, draft mark, publisher, introduction, involvement and other formats', async () => {
    const { titleSection, introSection } = await import('../../main/exports/docx/monthlyUpdateDoc');
    const { keepInTouchSection, otherFormatsLine, progressChartAlt } = await import('../../main/exports/docx/publicSections');
    const m = model({
      draft: true,
      org: { name: 'Northgate Council', contactEmail: 'housing@northgate.gov.uk', contactPhone: '020 7946 0000', websiteUrl: '', logoDataUrl: '' },
    });
    const doc = await readDocx(
      await docOf([...titleSection(m), ...introSection(m), ...keepInTouchSection(m.org, 'Resident Focus Project'), otherFormatsLine(m.org)]),
    );
    expect(doc.text.split('\n')).toEqual([
      'Resident Focus Project: monthly update, November 2026',
      'Draft: not yet published.',
      'Published by Northgate Council. Date updated: 23 Nov 2026',
      'About this update',
      'About.',
      'Where the recommendations come from: Review, reported in September 2025.',
      'There are 3 recommendations. Each month we tell you what we have done and what comes next.',
      'Keep in touch',
      'We want residents to shape the Resident Focus Project. You can join our resident board, come to an estate walkabout or tell us what you think of the changes at any time.',
      'If you would like to be kept up to date on the Resident Focus Project, or to take part, you can:',
      'Email the Resident Focus Project team at housing@northgate.gov.uk',
      'Call us on 020 7946 0000',
      'This document is available in other formats, such as large print, easy read, audio or another language. To ask for one, email housing@northgate.gov.uk or call 020 7946 0000.',
    ]);
    expect(progressChartAlt({ total: 3, completed: 1, inProgress: 1, notStarted: 1, onHold: 0 })).toBe(
      'Bar chart of progress on the 3 recommendations: 1 completed, 1 in progress, 1 not started.',
    );
  });

  it('a logo only from a PNG, with the organisation named in its alt text', async () => {
    const { logoBlock } = await import('../../main/exports/docx/publicSections');
    const org = { name: 'Northgate', contactEmail: '', contactPhone: '', websiteUrl: '', logoDataUrl: `data:image/png;base64,${PNG.toString('base64')}` };
    const doc = await readDocx(await docOf([...logoBlock(org), heading('T', 'title')]));
    expect(doc.document).toMatch(/<wp:docPr [^>]*descr="Northgate logo"/);
    expect(logoBlock({ ...org, logoDataUrl: '' })).toEqual([]);
  });
});
