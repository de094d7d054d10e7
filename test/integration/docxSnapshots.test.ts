import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCore, type TestCore } from '../helpers/testCore';
import { prettyXml, readDocx } from '../helpers/docx';
import { importComplaintsFixture } from '../helpers/complaintsFixture';

// word/document.xml of one small document per kind, one element a line, against a file under
// __snapshots__/docx/. A change to how a document is drawn shows there as a readable diff: look
// at it, then accept it with `npx vitest run test/integration/docxSnapshots.test.ts -u`.
// The data is written here, not the demo's, and the app's clock is fixed (makeCore's today), so
// the documents do not move with the day the tests run. The system clock is set years away from
// the app's: a document that read the real date, not the app's, would show it here at once.

let t: TestCore;
let programmeId: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
  t = await makeCore({ today: '2026-11-23' });
  await t.call('settings.update', { contactEmail: 'housing@testshire.gov.uk', contactPhone: '01632 960000', websiteUrl: 'https://www.testshire.gov.uk' });
  const ann = await t.call('people.create', { name: 'Ann Owner', jobTitle: 'Housing Manager' });
  programmeId = (await t.call('programmes.create', { code: 'RFP', name: 'Resident Focus Project' })).id;
  const walkabouts = await t.call('recommendations.create', {
    programmeId,
    ref: 'R1',
    title: 'Hold estate walkabouts with residents',
    ownerId: ann.id,
    priority: 'high',
    status: 'in_progress',
    originalTargetDate: '2027-01-15',
    publicSummary: 'Walkabouts are held on every estate each quarter.',
  });
  await t.call('notes.create', { recommendationId: walkabouts.id, noteDate: '2026-11-10', body: 'The first walkabouts took place.', visibility: 'public' });
  await t.call('recommendations.create', {
    programmeId,
    ref: 'R2',
    title: 'Publish the repairs standards',
    status: 'completed',
    originalTargetDate: '2026-09-30',
    completionDate: '2026-09-20',
  });
  await t.call('recommendations.create', { programmeId, ref: 'R3', title: 'Review the complaints process', originalTargetDate: '2026-10-31' });
  await t.call('policies.create', {
    title: 'Damp & Mould',
    category: 'repairs',
    ownerId: ann.id,
    stage: 'approved',
    approvalDate: '2024-03-01',
    reviewPeriodMonths: 36,
  });
  await t.call('policies.create', { title: 'Pets', stage: 'drafting', stageEnteredOn: '2026-10-01' });
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

/** Two officers against two mandatory courses and an optional one: one with a course in date and one waived, and a new starter past his deadline with none done. */
async function addTraining() {
  const team = await t.call('teams.create', { name: 'Tenancy' });
  const officer = await t.call('jobRoles.create', { name: 'Housing officer' });
  const complaints = await t.call('courses.create', { name: 'Complaints handling', category: 'Customer service', refreshMonths: 24, mandatory: true });
  const fire = await t.call('courses.create', { name: 'Fire safety awareness', category: 'Health and safety', refreshMonths: 12, mandatory: true });
  const asbestos = await t.call('courses.create', { name: 'Asbestos awareness', category: 'Health and safety', refreshMonths: 36, mandatory: false });
  for (const course of [complaints, fire, asbestos]) await t.call('requirements.add', { jobRoleId: officer.id, courseId: course.id });
  const bea = await t.call('people.create', { name: 'Bea Long', teamId: team.id, jobRoleId: officer.id, startDate: '2019-05-01' });
  await t.call('people.create', { name: 'Cy New', teamId: team.id, jobRoleId: officer.id, startDate: '2026-03-02', lineManagerId: bea.id });
  const bc = { personId: bea.id };
  await t.call('training.record', { ...bc, courseId: complaints.id, dateCompleted: '2025-06-01' });
  await t.call('training.waive', { ...bc, courseId: fire.id, reason: 'On leave', until: '2027-01-31', agreedBy: 'Director' });
}

/** Calls answered off target (and below last October's), days to respond within tolerance, compensation without a target: as at 23 Nov 2026, the year to October. */
async function addPerformance() {
  const measures = await t.call('measures.list', {});
  const id = (code: string) => measures.find((m) => m.code === code)!.id;
  await t.call('targets.set', { measureId: id('CALLS'), year: '2026/27', target: 95, tolerance: 2 });
  await t.call('targets.set', { measureId: id('S1-DAYS'), year: '2026/27', target: 10, tolerance: 1 });
  await t.call('values.set', { measureId: id('CALLS'), period: '2025-10', numerator: 930, denominator: 1000 });
  await t.call('values.set', { measureId: id('CALLS'), period: '2026-10', numerator: 880, denominator: 1000 });
  await t.call('values.set', { measureId: id('S1-DAYS'), period: '2026-05', value: 10.5 });
  await t.call('values.set', { measureId: id('COMPENSATION'), period: '2026-09', value: 1250 });
}

const documentXml = async (base64: string) => prettyXml((await readDocx(base64)).document);

describe('document.xml of each kind of document', () => {
  it('monthly update', async () => {
    await t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-05', body: 'Residents walked the Northgate estate with us.' });
    const ids = new Map((await t.call('measures.list', {})).map((m) => [m.code, m.id]));
    await t.call('targets.set', { measureId: ids.get('CALLS')!, year: '2026/27', target: 95, tolerance: 2 });
    await t.call('values.set', { measureId: ids.get('CALLS')!, period: '2026-11', numerator: 7983, denominator: 9000 });
    await t.call('targets.set', { measureId: ids.get('S1-DAYS')!, year: '2026/27', target: 10, tolerance: 1 });
    await t.call('values.set', { measureId: ids.get('S1-DAYS')!, period: '2026-11', value: 9.6 });
    await t.call('values.set', { measureId: ids.get('RP01')!, period: '2025/26', value: 12.4 });
    await t.call('monthly.setMeasures', { programmeId, month: '2026-11', include: true });
    const file = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    const xml = await documentXml(file.base64);
    expect(xml).toContain('How we are doing');
    expect(xml).toContain('We answered 88.7% of calls in November 2026; we missed our target of 95%.');
    await expect(xml).toMatchFileSnapshot('__snapshots__/docx/monthly-update.xml');
  });

  it('recommendations', async () => {
    const file = await t.call('exports.recommendations', { programmeId });
    await expect(await documentXml(file.base64)).toMatchFileSnapshot('__snapshots__/docx/recommendations.xml');
  });

  it('policy schedule', async () => {
    const file = await t.call('exports.policySchedule', {});
    await expect(await documentXml(file.base64)).toMatchFileSnapshot('__snapshots__/docx/policy-schedule.xml');
  });

  it('committee paper', async () => {
    const committee = await t.call('committees.create', { name: 'Housing Committee' });
    const meeting = await t.call('meetings.create', { committeeId: committee.id, meetingDate: '2026-12-10' });
    const paper = await t.call('papers.create', {
      meetingId: meeting.id,
      title: 'Action plan and policies: progress',
      reportOf: 'Director of Housing',
      authorName: 'Ann Owner',
      purpose: 'decision',
      narrative: {
        summary: 'Progress on the action plan and the policy schedule.',
        recommendations: 'note the progress on the action plan.',
        implications: { financial: 'None.' },
      },
      sections: {
        actionPlanProgrammeId: programmeId,
        policySchedule: true,
        training: true,
        appendixTraining: true,
        performance: true,
        appendixPerformance: true,
      },
    });
    await addTraining();
    await addPerformance();
    const file = await t.call('exports.committeePaper', { paperId: paper.id });
    const xml = await documentXml(file.base64);
    await expect(xml).toMatchFileSnapshot('__snapshots__/docx/committee-paper.xml');
    // the training part and its appendix
    expect(xml).toContain('Staff training');
    expect(xml).toContain('Appendix 1: staff training');
    expect(xml).toContain('Training in date or waived by course on 23 Nov 2026, against the target of 95%');
    for (const header of ['Course', 'Mandatory', 'Required', 'In date or waived', 'Percentage', 'Against target'])
      expect(xml).toContain(`<w:t xml:space="preserve">${header}</w:t>`);
    expect(xml).toContain(
      'descr="Bar chart of the percentage of required staff in date or waived for each mandatory course, against a target of 95%: Complaints handling 50.0%; Fire safety awareness 50.0%."',
    );
    expect(xml).toContain('Staff with training expired or missing');
    // the performance part and its appendix
    expect(xml).toContain('Performance against target</w:t>');
    expect(xml).toContain('Appendix 2: performance against target');
    expect(xml).toContain('Performance against target, every measure in the register: 2025/26 in full, and 2026/27 to the end of October 2026');
    for (const header of ['Measure', 'Previous year 2025/26', 'This year to date', 'Target 2026/27', 'Status'])
      expect(xml).toContain(`<w:t xml:space="preserve">${header}</w:t>`);
    expect(xml).toContain('Calls answered: 88%, target 95%, down from 93% at this point last year.');
    expect(xml).toContain(
      'descr="Bar chart of each percentage measure for 2026/27 to the end of October 2026, with its target marked: Calls answered 88%, target 95%, off target."',
    );
    expect(xml).toContain('Monthly measures, 2026/27 to the end of October 2026: each month and the year to date');
  });

  it('scorecard', async () => {
    await addPerformance();
    const file = await t.call('exports.scorecard', { year: '2026/27', format: 'docx' });
    const xml = await documentXml(file.base64);
    await expect(xml).toMatchFileSnapshot('__snapshots__/docx/scorecard.xml');
    expect(xml).toContain('Calls answered: 88%, target 95%, down from 93% at this point last year.');
  });

  it('annual complaints report', async () => {
    const committee = await t.call('committees.create', { name: 'Housing Committee' });
    const meeting = await t.call('meetings.create', { committeeId: committee.id, meetingDate: '2026-12-10' });
    await importComplaintsFixture(t.database.sqlite, '2026-11-23');
    const paper = await t.call('papers.create', {
      meetingId: meeting.id,
      title: 'Annual complaints performance report 2025/26',
      template: 'annualComplaints',
      narrative: { summary: 'How the service handled complaints in 2025/26.', implications: {} },
    });
    await t.call('papers.update', { id: paper.id, patch: { sections: { ...paper.sections, appendixComplaints: true } } });
    const file = await t.call('exports.committeePaper', { paperId: paper.id });
    const xml = await documentXml(file.base64);
    await expect(xml).toMatchFileSnapshot('__snapshots__/docx/complaints-report.xml');
    expect(xml).toContain('Complaints performance, 2025/26');
    expect(xml).toContain(
      'Complaints received and answered in 2024/25 and 2025/26, all tenures and the tenant satisfaction measures’ tenures (TSM: tenants and shared owners)',
    );
    for (const header of ['Measure', '2024/25 all tenures', '2024/25 TSM', '2025/26 all tenures', '2025/26 TSM'])
      expect(xml).toContain(`<w:t xml:space="preserve">${header}</w:t>`);
    expect(xml).toContain('Late responses in 2025/26 by how late, all tenures (working days after the due day)');
    // no measure has a target or a value here: the Code's 100%, and "not recorded"
    expect(xml).toContain(
      'descr="Bar chart of the share of responses on time in each quarter of 2025/26, all tenures, against target 100%: stage 1 Apr-Jun 25%, Jul-Sep 0%, Oct-Dec none answered, Jan-Mar none answered; stage 2 Apr-Jun none answered, Jul-Sep 50%, Oct-Dec none answered, Jan-Mar none answered."',
    );
    expect(xml).toMatch(/Housing Ombudsman determinations<\/w:t>[\s\S]*?Not recorded<\/w:t>[\s\S]*?Not recorded<\/w:t>/);
    expect(xml).toContain('Appendix 1: late complaint responses, 2025/26');
  });
});
