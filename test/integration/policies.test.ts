import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
let ownerId: number;
let committeeId: number;

beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
  ownerId = (await t.call('people.create', { name: 'Daniel Achebe', jobTitle: 'Policy Officer' })).id;
  committeeId = (await t.call('committees.create', { name: 'Housing Management Sub-Committee' })).id;
});
afterEach(async () => t.close());

const newPolicy = (extra: Record<string, unknown> = {}) =>
  t.call('policies.create', { title: 'Damp and Mould', category: 'building_safety', ownerId, stage: 'drafting', stageEnteredOn: '2026-06-01', ...extra });

describe('policy lifecycle', () => {
  it('moves through consultation to committee, records each stage with its date, and is approved by a decision', async () => {
    let p = await newPolicy();
    expect(p).toMatchObject({ stage: 'drafting', nextReviewDate: null, reviewState: 'none' });
    p = await t.call('policies.setStage', { id: p.id, stage: 'staff_consultation', enteredOn: '2026-07-01' });
    p = await t.call('policies.addConsultation', {
      policyId: p.id,
      consultee: 'staff',
      startedOn: '2026-07-01',
      endedOn: '2026-07-31',
      feedback: 'Clearer timescales wanted.',
      response: 'Added a table of timescales.',
    });
    p = await t.call('policies.setStage', { id: p.id, stage: 'resident_consultation', enteredOn: '2026-08-05' });
    p = await t.call('policies.addConsultation', {
      policyId: p.id,
      consultee: 'residents_board',
      startedOn: '2026-08-05',
      feedback: 'The HUB asked for photos.',
    });
    p = await t.call('policies.setStage', { id: p.id, stage: 'awaiting_committee', enteredOn: '2026-09-01' });
    expect(p.stages.map((s) => [s.stage, s.enteredOn])).toEqual([
      ['drafting', '2026-06-01'],
      ['staff_consultation', '2026-07-01'],
      ['resident_consultation', '2026-08-05'],
      ['awaiting_committee', '2026-09-01'],
    ]);
    expect(p.consultations.map((c) => c.consultee)).toEqual(['staff', 'residents_board']);

    const meeting = await t.call('meetings.create', { committeeId, meetingDate: '2026-11-10', confirmPast: true });
    let m = await t.call('agenda.add', { meetingId: meeting.id, kind: 'policy_approval', title: 'Damp and Mould Policy', policyId: p.id });
    const itemId = m.items[0]!.id;
    m = await t.call('agenda.decide', { id: itemId, decision: 'approved', notes: 'Approved unanimously.', newVersion: '1.0' });
    expect(m.items[0]).toMatchObject({ decision: 'approved', decisionNotes: 'Approved unanimously.' });
    expect(m.status).toBe('held');
    p = await t.call('policies.get', { id: p.id });
    expect(p).toMatchObject({
      stage: 'approved',
      approvalDate: '2026-11-10',
      approvingMeetingId: meeting.id,
      approvingMeeting: 'Housing Management Sub-Committee, 10 Nov 2026',
      policyVersion: '1.0',
      nextReviewDate: '2029-11-10',
      reviewState: 'later',
    });
    expect(p.agenda).toEqual([expect.objectContaining({ meetingDate: '2026-11-10', decision: 'approved' })]);
  });

  it('refuses to approve a policy that is still in drafting, and changes nothing', async () => {
    const p = await newPolicy();
    const meeting = await t.call('meetings.create', { committeeId, meetingDate: '2026-11-10', confirmPast: true });
    const m = await t.call('agenda.add', { meetingId: meeting.id, kind: 'policy_approval', title: 'Damp and Mould', policyId: p.id });
    const before = snapshot(t.database);
    const r = await t.raw('agenda.decide', { id: m.items[0]!.id, decision: 'approved', newVersion: '1.0' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'decision', message: expect.stringMatching(/at “Drafting”: it must complete consultation/) },
    });
    expect(snapshot(t.database)).toBe(before);
  });

  it('derives the review date from the period and lets an approved extension set a new one with a reason', async () => {
    let p = await newPolicy({ title: 'Compensation', stage: 'published', approvalDate: '2024-01-15', reviewPeriodMonths: 24 });
    expect(p).toMatchObject({ nextReviewDate: '2026-01-15', reviewState: 'overdue' });
    p = await t.call('policies.update', { id: p.id, patch: { reviewPeriodMonths: 36 } });
    expect(p).toMatchObject({ nextReviewDate: '2027-01-15', reviewState: 'due_3' });
    p = await t.call('policies.extend', { id: p.id, extendedTo: '2027-09-30', reason: 'Awaiting the new Ombudsman code' });
    expect(p).toMatchObject({ stage: 'extended', nextReviewDate: '2027-09-30', extensionReason: 'Awaiting the new Ombudsman code', reviewState: 'due_12' });
    expect(await t.raw('policies.extend', { id: p.id, extendedTo: '2027-10-30', reason: '' })).toMatchObject({ ok: false, error: { field: 'reason' } });
  });

  it('refuses a review period of zero or below, and other bad input, naming the field', async () => {
    const p = await newPolicy();
    const before = snapshot(t.database);
    const cases: [string, unknown, string][] = [
      ['policies.update', { id: p.id, patch: { reviewPeriodMonths: 0 } }, 'reviewPeriodMonths'],
      ['policies.update', { id: p.id, patch: { reviewPeriodMonths: -6 } }, 'reviewPeriodMonths'],
      ['policies.create', { title: 'X', reviewPeriodMonths: 0 }, 'reviewPeriodMonths'],
      ['policies.create', { title: '' }, 'title'],
      ['policies.create', { title: 'X', stage: 'published' }, 'approvalDate'],
      ['policies.setStage', { id: p.id, stage: 'published', enteredOn: '2026-11-01' }, 'stage'],
      ['policies.setStage', { id: p.id, stage: 'staff_consultation', enteredOn: '2026-01-01' }, 'enteredOn'],
      ['policies.addConsultation', { policyId: p.id, consultee: 'staff', startedOn: '2026-07-10', endedOn: '2026-07-01' }, 'endedOn'],
      ['policies.extend', { id: p.id, extendedTo: '2027-01-01', reason: 'x' }, 'extendedTo'],
    ];
    for (const [name, input, field] of cases) {
      expect(await t.raw(name, input), `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'validation', field } });
    }
    expect(snapshot(t.database)).toBe(before);
  });

  it('shows reviews by month and warns where they cluster', async () => {
    for (const [title, date] of [
      ['A', '2024-02-03'],
      ['B', '2024-02-10'],
      ['C', '2024-02-20'],
      ['D', '2024-02-28'],
      ['E', '2024-05-01'],
    ] as const) {
      await newPolicy({ title, stage: 'published', approvalDate: date });
    }
    const timeline = await t.call('policies.timeline', { months: 12, threshold: 3 });
    const feb = timeline.months.find((m) => m.month === '2027-02')!;
    expect(feb).toMatchObject({ count: 4, clustered: true, titles: ['A', 'B', 'C', 'D'] });
    expect(timeline.months.find((m) => m.month === '2027-05')).toMatchObject({ count: 1, clustered: false });
    expect(timeline.months).toHaveLength(12);
    expect(timeline.months[0]!.month).toBe('2026-11');
  });

  it('links policies to recommendations', async () => {
    const prog = await t.call('programmes.create', { code: 'RFP', name: 'Resident Focus Project' });
    const rec = await t.call('recommendations.create', { programmeId: prog.id, ref: 'R4', title: 'Review policies' });
    const p = await t.call('policies.linkRecommendations', { id: (await newPolicy()).id, recommendationIds: [rec.id] });
    expect(p).toMatchObject({ recommendationIds: [rec.id], recommendationRefs: ['RFP R4'] });
  });
});

describe('meetings', () => {
  it('asks for confirmation before recording a meeting in the past', async () => {
    const r = await t.raw('meetings.create', { committeeId, meetingDate: '2026-10-01' });
    expect(r).toMatchObject({ ok: false, error: { field: 'meetingDate', message: expect.stringMatching(/in the past.*confirm/) } });
    const m = await t.call('meetings.create', { committeeId, meetingDate: '2026-10-01', confirmPast: true });
    expect(m.status).toBe('held');
  });

  it('postponing asks for a later date and a reason, and carries every undecided item to the new meeting', async () => {
    const p = await newPolicy({ stage: 'awaiting_committee' });
    const m = await t.call('meetings.create', { committeeId, meetingDate: '2026-12-10', papersDeadline: '2026-11-30' });
    await t.call('agenda.add', { meetingId: m.id, kind: 'policy_approval', title: 'Damp and Mould', policyId: p.id });
    await t.call('agenda.add', { meetingId: m.id, kind: 'progress_report', title: 'Resident Focus Project progress' });
    const before = snapshot(t.database);
    expect(await t.raw('meetings.postpone', { id: m.id, newDate: '2026-12-01', reason: 'Quorum' })).toMatchObject({ ok: false, error: { field: 'newDate' } });
    expect(await t.raw('meetings.postpone', { id: m.id, newDate: '2027-01-20', reason: '' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    expect(snapshot(t.database)).toBe(before);

    const later = await t.call('meetings.postpone', { id: m.id, newDate: '2027-01-20', reason: 'Election period' });
    expect(later).toMatchObject({ meetingDate: '2027-01-20', status: 'scheduled', postponedFromDate: '2026-12-10' });
    expect(later.items.map((i) => i.title)).toEqual(['Damp and Mould', 'Resident Focus Project progress']);
    const old = await t.call('meetings.get', { id: m.id });
    expect(old).toMatchObject({ status: 'postponed', postponedToDate: '2027-01-20', postponementReason: 'Election period', items: [] });
    const history = await t.call('audit.history', { entity: 'meeting', entityId: m.id });
    expect(history[0]!.changes).toEqual(expect.arrayContaining([{ field: 'postponed_to', before: null, after: '2027-01-20' }]));
    expect(await t.raw('agenda.add', { meetingId: m.id, kind: 'other', title: 'Late paper' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses decisions and items for a cancelled meeting', async () => {
    const m = await t.call('meetings.create', { committeeId, meetingDate: '2026-12-10' });
    await t.call('agenda.add', { meetingId: m.id, kind: 'other', title: 'Paper' });
    const cancelled = await t.call('meetings.setStatus', { id: m.id, status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');
    expect(await t.raw('agenda.add', { meetingId: m.id, kind: 'other', title: 'Another' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/cancelled/) },
    });
    expect(await t.raw('agenda.decide', { id: cancelled.items[0]!.id, decision: 'deferred' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.raw('meetings.setStatus', { id: m.id, status: 'held' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('lifecycle guards', () => {
  it('keeps approval to committee decisions on policy items, in date order', async () => {
    const p = await newPolicy({ stage: 'awaiting_committee', stageEnteredOn: '2026-11-20' });
    const early = await t.call('meetings.create', { committeeId, meetingDate: '2026-11-10', confirmPast: true });
    // a progress report item cannot carry a policy, so it cannot approve one
    expect(await t.raw('agenda.add', { meetingId: early.id, kind: 'progress_report', title: 'Progress', policyId: p.id })).toMatchObject({
      ok: false,
      error: { field: 'policyId' },
    });
    const m = await t.call('agenda.add', { meetingId: early.id, kind: 'policy_approval', title: 'Damp and Mould', policyId: p.id });
    // the meeting was before the policy was even awaiting committee
    expect(await t.raw('agenda.decide', { id: m.items[0]!.id, decision: 'approved', newVersion: '1.0' })).toMatchObject({
      ok: false,
      error: { field: 'decision', message: expect.stringMatching(/after this meeting/) },
    });
    // published only from approved; no future stage dates
    expect(await t.raw('policies.setStage', { id: p.id, stage: 'published', enteredOn: '2026-11-22' })).toMatchObject({ ok: false, error: { field: 'stage' } });
    expect(await t.raw('policies.setStage', { id: p.id, stage: 'drafting', enteredOn: '2030-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'enteredOn' },
    });
  });

  it('refuses a future approval date, a version change without a decision, an extension that brings the review forward, and cancelling a held meeting', async () => {
    expect(await t.raw('policies.create', { title: 'Future', stage: 'published', approvalDate: '2028-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'approvalDate' },
    });
    const p = await newPolicy({ title: 'Lettings', stage: 'published', approvalDate: '2026-01-01', policyVersion: '1.0' });
    expect(await t.raw('policies.update', { id: p.id, patch: { policyVersion: '2.0' } })).toMatchObject({ ok: false, error: { field: 'policyVersion' } });
    expect(await t.raw('policies.extend', { id: p.id, extendedTo: '2027-06-01', reason: 'x' })).toMatchObject({
      ok: false,
      error: { field: 'extendedTo', message: expect.stringMatching(/later than 1 Jan 2029/) },
    });
    const q = await newPolicy({ title: 'Voids', stage: 'awaiting_committee', stageEnteredOn: '2026-10-01' });
    const m = await t.call('meetings.create', { committeeId, meetingDate: '2026-11-10', confirmPast: true });
    const withItem = await t.call('agenda.add', { meetingId: m.id, kind: 'policy_approval', title: 'Voids', policyId: q.id });
    await t.call('agenda.decide', { id: withItem.items[0]!.id, decision: 'approved', newVersion: '1.0' });
    expect(await t.raw('meetings.setStatus', { id: m.id, status: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const history = await t.call('audit.history', { entity: 'meeting', entityId: m.id });
    expect(history.some((h) => h.changes.some((c) => c.field === 'status' && c.after === 'held'))).toBe(true);
  });
});
