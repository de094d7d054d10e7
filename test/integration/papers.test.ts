import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';
import { headings, readDocx } from '../helpers/docx';

let t: TestCore;
let meetingId: number;
let programmeId: number;
/** the demo's own draft paper for the next meeting */
let demoPaperIds: number[];

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23', demo: true });
  programmeId = (await t.call('programmes.list', {}))[0]!.id;
  const meetings = await t.call('meetings.list', {});
  meetingId = meetings.find((m) => m.status === 'scheduled')!.id;
  demoPaperIds = (await t.call('papers.list', { meetingId })).map((p) => p.id);
});
afterEach(async () => t.close());

const fullPaper = () => ({
  meetingId,
  title: 'Resident Focus Project and housing policies: progress report',
  reportOf: 'Executive Director of Housing',
  authorName: 'Rachel Dunmore',
  authorTitle: 'Project Manager',
  authorEmail: 'rachel.dunmore@example-council.gov.uk',
  purpose: 'decision' as const,
  narrative: {
    summary: 'This report sets out progress on the 24 recommendations and the policies that come for approval.',
    recommendations: 'note the progress on the action plan;\n- approve the Damp & Mould, Compensation and Fire Safety policies.',
    sections: [
      { title: 'Background', text: 'In 2025 an independent review made 24 recommendations.\n\nThe action plan is reported to every meeting.' },
      { title: 'Current position', text: 'Progress is summarised below.', holdsData: true },
      { title: 'Next steps', text: 'A further report will come to the next meeting.' },
    ],
    implications: { financial: 'Met from existing budgets.', legal: 'The policies meet the Housing Ombudsman’s Complaint Handling Code.' },
  },
  sections: { actionPlanProgrammeId: programmeId, policySchedule: true, appendixActionPlan: true, appendixPolicySchedule: true },
});

describe('committee papers', () => {
  it('saves a paper with the meeting and reopens it for editing', async () => {
    const paper = await t.call('papers.create', fullPaper());
    expect(paper).toMatchObject({ meetingId, purpose: 'decision', isPublic: true, sections: { policySchedule: true } });
    expect(paper.narrative.implications.financial).toBe('Met from existing budgets.');
    expect(paper.narrative.implications.climate).toBe('');
    const edited = await t.call('papers.update', {
      id: paper.id,
      patch: { title: 'Progress report', narrative: { ...paper.narrative, conclusion: 'Good progress.' } },
    });
    expect(edited).toMatchObject({ title: 'Progress report', version: 2, narrative: { conclusion: 'Good progress.' } });
    expect((await t.call('papers.list', { meetingId })).map((p) => p.id)).toEqual([...demoPaperIds, paper.id]);
  });

  it('refuses a paper for a cancelled meeting and a non-public paper without its exempt paragraph', async () => {
    const before = snapshot(t.database);
    expect(await t.raw('papers.create', { ...fullPaper(), isPublic: false })).toMatchObject({ ok: false, error: { field: 'exemptParagraph' } });
    expect(snapshot(t.database)).toBe(before);
    const cancelled = await t.call('meetings.create', { committeeId: (await t.call('committees.list', {}))[0]!.id, meetingDate: '2027-02-10' });
    await t.call('meetings.setStatus', { id: cancelled.id, status: 'cancelled' });
    const after = snapshot(t.database);
    expect(await t.raw('papers.create', { ...fullPaper(), meetingId: cancelled.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/cancelled/) },
    });
    expect(snapshot(t.database)).toBe(after);
  });

  it('refuses an action plan appendix without its programme, and a programme that does not exist, naming the field', async () => {
    const before = snapshot(t.database);
    const sections = { ...fullPaper().sections, actionPlanProgrammeId: null };
    expect(await t.raw('papers.create', { ...fullPaper(), sections })).toMatchObject({
      ok: false,
      error: { field: 'sections.actionPlanProgrammeId', message: 'Choose the action plan that the appendix sets out.' },
    });
    expect(await t.raw('papers.create', { ...fullPaper(), sections: { ...sections, actionPlanProgrammeId: 9999 } })).toMatchObject({
      ok: false,
      error: { field: 'sections.actionPlanProgrammeId', message: 'Choose an action plan from the list.' },
    });
    expect(snapshot(t.database)).toBe(before);
  });

  it('exports the paper with its front sheet, numbered paragraphs, data sections as at the meeting, implications and appendices', async () => {
    const paper = await t.call('papers.create', { ...fullPaper(), isPublic: false, exemptParagraph: 3 });
    const file = await t.call('exports.committeePaper', { paperId: paper.id });
    const doc = await readDocx(file.base64);
    expect(doc.core).toContain('<dc:title>Resident Focus Project and housing policies: progress report</dc:title>');
    const h = headings(doc.document);
    expect(h[0]).toEqual(['Title', 'Resident Focus Project and housing policies: progress report']);
    // every section from the summary to the implications numbered, the data parts' headings inside their section
    expect(h.filter(([s]) => s === 'Heading1').map(([, x]) => x)).toEqual([
      'Contents',
      '1. Summary',
      '2. Recommendations',
      '3. Background',
      '4. Current position',
      '5. Next steps',
      '6. Strategic implications',
      '7. Financial implications',
      '8. Resource implications',
      '9. Legal implications',
      '10. Risk implications',
      '11. Equalities implications',
      '12. Climate implications',
      '13. Security implications',
      'Appendices',
      'Background papers',
      'Contact',
    ]);
    expect(h.filter(([s]) => s === 'Heading2').map(([, x]) => x)).toEqual([
      '4.2 Resident Focus Project: progress',
      '4.6 Policy schedule',
      'Appendix 1: Resident Focus Project action plan',
      'Appendix 2: policy schedule',
    ]);
    // front sheet
    expect(doc.text).toContain('exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972');
    expect(doc.text).toContain('For Decision');
    const frontSheet = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc.document)![0];
    expect(frontSheet.replace(/<[^>]+>/g, '')).toContain('Rachel Dunmore, Project Manager, rachel.dunmore@example-council.gov.uk');
    expect(frontSheet).toMatch(/<w:hyperlink [^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*rachel.dunmore@example-council.gov.uk/);
    for (const label of [
      'Committee(s)',
      'Dated',
      'Subject',
      'Public / Non-public',
      'Report of',
      'Report author',
      'Wards affected',
      'Key decision',
      'For Decision / For Information',
      'Data as at',
    ]) {
      expect(frontSheet).toContain(`>${label}<`);
    }
    // recommendations as a real list after "Members are asked to:"
    expect(doc.text).toContain(
      'Members are asked to:\nnote the progress on the action plan;\napprove the Damp & Mould, Compensation and Fire Safety policies.',
    );
    // numbered paragraphs 1.1, 2.1, 3.1, 3.2 …
    expect(doc.text).toContain('1. Summary\n1.1\tThis report sets out progress');
    expect(doc.text).toContain('2. Recommendations\n2.1\tMembers are asked to:');
    expect(doc.text).toMatch(/\n3\.1\tIn 2025 an independent review made 24 recommendations\.\n3\.2\tThe action plan is reported to every meeting\.\n/);
    expect(doc.text).toMatch(
      /\n4\.1\tProgress is summarised below\.\n4\.2 Resident Focus Project: progress\n4\.3\tAs at 23 Nov 2026, \d+ of the 24 recommendations are complete, \d+ are in progress/,
    );
    expect(doc.text).toMatch(/\n5\.1\tA further report will come to the next meeting\./);
    // data sections: as at the data-as-at date (today, for a meeting to come); policies for approval at this meeting
    expect(doc.text).toContain('Data as at\n23 Nov 2026\n');
    expect(doc.text).toMatch(/4\.7\tAs at 23 Nov 2026, 3 policies come to this meeting/);
    expect(doc.text).toMatch(
      /come to this meeting for approval: Compensation \(Awaiting committee\); Damp & Mould \(Awaiting committee\); Fire Safety \(Awaiting committee\)/,
    );
    expect(doc.text).toMatch(/Approved since the last meeting on \d+ \w+ 2026|No policy has been approved since the last meeting/);
    // implications, with None. where not written
    expect(doc.text).toContain('7. Financial implications\n7.1\tMet from existing budgets.');
    expect(doc.text).toContain('12. Climate implications\n12.1\tNone.');
    // tables have header rows, charts have alt text
    for (const table of doc.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!) expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0]).toContain('<w:tblHeader/>');
    expect(doc.document).toMatch(/<wp:docPr [^>]*descr="Bar chart of the 2[34] recommendations rated by RAG status\. Red – overdue: \d+/);
    // appendix: every recommendation with owner and status as words
    const recs = await t.call('recommendations.list', { programmeId });
    for (const r of recs) expect(doc.text).toContain(r.title);
    expect(doc.text).toContain('rachel.dunmore@example-council.gov.uk');
  });

  it('refuses to export a paper without its summary, or for decision without recommendations', async () => {
    const paper = await t.call('papers.create', { ...fullPaper(), narrative: { ...fullPaper().narrative, summary: '' } });
    expect(await t.raw('exports.committeePaper', { paperId: paper.id })).toMatchObject({ ok: false, error: { field: 'narrative.summary' } });
    await t.call('papers.update', { id: paper.id, patch: { narrative: { ...fullPaper().narrative, recommendations: '' } } });
    expect(await t.raw('exports.committeePaper', { paperId: paper.id })).toMatchObject({ ok: false, error: { field: 'narrative.recommendations' } });
  });

  it('numbers paragraphs separated by blank lines, joining wrapped lines, with typed lists kept as lists', async () => {
    const paper = await t.call('papers.create', {
      ...fullPaper(),
      narrative: {
        ...fullPaper().narrative,
        sections: [
          { title: 'Background', text: 'First paragraph\nstill the first.\n\nSecond paragraph:\n- a listed point\n- another' },
          { title: 'Current position', text: 'Where we are.' },
        ],
      },
      sections: { actionPlanProgrammeId: null, policySchedule: false, appendixActionPlan: false, appendixPolicySchedule: false },
    });
    const doc = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
    expect(doc.text).toContain(
      '3. Background\n3.1\tFirst paragraph still the first.\n3.2\tSecond paragraph:\na listed point\nanother\n4. Current position\n4.1\tWhere we are.',
    );
  });

  it('moves its papers with a postponed meeting, and exports them under the new date', async () => {
    const paper = await t.call('papers.create', fullPaper());
    const meeting = await t.call('meetings.get', { id: meetingId });
    const later = await t.call('meetings.postpone', { id: meetingId, newDate: '2027-02-01', reason: 'Quorum' });
    expect((await t.call('papers.get', { id: paper.id })).meetingId).toBe(later.id);
    expect(later.items).toHaveLength(meeting.items.length);
    const doc = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
    expect(doc.text).toContain('1 Feb 2027');
    // postponing again keeps everything together
    const again = await t.call('meetings.postpone', { id: later.id, newDate: '2027-03-01', reason: 'Budget meeting' });
    expect(again.items).toHaveLength(meeting.items.length);
    expect((await t.call('papers.list', { meetingId: again.id })).map((p) => p.id)).toEqual([...demoPaperIds, paper.id]);
  });

  it('exports the policy schedule (renewal timetable)', async () => {
    const doc = await readDocx((await t.call('exports.policySchedule', {})).base64);
    expect(doc.core).toContain('<dc:title>Policy schedule and renewal timetable</dc:title>');
    expect(
      headings(doc.document)
        .filter(([s]) => s === 'Heading1')
        .map(([, x]) => x),
    ).toEqual([
      'Overdue for review',
      'Due for review in the next 12 months',
      'When reviews fall due',
      'Not due for review in the next 12 months',
      'Policies in development',
    ]);
    const policies = await t.call('policies.list', {});
    for (const p of policies) expect(doc.text).toContain(p.title);
    expect(doc.text).toMatch(/More than 3 reviews fall due in \w+ \d{4} \(4\)/);
  });
});

describe('as at the meeting date', () => {
  it('shows recommendations completed later as still open, and policies at the stage they had then', async () => {
    const { asAtRecommendation, policiesAsAt } = await import('../../main/exports/paperModel');
    const recs = await t.call('recommendations.list', { programmeId });
    const done = recs.find((r) => r.status === 'completed')!;
    const before = asAtRecommendation(done, '2020-01-01');
    expect(before).toMatchObject({ status: 'in_progress', completionDate: null });
    expect(before.rag).not.toBe('complete');
    expect(asAtRecommendation(done, '2030-01-01')).toEqual(done);

    const now = await t.call('policies.list', {});
    const long = now.find((p) => p.title === 'Anti-social Behaviour')!;
    const monthAgo = (await policiesAsAt(t.database.db, '2026-10-23')).map((p) => p.title);
    expect(monthAgo).toContain(long.title);
    // a policy identified only recently was not on the schedule two years ago
    const twoYearsAgo = await policiesAsAt(t.database.db, '2024-11-23');
    expect(twoYearsAgo.map((p) => p.title)).not.toContain('Pets');
    expect(twoYearsAgo.find((p) => p.title === 'Damp & Mould')).toBeUndefined();
    // Complaints was approved on 23 Mar 2026 and published on 7 Apr 2026 (relative to the demo's load day)
    expect((await policiesAsAt(t.database.db, '2026-01-01')).find((p) => p.title === 'Complaints')).toBeUndefined();
    expect((await policiesAsAt(t.database.db, '2026-03-30')).find((p) => p.title === 'Complaints')).toMatchObject({
      stage: 'approved',
      approvalDate: '2026-03-23',
    });
    expect((await policiesAsAt(t.database.db, '2026-05-01')).find((p) => p.title === 'Complaints')).toMatchObject({
      stage: 'published',
      nextReviewDate: '2029-03-23',
    });
  });
});

describe('the compliance section of a committee paper', () => {
  it('reports the position against the target with a chart, BS01-BS05 and overdue remedial actions, and an appendix', async () => {
    const paper = await t.call('papers.create', {
      ...fullPaper(),
      sections: {
        actionPlanProgrammeId: null,
        policySchedule: false,
        appendixActionPlan: false,
        appendixPolicySchedule: false,
        compliance: true,
        appendixCompliance: true,
      },
    });
    const doc = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
    // the meeting is still to come, so the figures are today's
    const position = await t.call('compliance.position', { asAt: '2026-11-23' });
    expect(
      headings(doc.document)
        .filter(([s]) => s === 'Heading2')
        .map(([, x]) => x),
    ).toEqual(['4.2 Building safety compliance', 'Appendix 1: building safety compliance']);
    const below = position.filter((p) => p.percent !== null && p.percent < 100).length;
    const checks = below === 6 ? 'all six building safety checks are' : `${below} of the six building safety checks are`;
    expect(doc.text).toMatch(new RegExp(`4\\.3\\tAs at 23 Nov 2026, ${checks} below the target of 100% of homes`));
    expect(doc.text).toMatch(
      /The regulator’s building safety measures, counted home by home, stood on 23 Nov 2026 as follows, compared with the last year end on 31 Mar 2026: gas safety record \(BS01\) \d+\.\d%, (the same as at the year end|up from \d+\.\d%|down from \d+\.\d%); fire risk assessment \(BS02\)/,
    );
    // the two counts that differ for a reason say so under the position table
    expect(doc.text).toContain('This table counts every home a check covers, leaseholders’ homes included');
    expect(doc.document).toMatch(
      /<wp:docPr [^>]*descr="Bar chart of the percentage of homes with each check in date, against a target of 100%: Gas safety record \d+\.\d%/,
    );
    const gas = position.find((p) => p.checkType === 'GAS')!;
    expect(doc.text).toContain(`Gas safety record\n${gas.requiring}\n${gas.compliant}\n${gas.overdue}`);
    // BS01-BS05: the previous 31 March, this figure with the counts behind it, and the target
    const yearEnd = await t.call('compliance.measures', { asAt: '2026-03-31' });
    const measures = await t.call('compliance.measures', { asAt: '2026-11-23' });
    expect(doc.text).toContain('Measure\nCheck\nLast year end (31 Mar 2026)\nThis figure (23 Nov 2026)\nTarget\n');
    expect(doc.text).toContain(
      `BS01\nGas safety record\n${yearEnd.BS01.percent!.toFixed(1)}%\n${measures.BS01.percent!.toFixed(1)}% (${measures.BS01.compliant} of ${measures.BS01.requiring} homes)\n100%`,
    );
    // one word for each figure, full check names
    expect(doc.text).not.toContain('Per cent');
    expect(doc.text).not.toMatch(/\n(EICR|FRA|WATER|GAS|LIFT|ASBESTOS)\n/);
    // overdue checks: counted in the report, listed with days overdue and owner in the appendix
    const overdue = await t.call('compliance.overdue', { asAt: '2026-11-23', limit: 40 });
    expect(overdue.total).toBeGreaterThan(0);
    expect(doc.text).toMatch(new RegExp(`${overdue.total} checks are overdue or have never been recorded[^\\n]*The appendix lists them with their owners\\.`));
    const first = overdue.rows[0]!;
    expect(doc.text).toContain(
      `${first.daysOverdue === null ? '–' : first.daysOverdue}\n${first.status === 'no_access' ? 'No access' : first.status === 'missing' ? 'No check recorded' : 'Overdue'}\n`,
    );
    // the trend chart, described for screen readers
    expect(doc.document).toMatch(/<wp:docPr [^>]*descr="Line chart of the percentage of homes with each check in date at each month end from /);
    // overdue remedial actions by priority, with those over 90 days
    const remedials = await t.call('compliance.remedials', { asAt: '2026-11-23' });
    expect(remedials.overdue).toBeGreaterThan(0);
    const overdueByPriority = remedials.byPriority.filter((p) => p.overdue > 0);
    // the sentence itself is unit-tested (remedialSentence.test.ts); here, that the paper carries it with these figures
    expect(doc.text).toMatch(
      new RegExp(`(${remedials.overdue} of the ${remedials.open}|All ${remedials.open}) open remedial actions are overdue: ${overdueByPriority[0]!.overdue} `),
    );
    expect(doc.text).not.toMatch(/\(all by more than|\(it by/);
  });

  it('measures the position against the target the compliance manager set', async () => {
    expect(await t.call('compliance.target', {})).toEqual({ percent: 100 });
    expect(await t.raw('compliance.setTarget', { percent: 101 })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'percent', message: 'The target is a percentage from 50 to 100.' },
    });
    expect(await t.raw('compliance.setTarget', { percent: 97.25 })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'percent', message: 'Give the target to one decimal place at most.' },
    });
    expect(await t.call('compliance.setTarget', { percent: 97.5 })).toEqual({ percent: 97.5 });
    const history = await t.database.db
      .selectFrom('audit_log')
      .select(['label', 'before_json', 'after_json'])
      .where('label', '=', 'Compliance target')
      .execute();
    expect(history).toEqual([{ label: 'Compliance target', before_json: '{"percent":100}', after_json: '{"percent":97.5}' }]);

    const paper = await t.call('papers.create', {
      ...fullPaper(),
      sections: {
        actionPlanProgrammeId: null,
        policySchedule: false,
        appendixActionPlan: false,
        appendixPolicySchedule: false,
        compliance: true,
        appendixCompliance: false,
      },
    });
    const doc = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
    const position = await t.call('compliance.position', { asAt: '2026-11-23' });
    const below = position.filter((p) => p.percent !== null && p.percent < 97.5);
    const checks = below.length === 6 ? 'all six building safety checks are' : `${below.length} of the six building safety checks are`;
    expect(doc.text).toMatch(new RegExp(`As at [^,]+, ${checks} below the target of 97\\.5% of homes`));
    expect(doc.document).toMatch(/descr="Bar chart of the percentage of homes with each check in date, against a target of 97\.5%/);
    await t.call('compliance.setTarget', { percent: 100 });
  });
});
