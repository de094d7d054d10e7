import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { complaintFigures, complaintFiguresJson } from '../../main/complaints/figuresRepo';
import { complaintsYearReport } from '../../main/complaints/paperFiguresRepo';
import { buildPaperModel } from '../../main/exports/paperModel';
import { buildScorecard } from '../../main/measures/scorecard';
import {
  COMPLAINT_OUTCOMES,
  financialYearDates,
  isTsmTenure,
  workingDaysAfter,
  type ComplaintStage,
  type ComplaintTenure,
} from '../../shared/domain/complaints';
import { financialQuarter, lateBand } from '../../shared/domain/complaintsReport';
import { PAPER_TEMPLATES } from '../../shared/domain/paperTemplates';
import { importComplaintsFixture } from '../helpers/complaintsFixture';
import { makeCore, type TestCore } from '../helpers/testCore';

// The annual complaints report's figures: equal to `housing-desk complaints --json` for the demo's
// year, each group-by held to the same figures worked out in JS from the stored rows, and a small
// log whose late responses were counted by hand.

const TODAY = '2026-11-23';
const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const round1 = (n: number) => Math.round(n * 10) / 10;

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface StoredStage {
  reference: string;
  stage: ComplaintStage;
  received: string;
  responded: string | null;
  tenure: ComplaintTenure;
  service_area: string;
  outcome: string | null;
  on_time: number | null;
  days_late: number | null;
}

describe('the complaints part of a committee paper', () => {
  it('reports the demo’s last ended year with the year before, its figures exactly as `housing-desk complaints --json` prints them and as the stored rows give them', async () => {
    t = await makeCore({ today: TODAY, demo: true });
    const meeting = (await t.call('meetings.list', {})).find((m) => m.status === 'scheduled')!;
    const paper = (await t.call('papers.list', { meetingId: meeting.id })).find((p) => p.title.startsWith('Annual complaints performance report'))!;
    expect(paper.sections).toMatchObject({ complaints: true, appendixComplaints: true });
    expect(paper.narrative.sections.map((s) => s.title)).toEqual(PAPER_TEMPLATES[0].sections.map((s) => s.title));

    const model = await buildPaperModel(t.database.db, paper.id, TODAY);
    const c = model.complaints!;
    expect([c.year, c.previousYear]).toEqual(['2025/26', '2024/25']);
    for (const [year, report] of [
      ['2025/26', c.thisYear],
      ['2024/25', c.lastYear],
    ] as const) {
      const cli = spawnSync(process.execPath, [bin, 'complaints', '--db', path.join(t.dir, 'test.sqlite'), '--year', year, '--json'], {
        encoding: 'utf8',
        timeout: 30000,
      });
      expect(cli.status, cli.stderr).toBe(0);
      expect(complaintFiguresJson(report.figures)).toBe(cli.stdout.trim());
    }
    // seed 003's first year: 41% all tenures, 47% TSM at stage 1
    expect([c.lastYear.figures.all.stage1.percentOnTime, c.lastYear.figures.tsm.stage1.percentOnTime].map((p) => Math.round(p!))).toEqual([41, 48]);

    const rows = t.database.sqlite
      .prepare('select reference, stage, received, responded, tenure, service_area, outcome, on_time, days_late from complaint_stages')
      .all() as StoredStage[];
    const extra = new Set((t.database.sqlite.prepare('select date from non_working_days').all() as { date: string }[]).map((r) => r.date));
    const { from, to } = financialYearDates('2025/26');
    const answered = rows.filter((r) => r.responded !== null && r.responded >= from && r.responded <= to);
    const ofStage = (s: ComplaintStage) => answered.filter((r) => r.stage === s);
    for (const s of [1, 2] as const) {
      const spans = (tsm: boolean) =>
        ofStage(s)
          .filter((r) => !tsm || isTsmTenure(r.tenure))
          .map((r) => workingDaysAfter(r.received, r.responded!, extra));
      expect(c.thisYear.averageDays.all[s]).toBe(round1(spans(false).reduce((a, b) => a + b, 0) / spans(false).length));
      expect(c.thisYear.averageDays.tsm[s]).toBe(round1(spans(true).reduce((a, b) => a + b, 0) / spans(true).length));
      const late = ofStage(s).filter((r) => r.on_time === 0);
      expect(c.thisYear.lateBands[s]).toEqual([0, 1, 2].map((b) => late.filter((r) => lateBand(r.days_late!) === b).length));
      for (const q of [1, 2, 3, 4] as const) {
        const inQuarter = ofStage(s).filter((r) => financialQuarter(r.responded!) === q);
        expect(c.thisYear.quarters.find((x) => x.stage === s && x.quarter === q)).toEqual({
          stage: s,
          quarter: q,
          responded: inQuarter.length,
          onTime: inQuarter.filter((r) => r.on_time === 1).length,
        });
      }
      for (const o of COMPLAINT_OUTCOMES) expect(c.thisYear.outcomes[s][o], `${s} ${o}`).toBe(ofStage(s).filter((r) => r.outcome === o).length);
    }
    const lateAll = answered.filter((r) => r.on_time === 0);
    expect(c.thisYear.lateTotal).toBe(lateAll.length);
    expect(c.thisYear.late.map((r) => r.daysLate)).toEqual(
      lateAll
        .map((r) => r.days_late!)
        .sort((a, b) => b - a)
        .slice(0, c.thisYear.late.length),
    );
    const repairs = c.thisYear.serviceAreas.find((a) => a.serviceArea === 'Repairs')!;
    expect(repairs.received[1]).toBe(rows.filter((r) => r.stage === 1 && r.service_area === 'Repairs' && r.received >= from && r.received <= to).length);

    // the measures register: both years as the scorecard has them in full
    const card = await buildScorecard(t.database.db, '2025/26', undefined, TODAY);
    expect(c.measures.map((m) => [m.code, m.thisYear, m.lastYear])).toEqual(
      ['HOS-DET', 'HOS-MAL', 'COMPENSATION'].map((code) => {
        const row = card.rows.find((r) => r.code === code)!;
        return [code, row.thisYear, row.lastYearFull];
      }),
    );
    expect(c.measures.every((m) => m.lastYear !== null)).toBe(true);
    expect(c.onTimeTarget).toEqual({ 1: { value: 90, from: 'measure' }, 2: { value: 90, from: 'measure' } });
  }, 120_000);

  it('counts a small log by hand: late responses by how late, average working days, quarters, outcomes, service areas and the capped list', async () => {
    t = await makeCore({ today: TODAY });
    await importComplaintsFixture(t.database.sqlite, TODAY);
    const r = await complaintsYearReport(t.database.db, '2025/26', 2);
    expect(r.figures).toEqual(await complaintFigures(t.database.db, '2025/26'));
    expect(r.figures.all.stage1).toEqual({ received: 6, responded: 6, onTime: 1, percentOnTime: 16.7 });
    expect(r.figures.tsm.stage1).toEqual({ received: 4, responded: 4, onTime: 1, percentOnTime: 25 });
    // stage 1: HC-B 5; HC-C 6, HC-D 10, HC-X 10; HC-E 11. Stage 2: HC-B 1.
    expect(r.lateBands).toEqual({ 1: [1, 3, 1], 2: [1, 0, 0] });
    // stage 1: 12, 17, 18, 22, 23 working days and HC-X's 22; stage 2: 22 and 23
    expect(r.averageDays.all).toEqual({ 1: 19, 2: 22.5 });
    // tenants and shared owners: HC-A 12, HC-B 17, HC-D 22, HC-X 22
    expect(r.averageDays.tsm).toEqual({ 1: 18.3, 2: 22.5 });
    expect(r.quarters.filter((q) => q.responded > 0)).toEqual([
      { stage: 1, quarter: 1, responded: 4, onTime: 1 },
      { stage: 1, quarter: 2, responded: 2, onTime: 0 },
      { stage: 2, quarter: 2, responded: 2, onTime: 1 },
    ]);
    expect(r.outcomes).toEqual({
      1: { upheld: 1, partly_upheld: 1, not_upheld: 1, notRecorded: 3 },
      2: { upheld: 1, partly_upheld: 0, not_upheld: 1, notRecorded: 0 },
    });
    expect(r.serviceAreas).toEqual([
      { serviceArea: 'Repairs', received: { 1: 2, 2: 2 }, responded: { 1: 3, 2: 2 }, onTime: { 1: 1, 2: 1 } },
      { serviceArea: 'Neighbourhoods', received: { 1: 2, 2: 0 }, responded: { 1: 1, 2: 0 }, onTime: { 1: 0, 2: 0 } },
      { serviceArea: '', received: { 1: 2, 2: 0 }, responded: { 1: 2, 2: 0 }, onTime: { 1: 0, 2: 0 } },
    ]);
    // the latest first; of two 10 days late, the earlier response
    expect(r.late).toEqual([
      { reference: 'HC-E', stage: 1, received: '2025-06-02', due: '2025-06-18', responded: '2025-07-03', daysLate: 11 },
      { reference: 'HC-X', stage: 1, received: '2025-03-03', due: '2025-03-19', responded: '2025-04-02', daysLate: 10 },
    ]);
    expect(r.lateTotal).toBe(6);
    // the year before: HC-X was received then, answered after it
    const before = await complaintsYearReport(t.database.db, '2024/25', 0);
    expect(before.figures.all.stage1).toMatchObject({ received: 1, responded: 0 });
    expect(before.averageDays.all[1]).toBeNull();
    expect(before.late).toEqual([]);
  });

  it('papers.create starts a paper from a template, keeps what the call gives, and refuses an unknown template naming the field', async () => {
    t = await makeCore({ today: TODAY });
    const committee = await t.call('committees.create', { name: 'Housing Committee' });
    const { id: meetingId } = await t.call('meetings.create', { committeeId: committee.id, meetingDate: '2026-12-10' });
    const fromTemplate = await t.call('papers.create', { meetingId, title: 'Annual complaints report', template: 'annualComplaints' });
    expect(fromTemplate.narrative.sections.map((s) => s.title)).toEqual(PAPER_TEMPLATES[0].sections.map((s) => s.title));
    expect(fromTemplate.narrative.sections.find((s) => s.holdsData)?.title).toBe('Performance overview');
    expect(fromTemplate.sections).toMatchObject({ complaints: true, appendixComplaints: false, compliance: false, actionPlanProgrammeId: null });

    const own = await t.call('papers.create', {
      meetingId,
      title: 'Own sections',
      template: 'annualComplaints',
      narrative: { sections: [{ title: 'Only this', text: 'Text.', holdsData: true }] },
      sections: { compliance: true },
    });
    expect([own.narrative.sections.map((s) => s.title), own.sections.complaints, own.sections.compliance]).toEqual([['Only this'], false, true]);

    const blank = await t.call('papers.create', { meetingId, title: 'Blank' });
    expect(blank.narrative.sections.map((s) => s.title)).toEqual(['Background', 'Current position', 'Options', 'Proposals', 'Consultation', 'Next steps']);
    expect(blank.sections.complaints).toBe(false);

    const before = (await t.call('papers.list', { meetingId })).length;
    const refused = await t.raw('papers.create', { meetingId, title: 'Wrong', template: 'complaints' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', field: 'template' } });
    expect(JSON.stringify(refused)).toContain('Template must be one of: annualComplaints (Annual complaints performance report).');
    expect(await t.call('papers.list', { meetingId })).toHaveLength(before);
  });
});
