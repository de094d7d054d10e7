import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../helpers/testCore';
import { headings, readDocx } from '../helpers/docx';
import { checkDocx } from '../../main/exports/accessibility';
import { DEMO_CONTACTS } from '../../main/demo/settingsDemo';
import { formatDateLong } from '../../shared/domain/dates';

// The public documents as the demo produces them: every rule checked in their XML.

let t: TestCore;
let programmeId: number;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
});
afterEach(async () => t.close());

const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
const relsOf = async (base64: string) => (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/_rels/document.xml.rels')!.async('string');

describe('the demo’s settings', () => {
  it('carry a website, e-mail, phone and newsletter link, audited, and keep details typed before the demo was loaded', async () => {
    expect(await t.call('settings.get', {})).toMatchObject(DEMO_CONTACTS);
    const audit = t.database.sqlite.prepare("select after_json from audit_log where entity = 'settings' and after_json like '%newsletterUrl%'").all();
    expect(audit).toHaveLength(1);

    const own = await makeCore({ today: '2026-12-04', setup: false });
    await own.call('app.setup', { userName: 'Clerk', organisation: 'Northgate Council', loadDemo: false });
    await own.call('settings.update', { contactEmail: 'housing@northgate.gov.uk' });
    await own.call('demo.load', {});
    expect(await own.call('settings.get', {})).toMatchObject({ ...DEMO_CONTACTS, contactEmail: 'housing@northgate.gov.uk' });
    await own.close();
  });

  it('refuses a newsletter link that is not a web address, naming the field, and changes nothing', async () => {
    expect(await t.raw('settings.update', { newsletterUrl: 'sign up at the office' })).toMatchObject({
      ok: false,
      error: { field: 'newsletterUrl', message: expect.stringContaining('Newsletter sign-up link must be a full web address') },
    });
    expect((await t.call('settings.get', {})).newsletterUrl).toBe(DEMO_CONTACTS.newsletterUrl);
  });
});

describe('the monthly update from the demo', () => {
  it('gives each bullet once under its recommendation’s title, the rest in one line, and contact details as links', async () => {
    const file = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-12' });
    const doc = await readDocx(file.base64);
    expect(await checkDocx(Buffer.from(file.base64, 'base64'))).toEqual([]);
    const view = await t.call('monthly.get', { programmeId, month: '2026-12' });
    const recs = await t.call('recommendations.list', { programmeId });
    for (const item of view.items) {
      expect(doc.text.split(item.body)).toHaveLength(2);
      const rec = recs.find((r) => r.id === item.recommendationId)!;
      expect(headings(doc.document)).toContainEqual(['Heading2', `${rec.ref}: ${rec.title}`]);
    }
    const quiet = recs.filter((r) => !view.items.some((i) => i.recommendationId === r.id)).map((r) => r.ref);
    expect(doc.text).toContain(`There is no news this month on ${quiet.slice(0, -1).join(', ')} and ${quiet.at(-1)}.`);
    expect(doc.text).not.toMatch(/No update this month|Status is given in words|originally/);

    // every recommendation's title and public summary, and completed ones with their completion date
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.document)![0];
    for (const r of recs) {
      const row = (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).find((x) => x.includes(`>${r.ref}<`))!;
      expect(row).toContain(r.title.replace(/&/g, '&amp;'));
      if (r.status === 'completed') expect(row).toContain(`Completed on ${formatDateLong(r.completionDate)}`);
    }

    const rels = await relsOf(file.base64);
    for (const target of [DEMO_CONTACTS.newsletterUrl, DEMO_CONTACTS.websiteUrl, `mailto:${DEMO_CONTACTS.contactEmail}`, 'tel:02079460000']) {
      expect(rels).toContain(`Target="${target}"`);
    }
    expect(doc.text).toContain('Sign up to our newsletter at www.example.gov.uk/housing-newsletter');
    expect(doc.document.replace(/<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/g, '')).not.toMatch(/example\.gov\.uk/);
  });

  it('last month’s published update says the same', async () => {
    const doc = await readDocx((await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' })).base64);
    expect(doc.text).toContain('There is no news this month on');
    expect(doc.text).toContain('Sign up to our newsletter at');
  });
});

describe('the recommendations document from the demo', () => {
  it('counts each status once, in the same words as the progress sentence and the chart', async () => {
    const file = await t.call('exports.recommendations', { programmeId });
    const doc = await readDocx(file.base64);
    const summary = (await t.call('actionPlan.summary', { programmeId })).byStatus;
    expect(summary.on_hold).toBeGreaterThan(0);
    expect(doc.text).toContain(`${summary.in_progress} are in progress`);
    expect(doc.text).toContain(`${summary.on_hold} is on hold`);
    const h1 = headings(doc.document)
      .filter(([s]) => s === 'Heading1')
      .map(([, x]) => x);
    expect(h1).toEqual(
      expect.arrayContaining([
        `Completed (${summary.completed})`,
        `In progress (${summary.in_progress})`,
        `On hold (${summary.on_hold})`,
        `Not started (${summary.not_started})`,
      ]),
    );
    expect(doc.text).not.toContain('Yet to begin');
    for (const p of paragraphs(doc.document).filter((x) => />Latest update \(/.test(x))) expect(p).toContain('<w:keepNext/>');
  });
});

describe('the policy schedule from the demo', () => {
  it('lists each policy in force once, keeps its chart with its heading and introduction, and ends with a table, not a lone line', async () => {
    const file = await t.call('exports.policySchedule', {});
    const doc = await readDocx(file.base64);
    expect(await checkDocx(Buffer.from(file.base64, 'base64'))).toEqual([]);
    const policies = await t.call('policies.list', {});
    for (const p of policies.filter((x) => x.nextReviewDate)) {
      const cells = doc.document.match(new RegExp(`<w:tc>(?:(?!</w:tc>).)*>${p.title.replace(/&/g, '&amp;').replace(/[()]/g, '\\$&')}</w:t>`, 'gs')) ?? [];
      expect(cells, p.title).toHaveLength(1);
    }
    const paras = paragraphs(doc.document);
    const chart = paras.findIndex((p) => p.includes('<w:drawing>'));
    expect(paras[chart - 1]).toContain('<w:keepNext/>');
    expect(paras[chart - 2]).toContain('When reviews fall due');
    expect(doc.document.trimEnd()).toMatch(/<\/w:tbl><w:sectPr[\s\S]*$/);
    expect(doc.text).toMatch(/To ask for one, email residentfocus@example\.gov\.uk or call 020 7946 0000\./);
  });
});
