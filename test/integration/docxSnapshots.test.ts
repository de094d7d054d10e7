import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCore, type TestCore } from '../helpers/testCore';
import { prettyXml, readDocx } from '../helpers/docx';

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

const documentXml = async (base64: string) => prettyXml((await readDocx(base64)).document);

describe('document.xml of each kind of document', () => {
  it('monthly update', async () => {
    await t.call('monthly.addItem', { programmeId, month: '2026-11', itemDate: '2026-11-05', body: 'Residents walked the Northgate estate with us.' });
    const file = await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' });
    await expect(await documentXml(file.base64)).toMatchFileSnapshot('__snapshots__/docx/monthly-update.xml');
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
      sections: { actionPlanProgrammeId: programmeId, policySchedule: true },
    });
    const file = await t.call('exports.committeePaper', { paperId: paper.id });
    await expect(await documentXml(file.base64)).toMatchFileSnapshot('__snapshots__/docx/committee-paper.xml');
  });
});
