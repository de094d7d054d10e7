import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../helpers/testCore';
import { headings, readDocx } from '../helpers/docx';
import { formatDateLong } from '../../shared/domain/dates';

let t: TestCore;
let programmeId: number;

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
  await t.call('settings.update', { contactEmail: 'housing@northgate.gov.uk', contactPhone: '020 7946 0000', websiteUrl: 'https://www.northgate.gov.uk' });
});
afterEach(async () => t.close());

describe('monthly public update (.docx)', () => {
  it('has the title, language, headings in order, header rows, alt text with the figures and real bullets', async () => {
    await t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-05', body: 'The HUB reviewed four new policies.' });
    await t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-12', body: 'New hearing loops are fitted in every estate office.' });
    const file = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    const doc = await readDocx(file.base64);
    const summary = await t.call('actionPlan.summary', { programmeId });
    const recs = await t.call('recommendations.list', { programmeId });

    expect(doc.core).toContain('<dc:title>Resident Focus Project: monthly update, November 2026</dc:title>');
    expect(doc.core).toContain('<dc:language>en-GB</dc:language>');
    expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"/);
    expect(doc.styles).toMatch(/<w:rFonts w:ascii="Arial"/);
    // the month's news under the titles of the recommendations it is about, bullets linked to none under "Other news"
    const withNews = (await t.call('monthly.get', { programmeId, month: '2026-11' })).items.filter((i) => i.recommendationId !== null);
    const h2 = headings(doc.document).filter(([s]) => s === 'Heading2');
    expect(h2.at(-1)).toEqual(['Heading2', 'Other news']);
    expect(h2).toHaveLength(new Set(withNews.map((i) => i.recommendationId)).size + 1);
    expect(headings(doc.document).filter(([s]) => s !== 'Heading2')).toEqual([
      ['Title', 'Resident Focus Project: monthly update, November 2026'],
      ['Heading1', 'Contents'],
      ['Heading1', 'About this update'],
      ['Heading1', 'This month: November 2026'],
      // the demo's update includes the public measures
      ['Heading1', 'How we are doing'],
      ['Heading1', 'Progress at a glance'],
      ['Heading1', 'What’s next'],
      ['Heading1', 'Where every recommendation stands'],
      ['Heading1', 'Keep in touch'],
    ]);
    expect(doc.text).toContain('Date updated: 23 Nov 2026');

    // bullets are Word lists
    const bulletParas = doc.document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:numPr>[\s\S]*?<\/w:p>/g) ?? [];
    expect(bulletParas.some((p) => p.includes('The HUB reviewed four new policies.'))).toBe(true);

    // progress as a sentence and as a chart whose alt text states the figures
    const c = summary.byStatus;
    expect(doc.text).toContain(
      `Of the 24 recommendations, ${c.completed} have been completed, ${c.in_progress} are in progress, ${c.not_started} have not started yet and ${c.on_hold} is on hold.`,
    );
    const docPr = /<wp:docPr [^>]*descr="([^"]+)"/.exec(doc.document)![1];
    expect(docPr).toBe(
      `Bar chart of progress on the 24 recommendations: ${c.completed} completed, ${c.in_progress} in progress, ${c.not_started} not started, ${c.on_hold} on hold.`,
    );

    // the table: a repeating header row, every recommendation, status as words, never a person
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.document)![0];
    expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0]).toContain('<w:tblHeader/>');
    for (const r of recs) expect(table).toContain(`<w:t xml:space="preserve">${r.ref}</w:t>`);
    expect(table).toContain('In progress: due by');
    expect(table).toContain('Completed on');
    const revised = recs.find((r) => r.revisedTargetDate && r.status !== 'completed')!;
    const revisedRow = (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).find((row) => row.includes(`>${revised.ref}<`))!;
    expect(revisedRow).toContain(`${formatDateLong(revised.revisedTargetDate)} (moved from ${formatDateLong(revised.originalTargetDate)})`);
    for (const person of await t.call('people.list', {})) expect(doc.text).not.toContain(person.name);

    expect(doc.text).toContain('Email the Resident Focus Project team at housing@northgate.gov.uk');
    expect(doc.text).toMatch(/This document is available in other formats.*email housing@northgate\.gov\.uk or call 020 7946 0000/);
  });

  it('says so when a month has no items', async () => {
    const doc = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-06' })).base64);
    expect(doc.text).toContain('There is no news this month.');
  });

  it('keeps awkward text readable: XML-breaking characters, emoji, right-to-left, very long bullets', async () => {
    const nasty = 'Tenants said <“great”> & asked for more\u0000\u0007 info \uD800 about repairs 🏠🔧';
    const arabic = 'تم تحديث سياسة الإصلاحات';
    const long = `${'Repairs are improving across every estate. '.repeat(110)}End.`;
    for (const body of [nasty, arabic, long]) await t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-05', body });
    const doc = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64);
    expect(doc.text).toContain('Tenants said <“great”> & asked for more info \uFFFD about repairs 🏠🔧');
    expect(doc.document).toContain('&lt;“great”&gt; &amp; asked');
    expect(doc.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(doc.document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const arabicPara = (doc.document.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes(arabic))!;
    expect(arabicPara).toContain('<w:bidi/>');
    expect(doc.text).toContain(long);
  });
});

describe('recommendations progress document (.docx)', () => {
  it('groups every recommendation under its status, in the words and counts of the progress sentence, with its summary and latest public note', async () => {
    const file = await t.call('exports.recommendations', { programmeId });
    expect(file.fileName).toBe('RFP-recommendations-2026-11-23.docx');
    const doc = await readDocx(file.base64);
    const recs = await t.call('recommendations.list', { programmeId });
    const n = (s: string[]) => recs.filter((r) => s.includes(r.status)).length;
    const h1 = headings(doc.document)
      .filter(([s]) => s === 'Heading1')
      .map(([, text]) => text);
    expect(h1).toEqual([
      'Contents',
      'Progress at a glance',
      `Completed (${n(['completed'])})`,
      `In progress (${n(['in_progress'])})`,
      `On hold (${n(['on_hold'])})`,
      `Not started (${n(['not_started'])})`,
      'Keep in touch',
    ]);
    const h2 = headings(doc.document)
      .filter(([s]) => s === 'Heading2')
      .map(([, text]) => text.split(':')[0]);
    expect(h2.sort()).toEqual(recs.map((r) => r.ref).sort());
    const detail = await t.call('recommendations.get', { id: recs[0]!.id });
    const latestPublic = detail.notes.find((x) => x.visibility === 'public');
    if (latestPublic) expect(doc.text).toContain(latestPublic.body);
    expect(doc.text).toContain(detail.publicSummary);
    for (const internal of detail.notes.filter((x) => x.visibility === 'internal')) expect(doc.text).not.toContain(internal.body);
  });
});

describe('export errors', () => {
  it('refuses an unknown programme and a malformed month with the field named', async () => {
    expect(await t.raw('exports.monthlyUpdate', { programmeId: 999, month: '2026-11' })).toMatchObject({ ok: false, error: { field: 'programmeId' } });
    expect(await t.raw('exports.monthlyUpdate', { programmeId, month: '11/2026' })).toMatchObject({ ok: false, error: { field: 'month' } });
  });
});

describe('organisation logo', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

  it('appears at the top of public documents with alt text', async () => {
    await t.call('settings.update', { logoDataUrl: PNG });
    const doc = await readDocx((await t.call('exports.recommendations', { programmeId })).base64);
    const descrs = [...doc.document.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]);
    expect(descrs[0]).toBe('Testshire Council logo');
    expect(descrs).toHaveLength(2);
  });

  it('refuses anything but a PNG or JPEG image', async () => {
    expect(await t.raw('settings.update', { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })).toMatchObject({ ok: false, error: { field: 'logoDataUrl' } });
    expect(await t.raw('settings.update', { websiteUrl: 'northgate' })).toMatchObject({ ok: false, error: { field: 'websiteUrl' } });
  });
});
