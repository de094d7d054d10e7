import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';
import { IMPLICATION_KEYS, NARRATIVE_KEYS } from '../../shared/contract/papers';
import { addMonths } from '../../shared/domain/dates';
import { isWorkingDay } from '../../shared/domain/workingDays';
import { checkDocx } from '../../main/exports/accessibility';
import { complaintFiguresBetween } from '../../main/complaints/figuresRepo';
import { financialYearOf, previousYear } from '../../shared/domain/measures';
import { firstDay, lastDay } from '../../shared/domain/months';

let t: TestCore;
afterEach(async () => t.close());

const lastMonthOf = (today: string) => addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

// A Friday; a day whose next meeting (+24) falls on the Boxing Day substitute; a day three days
// after a Sunday; a bank holiday that is the first of its month.
describe.each(['2026-11-23', '2026-12-04', '2027-03-03', '2027-01-01'])('the demo loaded on %s', (today) => {
  it('has last month’s update published and this month’s in draft, each with bullets linked to recommendations', async () => {
    t = await makeCore({ today, demo: true });
    const [programme] = await t.call('programmes.list', {});
    const months = await t.call('monthly.months', { programmeId: programme!.id });
    expect(months.map((m) => [m.month, m.status])).toEqual([
      [today.slice(0, 7), 'draft'],
      [lastMonthOf(today), 'published'],
    ]);
    for (const m of months) {
      const view = await t.call('monthly.get', { programmeId: programme!.id, month: m.month });
      expect(view.items.length).toBeGreaterThanOrEqual(4);
      expect(view.items.length).toBeLessThanOrEqual(7);
      for (const item of view.items) {
        expect(item.recommendationRef).toMatch(/^R\d+$/);
        expect(item.body.length).toBeGreaterThan(40);
        expect(item.itemDate.slice(0, 7)).toBe(m.month);
        expect(item.itemDate <= today).toBe(true);
      }
      expect(view.items.map((i) => i.itemDate)).toEqual(view.items.map((i) => i.itemDate).sort());
    }
    // published as the app publishes: the document and its model stored
    const stored = t.database.sqlite.prepare("select snapshot_json, published_docx, published_by from monthly_updates where status = 'published'").get() as {
      snapshot_json: string;
      published_docx: Buffer;
      published_by: string;
    };
    expect(JSON.parse(stored.snapshot_json).month).toBe(lastMonthOf(today));
    expect(stored.published_docx.subarray(0, 2).toString()).toBe('PK');
    expect(stored.published_by).toBe('Test Manager');
  });

  it('has a draft progress report for the next meeting with every data section ticked but the complaints part, every narrative written, and the annual complaints report', async () => {
    t = await makeCore({ today, demo: true });
    const [programme] = await t.call('programmes.list', {});
    const meetings = await t.call('meetings.list', {});
    for (const m of meetings) {
      expect(isWorkingDay(m.meetingDate), `${m.status} meeting on ${m.meetingDate}`).toBe(true);
      if (m.papersDeadline) expect(isWorkingDay(m.papersDeadline)).toBe(true);
      expect(m.status === 'scheduled' ? m.meetingDate > today : m.meetingDate < today).toBe(true);
    }
    const next = meetings.filter((m) => m.status === 'scheduled').sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))[0]!;
    const papers = await t.call('papers.list', { meetingId: next.id });
    expect(papers.map((p) => p.title)).toEqual([
      'Resident Focus Project, policy schedule and building safety: progress report',
      'Annual complaints performance report 2025/26',
    ]);
    const paper = papers[0]!;
    expect(paper.sections).toEqual({
      actionPlanProgrammeId: programme!.id,
      policySchedule: true,
      appendixActionPlan: true,
      appendixPolicySchedule: true,
      compliance: true,
      appendixCompliance: true,
      training: true,
      appendixTraining: true,
      performance: true,
      appendixPerformance: true,
      // the annual complaints report is a paper of its own
      complaints: false,
      appendixComplaints: false,
    });
    for (const k of NARRATIVE_KEYS) expect(paper.narrative[k].trim().length, k).toBeGreaterThan(20);
    // the author's own sections (seed 003's "Learning from complaints" among them), one holding the data, and an appendix
    expect(paper.narrative.sections.map((s) => s.title)).toContain('Learning from complaints');
    for (const s of paper.narrative.sections) expect(s.text.trim().length, s.title).toBeGreaterThan(20);
    expect(paper.narrative.sections.filter((s) => s.holdsData).map((s) => s.title)).toEqual(['Current position']);
    expect(paper.narrative.appendices.map((a) => a.title)).toEqual(['Glossary']);
    expect(paper.dataAsAt).toBeNull();
    for (const k of IMPLICATION_KEYS) expect(paper.narrative.implications[k].trim().length, k).toBeGreaterThan(20);
    expect(paper.authorName).not.toBe('');

    // the annual complaints report, started from its template with every section written
    const report = papers[1]!;
    expect(report.sections).toMatchObject({ complaints: true, appendixComplaints: true, compliance: false, actionPlanProgrammeId: null });
    expect(report.narrative.sections.filter((s) => s.holdsData).map((s) => s.title)).toEqual(['Performance overview']);
    for (const s of report.narrative.sections) {
      expect(s.text.trim().length, s.title).toBeGreaterThan(20);
      expect(s.text, s.title).not.toContain('Replace this guidance');
    }
    expect(report.narrative.summary).toMatch(/^This report presents the housing service’s complaints performance for 2025\/26, compared with 2024\/25/);
  });
});

// On a day in a year under way, and on one whose financial year has no month ended yet.
describe.each(['2026-12-04', '2027-04-15'])('the demo’s measures, loaded on %s', (today) => {
  it('every built-in monthly measure has a value for each of the 24 months to last month, and targets for this year and last', async () => {
    t = await makeCore({ today, demo: true });
    const months = Array.from({ length: 24 }, (_, i) => addMonths(firstDay(today.slice(0, 7)), i - 24).slice(0, 7));
    const thisYear = financialYearOf(today);
    const stored = t.database.sqlite.prepare('select period from measure_values where measure_id = ?');
    const targets = t.database.sqlite.prepare('select year from measure_targets where measure_id = ?');
    const monthly = (await t.call('measures.list', {})).filter((m) => m.builtIn && m.frequency === 'monthly');
    expect(monthly.length).toBeGreaterThan(15);
    for (const m of monthly) {
      const periods = new Set((stored.all(m.id) as { period: string }[]).map((r) => r.period));
      // CH02 is the share of the stages responded to in a month: none, no share.
      const answered = async (month: string) =>
        !/^CH02-S[12]$/.test(m.code) ||
        (await complaintFiguresBetween(t.database.db, firstDay(month), lastDay(month))).tsm[m.code.endsWith('1') ? 'stage1' : 'stage2'].responded > 0;
      for (const month of months) if (await answered(month)) expect(periods.has(month), `${m.code} ${month}`).toBe(true);
      expect(months.filter((month) => periods.has(month)).length, m.code).toBeGreaterThanOrEqual(22);
      const years = (targets.all(m.id) as { year: string }[]).map((r) => r.year);
      expect(years, m.code).toEqual(expect.arrayContaining([previousYear(thisYear), thisYear]));
    }
  });
});

describe('the demo’s documents', () => {
  it('export and pass the accessibility check: both monthly updates and the committee papers', async () => {
    t = await makeCore({ today: '2026-12-04', demo: true });
    const [programme] = await t.call('programmes.list', {});
    for (const month of ['2026-11', '2026-12']) {
      const file = await t.call('exports.monthlyUpdate', { programmeId: programme!.id, month });
      expect(file.fileName).toBe(month === '2026-11' ? 'RFP-monthly-update-2026-11.docx' : 'RFP-monthly-update-2026-12-draft.docx');
      expect(await checkDocx(Buffer.from(file.base64, 'base64'))).toEqual([]);
    }
    const next = (await t.call('meetings.list', {})).find((m) => m.status === 'scheduled')!;
    expect(next.meetingDate).toBe('2026-12-29'); // 28 December 2026 is the Boxing Day substitute
    for (const paper of await t.call('papers.list', { meetingId: next.id })) {
      const file = await t.call('exports.committeePaper', { paperId: paper.id });
      expect(await checkDocx(Buffer.from(file.base64, 'base64')), paper.title).toEqual([]);
    }
  });
});

describe('the demo goes only into an empty database', () => {
  it('refuses a database holding any register’s records, says what it holds, writes nothing; app.info offers the demo only when empty', async () => {
    t = await makeCore({ today: '2026-12-04' });
    expect(await t.call('app.info', {})).toMatchObject({ isEmpty: true, holds: [] });
    await t.call('teams.create', { name: 'Tenancy' });
    await t.call('people.create', { name: 'Ann Patel' });
    await t.call('people.create', { name: 'Ben Okoro' });
    expect(await t.call('app.info', {})).toMatchObject({ isEmpty: false, holds: ['2 people', '1 team'] });
    const before = snapshot(t.database);
    expect(await t.raw('demo.load', {})).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(
          /^The demo loads only into an empty database, and this one already holds 2 people, 1 team\. To try the demo, start Housing Desk with a new database file/,
        ),
      },
    });
    expect(snapshot(t.database)).toBe(before);
  });
});
