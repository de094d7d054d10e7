import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../main/exports/accessibility';
import { heading, resetDrawingIds, type Block } from '../../main/exports/docx/blocks';
import { recommendationTableSection, thisMonthSection } from '../../main/exports/docx/monthlyUpdateDoc';
import { keepInTouchSection, otherFormatsLine, progressSentence, standingText } from '../../main/exports/docx/publicSections';
import { recommendationBlock } from '../../main/exports/docx/recommendationsDoc';
import { overviewSentence } from '../../main/exports/docx/policyScheduleDoc';
import { documentNumbering, documentStyles } from '../../main/exports/docx/styles';
import { packDocx } from '../../main/exports/pack';
import type { MonthlyUpdateModel, OrgDetails, PublicRecommendation } from '../../main/exports/models';
import { settingsUpdate } from '../../shared/contract/settings';
import { readDocx } from '../helpers/docx';
import { sectionsOf } from '../../main/exports/docx/frame';

async function docOf(children: Block[]) {
  const doc = new Document({
    title: 'A test document',
    styles: documentStyles,
    numbering: documentNumbering,
    sections: sectionsOf(children, { title: 'A test document', date: '2026-11-23' }),
  });
  return packDocx(doc, '2026-11-23T10:00:00.000Z');
}
const read = async (children: Block[]) => readDocx(await docOf([heading('T', 'title'), ...children]));
const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];

const rec = (ref: string, over: Partial<PublicRecommendation> = {}): PublicRecommendation => ({
  ref,
  title: `Title of ${ref}`,
  publicSummary: `What ${ref} means for you.`,
  leadTeam: 'Customer Services',
  targetDate: '2027-03-23',
  originalTargetDate: null,
  status: 'in_progress',
  completionDate: null,
  latestPublicNote: null,
  monthNote: null,
  ...over,
});

const org: OrgDetails = {
  name: 'Northgate Council',
  contactEmail: 'housing@example.gov.uk',
  contactPhone: '020 7946 0000',
  websiteUrl: 'https://www.example.gov.uk/resident-focus',
  newsletterUrl: 'https://www.example.gov.uk/newsletter/',
  logoDataUrl: '',
};

const model = (over: Partial<MonthlyUpdateModel> = {}): MonthlyUpdateModel => ({
  kind: 'monthly-update',
  draft: false,
  org,
  programme: { code: 'RFP', name: 'Resident Focus Project', source: 'Review', reviewDate: '2025-09-01', description: 'About.' },
  month: '2026-11',
  dateUpdated: '2026-11-23',
  items: [],
  counts: { total: 3, completed: 1, inProgress: 1, notStarted: 1, onHold: 0 },
  whatsNext: [],
  recommendations: [],
  ...over,
});

describe('monthly update: news in one place', () => {
  const recs = [rec('R1'), rec('R2', { monthNote: { noteId: 7, date: '2026-11-04', body: 'The note of the month.' } }), rec('R3'), rec('R5')];
  const items = [
    { date: '2026-11-03', body: 'Hearing loops are fitted.', ref: 'R2' },
    { date: '2026-11-09', body: 'Offices counted visits.', ref: 'R2' },
    { date: '2026-11-12', body: 'A new newsletter went out.', ref: null },
  ];

  it('puts each bullet under its recommendation’s title, other bullets apart, and names the rest in one line', async () => {
    const doc = await read(thisMonthSection(model({ items, recommendations: recs })));
    expect(doc.text.split('\n')).toEqual([
      'T',
      'This month: November 2026',
      'R2: Title of R2',
      'Hearing loops are fitted.',
      'Offices counted visits.',
      'Other news',
      'A new newsletter went out.',
      'There is no news this month on R1, R3 and R5. You can see where each of them stands in the table below.',
    ]);
    expect(doc.document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*R2: Title of R2/);
    expect(doc.text).not.toContain('The note of the month.');
  });

  it('prints each piece of news once: the status table carries no news', async () => {
    const doc = await read([
      ...thisMonthSection(model({ items, recommendations: recs })),
      ...recommendationTableSection(model({ items, recommendations: recs })),
    ]);
    for (const item of items) expect(doc.text.split(item.body).length - 1).toBe(1);
    expect(doc.text).not.toContain('No update this month');
    expect(doc.text).not.toContain('Status is given in words');
  });

  it('the status table gives each recommendation’s title with its public summary, and completion dates for completed ones', async () => {
    const done = rec('R4', { status: 'completed', completionDate: '2026-10-03', targetDate: '2026-12-31' });
    const moved = rec('R6', { targetDate: '2027-03-31', originalTargetDate: '2026-12-31' });
    const doc = await read(recommendationTableSection(model({ recommendations: [done, moved, rec('R7', { publicSummary: '' })] })));
    const rows = doc.document.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(4);
    const cells = (row: string) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => (c.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('\n'));
    expect(cells(rows[0]!)).toEqual(['Ref', 'Recommendation', 'Where it stands']);
    expect(cells(rows[1]!)).toEqual(['R4', 'Title of R4\nWhat R4 means for you.', 'Completed on 3 Oct 2026']);
    expect(rows[1]).not.toContain('31 Dec 2026');
    expect(cells(rows[2]!)).toEqual(['R6', 'Title of R6\nWhat R6 means for you.', 'In progress: due by 31 Mar 2027 (moved from 31 Dec 2026)']);
    expect(cells(rows[3]!)[1]).toBe('Title of R7');
    // the line that introduces the table is kept with it
    const intro = paragraphs(doc.document).find((p) => p.includes('The table lists every recommendation'))!;
    expect(intro).toContain('<w:keepNext/>');
  });

  it('where it stands: completed on its completion date, else its status and when it is or was due', () => {
    const today = '2026-11-23';
    expect(standingText(rec('R1', { status: 'completed', completionDate: null }), today)).toBe('Completed');
    expect(standingText(rec('R1', { status: 'on_hold', targetDate: null }), today)).toBe('On hold: date to be set');
    expect(standingText(rec('R1', { status: 'not_started' }), today)).toBe('Not started: due by 23 Mar 2027');
    // a date already passed is not written as if still to come
    expect(standingText(rec('R1', { targetDate: '2026-11-19' }), today)).toBe('In progress: was due by 19 Nov 2026');
  });
});

describe('progress in sentences that read aloud', () => {
  it('gives every count a verb and leaves out none but empty ones', () => {
    expect(progressSentence({ total: 24, completed: 9, inProgress: 10, notStarted: 4, onHold: 1 })).toBe(
      'Of the 24 recommendations, 9 have been completed, 10 are in progress, 4 have not started yet and 1 is on hold.',
    );
    expect(progressSentence({ total: 2, completed: 2, inProgress: 0, notStarted: 0, onHold: 0 })).toBe('Of the 2 recommendations, 2 have been completed.');
    expect(progressSentence({ total: 0, completed: 0, inProgress: 0, notStarted: 0, onHold: 0 })).toBe('There are no recommendations yet.');
    expect(overviewSentence(20, 12, 1, 6, 7)).toBe(
      'There are 20 policies: 12 are in force, 1 is overdue for review, 6 are due for review in the next 12 months and 7 are in development.',
    );
  });
});

describe('contact details as links', () => {
  it('every address is a hyperlink with words saying what it does, and passes the accessibility check', async () => {
    const bytes = await docOf([heading('T', 'title'), ...keepInTouchSection(org, 'Resident Focus Project'), otherFormatsLine(org)]);
    expect((await checkDocx(bytes)).map((v) => v.rule)).toEqual([]);
    const doc = await readDocx(bytes);
    expect(doc.text.split('\n').slice(1)).toEqual([
      'Keep in touch',
      'We want residents to shape the Resident Focus Project. You can join our resident board, come to an estate walkabout or tell us what you think of the changes at any time.',
      'If you would like to be kept up to date on the Resident Focus Project, or to take part, you can:',
      'Sign up to our newsletter at www.example.gov.uk/newsletter',
      'Visit our website at www.example.gov.uk/resident-focus',
      'Email the Resident Focus Project team at housing@example.gov.uk',
      'Call us on 020 7946 0000',
      'This document is available in other formats, such as large print, easy read, audio or another language. To ask for one, email housing@example.gov.uk or call 020 7946 0000.',
    ]);
    const rels = await (await import('jszip')).default.loadAsync(bytes).then((z) => z.file('word/_rels/document.xml.rels')!.async('string'));
    for (const target of [
      'https://www.example.gov.uk/newsletter/',
      'https://www.example.gov.uk/resident-focus',
      'mailto:housing@example.gov.uk',
      'tel:02079460000',
    ]) {
      expect(rels).toContain(`Target="${target}" TargetMode="External"`);
    }
    // no address outside a link
    const outside = doc.document.replace(/<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/g, '');
    expect(outside).not.toMatch(/example\.gov\.uk|020 7946/);
    expect((doc.document.match(/<w:hyperlink /g) ?? []).length).toBe(6);
    // the section and the closing line stay together (its heading keeps with the next by its style)
    const body = paragraphs(doc.document).slice(2, -1);
    expect(body).toHaveLength(6);
    for (const p of body) expect(p).toContain('<w:keepNext/>');
  });

  it('says whom to contact when settings give no details', async () => {
    const none = { ...org, contactEmail: '', contactPhone: '', websiteUrl: '', newsletterUrl: '' };
    const doc = await read([...keepInTouchSection(none, 'Resident Focus Project'), otherFormatsLine(none)]);
    expect(doc.text).toContain('or to take part, contact Northgate Council.');
    expect(doc.text).toContain('To ask for one, contact Northgate Council.');
    expect(doc.document).not.toContain('<w:hyperlink');
  });
});

describe('recommendations document', () => {
  it('keeps the labels with what follows them', async () => {
    const doc = await read([
      heading('G', 1),
      ...recommendationBlock(rec('R2', { latestPublicNote: { noteId: 1, date: '2026-11-02', body: 'Staff have been consulted.' } })),
    ]);
    for (const label of ['Status: ', 'Lead team: ', 'Target date: ', 'Latest update (2 Nov 2026):']) {
      const p = paragraphs(doc.document).find((x) => x.includes(`>${label}<`))!;
      expect(p, label).toContain('<w:keepNext/>');
    }
    // the whole block stays on one page: every paragraph after the heading but the last is kept with the next
    const block = paragraphs(doc.document).slice(3);
    expect(block.map((p) => p.includes('<w:keepNext/>'))).toEqual([true, true, true, true, true, false]);
  });

  it('a summary typed as a list is still a real list', async () => {
    const doc = await read([heading('G', 1), ...recommendationBlock(rec('R2', { publicSummary: 'We will:\n- consult staff\n- train teams' }))]);
    expect(doc.document).toMatch(/<w:numPr>[\s\S]*consult staff/);
    expect(doc.document).not.toContain('- consult');
  });
});

describe('settings for published documents', () => {
  const error = (patch: object) => {
    const r = settingsUpdate.safeParse(patch);
    return r.success ? null : { field: String(r.error.issues[0]!.path[0]), message: r.error.issues[0]!.message };
  };
  it('takes a newsletter link and refuses what a document could not link to, naming the field', () => {
    expect(error({ newsletterUrl: 'https://www.example.gov.uk/newsletter' })).toBeNull();
    expect(error({ newsletterUrl: '' })).toBeNull();
    expect(error({ newsletterUrl: 'www.example.gov.uk/newsletter' })).toEqual({
      field: 'newsletterUrl',
      message: 'Newsletter sign-up link must be a full web address such as https://www.northgate.gov.uk/newsletter.',
    });
    expect(error({ websiteUrl: 'javascript:alert(1)' })?.message).toMatch(/^Website must be a full web address/);
    expect(error({ contactEmail: 'housing at example' })).toEqual({
      field: 'contactEmail',
      message: 'Contact e-mail must be an e-mail address such as housing@northgate.gov.uk.',
    });
    expect(error({ contactPhone: 'ring the office' })?.message).toMatch(/^Contact phone must be a telephone number/);
    expect(error({ contactPhone: '+44 (0)20 7946-0000' })).toBeNull();
  });
});

/** Each zip entry's [time, date] as its local header and its central directory record give them. */
function entryTimes(zip: Buffer): [number, number][] {
  const out: [number, number][] = [];
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let record = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    expect(zip.readUInt32LE(record)).toBe(0x02014b50);
    const local = zip.readUInt32LE(record + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    out.push([zip.readUInt16LE(record + 12), zip.readUInt16LE(record + 14)], [zip.readUInt16LE(local + 10), zip.readUInt16LE(local + 12)]);
    record += 46 + zip.readUInt16LE(record + 28) + zip.readUInt16LE(record + 30) + zip.readUInt16LE(record + 32);
  }
  return out;
}

describe('packing a document with links', () => {
  it('gives the same bytes for the same content (link relationship ids are not random)', async () => {
    // Ids restart for each document, as buildDocument restarts them.
    const build = () => (resetDrawingIds(), [heading('T', 'title'), ...keepInTouchSection(org, 'Resident Focus Project')]);
    const [a, b] = [await docOf(build()), await docOf(build())];
    expect(a.equals(b)).toBe(true);
    const doc = await readDocx(a);
    expect(doc.document).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
  });

  it('dates every file in the zip with the document’s time in UTC, in whatever time zone it is packed', async () => {
    const build = () => (resetDrawingIds(), [heading('T', 'title'), ...keepInTouchSection(org, 'Resident Focus Project')]);
    const zone = process.env.TZ;
    const packedIn = async (tz: string) => {
      process.env.TZ = tz;
      try {
        return await docOf(build());
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    };
    const [london, newYork] = [await packedIn('Europe/London'), await packedIn('America/New_York')];
    expect(london.equals(newYork)).toBe(true);
    // every entry's DOS time and date, in its local header and its central directory record: 10:00:00 on 23 November 2026
    expect(entryTimes(london)).toEqual(Array(entryTimes(london).length).fill([(10 << 11) | (0 << 5) | 0, ((2026 - 1980) << 9) | (11 << 5) | 23]));
    expect(entryTimes(london).length).toBeGreaterThan(10);
  });

  it('dates the zip’s entries with the UTC time in the hour the clocks go forward, which London’s local time skips', async () => {
    const doc = () => (resetDrawingIds(), new Document({ sections: [{ children: [heading('T', 'title')] }] }));
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      // 01:30 UTC on 28 March 2027: 02:30 in London, where 01:30 never happens
      const bytes = await packDocx(doc(), '2027-03-28T01:30:00.000Z');
      expect(new Set(entryTimes(bytes).map(String))).toEqual(new Set([String([(1 << 11) | (30 << 5), ((2027 - 1980) << 9) | (3 << 5) | 28])]));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
