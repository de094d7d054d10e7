import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';
import { headings, readDocx } from '../helpers/docx';

// The committee paper's data-as-at date, the author's own sections and appendices, tables typed
// into its texts, and the on-hold wording (issue 11).

let t: TestCore;
let next: { id: number; meetingDate: string };
let held: { id: number; meetingDate: string };
const today = '2026-11-23';

beforeEach(async () => {
  t = await makeCore({ today, demo: true });
  const meetings = await t.call('meetings.list', {});
  next = meetings.find((m) => m.status === 'scheduled')!;
  held = meetings.filter((m) => m.status === 'held').at(-1)!;
});
afterEach(async () => t.close());

const complianceOnly = { actionPlanProgrammeId: null, policySchedule: false, appendixActionPlan: false, appendixPolicySchedule: false, compliance: true };
const paperFor = (meetingId: number, extra: Record<string, unknown> = {}) =>
  t.call('papers.create', { meetingId, title: 'Building safety', narrative: { summary: 'The position.' }, sections: complianceOnly, ...extra });
const exported = async (paperId: number) => readDocx((await t.call('exports.committeePaper', { paperId })).base64);
const gasRow = () => 'Gas safety record\n';

describe('the data-as-at date of a committee paper', () => {
  it('reports today’s figures for a meeting still to come, not figures projected to the meeting date', async () => {
    expect(next.meetingDate > today).toBe(true);
    const now = (await t.call('compliance.position', { asAt: today })).find((p) => p.checkType === 'GAS')!;
    const projected = (await t.call('compliance.position', { asAt: next.meetingDate })).find((p) => p.checkType === 'GAS')!;
    // the fixture is one where the two differ, so the test tells them apart
    expect(projected.percent).not.toBe(now.percent);
    const doc = await exported((await paperFor(next.id)).id);
    expect(doc.text).toContain(`Data as at\n23 Nov 2026\n`);
    expect(doc.text).toContain(`${gasRow()}${now.requiring}\n${now.compliant}\n${now.overdue}\n${now.percent!.toFixed(1)}%`);
    expect(doc.text).not.toContain(`${gasRow()}${projected.requiring}\n${projected.compliant}\n${projected.overdue}\n${projected.percent!.toFixed(1)}%`);
    expect(doc.text).toMatch(/\d\.\d\tAs at 23 Nov 2026, /);
  });

  it('reports the meeting day’s figures for a meeting held', async () => {
    const then = (await t.call('compliance.position', { asAt: held.meetingDate })).find((p) => p.checkType === 'GAS')!;
    const now = (await t.call('compliance.position', { asAt: today })).find((p) => p.checkType === 'GAS')!;
    expect(then.percent).not.toBe(now.percent);
    const doc = await exported((await paperFor(held.id)).id);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(held.meetingDate));
    expect(doc.text).toContain(`Data as at\n${day.replace('Sept', 'Sep')}\n`);
    expect(doc.text).toContain(`${gasRow()}${then.requiring}\n${then.compliant}\n${then.overdue}\n${then.percent!.toFixed(1)}%`);
  });

  it('takes the date the author sets, and refuses one after today or after the meeting, naming the field', async () => {
    const paper = await paperFor(next.id, { dataAsAt: '2026-11-01' });
    const doc = await exported(paper.id);
    const then = (await t.call('compliance.position', { asAt: '2026-11-01' })).find((p) => p.checkType === 'GAS')!;
    expect(doc.text).toContain('Data as at\n1 Nov 2026');
    expect(doc.text).toContain(`${gasRow()}${then.requiring}\n${then.compliant}\n${then.overdue}\n${then.percent!.toFixed(1)}%`);

    const before = snapshot(t.database);
    expect(await t.raw('papers.update', { id: paper.id, patch: { dataAsAt: '2026-11-24' } })).toMatchObject({
      ok: false,
      error: { field: 'dataAsAt', message: expect.stringMatching(/cannot be after today \(23 Nov 2026\)/) },
    });
    expect(await t.raw('papers.create', { meetingId: held.id, title: 'Late', dataAsAt: today, narrative: { summary: 'x' } })).toMatchObject({
      ok: false,
      error: { field: 'dataAsAt', message: expect.stringMatching(/cannot be after the meeting/) },
    });
    expect(snapshot(t.database)).toBe(before);
    // back to the default
    expect((await t.call('papers.update', { id: paper.id, patch: { dataAsAt: null } })).dataAsAt).toBeNull();
  });
});

describe('the author’s own sections, tables and appendices', () => {
  it('numbers seed 003’s own sections in the author’s order, the data in the section marked, tables typed in them, and own appendices after the data ones', async () => {
    const paper = await t.call('papers.create', {
      meetingId: next.id,
      title: 'Housing complaints annual report',
      narrative: {
        summary: 'Complaints rose this year.',
        sections: [
          {
            title: 'Learning from complaints',
            text: 'We changed three things.\n\nComplaints by stage:\n| Stage | 22/23 | 23/24 |\n|---|---|---|\n| Stage 1 | 1,204 | 1,774 |\n| Stage 2 | 310 |',
          },
          { title: 'Performance overview', text: 'The figures follow.\nMeasure\tTarget\nStage 1 on time\t95%', holdsData: true },
          { title: 'Options', text: '' },
        ],
        appendices: [{ title: 'Glossary', text: 'HUB | the residents’ group | consulted\nRAG | red, amber, green | rating' }],
      },
      sections: { ...complianceOnly, appendixCompliance: true },
    });
    const doc = await exported(paper.id);
    const h = headings(doc.document);
    expect(h.filter(([s]) => s === 'Heading1').map(([, x]) => x)).toEqual(
      expect.arrayContaining(['1. Summary', '2. Recommendations', '3. Learning from complaints', '4. Performance overview', '5. Strategic implications']),
    );
    expect(h.map(([, x]) => x)).not.toContain('5. Options');
    expect(h.filter(([s]) => s === 'Heading2').map(([, x]) => x)).toEqual([
      '4.2 Building safety compliance',
      'Appendix 1: building safety compliance',
      'Appendix 2: Glossary',
    ]);
    // a caption from the paragraph ending with ":", else "Table n"; header rows; blank cells for a short row
    expect(doc.text).toContain(
      '3.1\tWe changed three things.\n3.2 Complaints by stage:\nStage\n22/23\n23/24\nStage 1\n1,204\n1,774\nStage 2\n310\n4. Performance overview',
    );
    const complaints = /Complaints by stage:<\/w:t>[\s\S]*?(<w:tbl>[\s\S]*?<\/w:tbl>)/.exec(doc.document)![1]!;
    expect(complaints.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!.map((row) => row.match(/<w:tc>/g)!.length)).toEqual([3, 3, 3]);
    expect(doc.text).toContain('4.1\tThe figures follow.\nTable 2\nMeasure\nTarget\nStage 1 on time\n95%');
    expect(doc.text).toContain('Table 3\nHUB\nthe residents’ group\nconsulted\nRAG');
    for (const table of doc.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!) expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0]).toContain('<w:tblHeader/>');
    expect(doc.document).not.toContain('</w:tbl><w:tbl>');

    // renamed, reordered and one removed: the numbering follows
    const sections = paper.narrative.sections;
    const edited = await t.call('papers.update', {
      id: paper.id,
      patch: { narrative: { ...paper.narrative, sections: [{ ...sections[1]!, title: 'Performance' }, sections[0]!] } },
    });
    const again = headings((await exported(edited.id)).document).map(([, x]) => x);
    expect(again).toEqual(expect.arrayContaining(['3. Performance', '3.2 Building safety compliance', '4. Learning from complaints']));
  });

  it('refuses a section or appendix without a title, and two sections holding the data, naming the row', async () => {
    const before = snapshot(t.database);
    const base = { meetingId: next.id, title: 'x' };
    expect(await t.raw('papers.create', { ...base, narrative: { sections: [{ title: 'Background' }, { title: ' ', text: 'words' }] } })).toMatchObject({
      ok: false,
      error: { field: 'narrative.sections.1.title', message: 'Give main-report section 2 a title.' },
    });
    expect(
      await t.raw('papers.create', {
        ...base,
        narrative: {
          sections: [
            { title: 'A', holdsData: true },
            { title: 'B', holdsData: true },
          ],
        },
      }),
    ).toMatchObject({ ok: false, error: { field: 'narrative.sections.1.holdsData', message: 'Only one section can hold the data from the registers.' } });
    expect(await t.raw('papers.create', { ...base, narrative: { appendices: [{ title: '', text: 'a' }] } })).toMatchObject({
      ok: false,
      error: { field: 'narrative.appendices.0.title', message: 'Give appendix 1 a title.' },
    });
    expect(snapshot(t.database)).toBe(before);
  });

  it('starts a new paper with the usual sections, the current position holding the data', async () => {
    const paper = await t.call('papers.create', { meetingId: next.id, title: 'x' });
    expect(paper.narrative.sections.map((s) => [s.title, s.holdsData])).toEqual([
      ['Background', false],
      ['Current position', true],
      ['Options', false],
      ['Proposals', false],
      ['Consultation', false],
      ['Next steps', false],
    ]);
    expect(paper.narrative.appendices).toEqual([]);
  });
});

describe('a recommendation on hold in the paper', () => {
  it('shows "On hold" in the RAG column, never "Green – on track", and is left out of the RAG counts', async () => {
    const programmeId = (await t.call('programmes.list', {}))[0]!.id;
    const recs = await t.call('recommendations.list', { programmeId });
    const onHold = recs.find((r) => r.status === 'on_hold')!;
    expect(onHold).toBeDefined();
    const paper = await t.call('papers.create', {
      meetingId: next.id,
      title: 'Progress',
      narrative: { summary: 'Progress.' },
      sections: { actionPlanProgrammeId: programmeId, appendixActionPlan: true },
    });
    const doc = await exported(paper.id);
    expect(doc.text).toMatch(
      new RegExp(`${onHold.ref}\\n${onHold.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[^\\n]*\\n[^\\n]*\\n[^\\n]*\\nOn hold\\nOn hold\\n`),
    );
    expect(doc.text).toMatch(/\(the recommendation on hold is not rated\)/);
  });
});
