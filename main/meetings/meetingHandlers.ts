import { APPROVABLE_STAGES, POLICY_STAGE_LABELS } from '../../shared/domain/policies';
import { formatDateLong } from '../../shared/domain/dates';
import type { Handlers } from '../core/handlers';
import { mutation, query, type MutationCtx } from '../core/mutation';
import type { ReadDb } from '../core/context';
import { AppError, invalid, notFound } from '../core/errors';
import { enterStage, policyRow } from '../policies/policiesRepo';
import { getMeeting, listMeetings, meetingRow } from './meetingsRepo';

const meetingLabel = async (db: ReadDb, m: { committee_id: number; meeting_date: string }) => {
  const c = await db.selectFrom('committees').select('name').where('id', '=', m.committee_id).executeTakeFirstOrThrow();
  return `${c.name}, ${formatDateLong(m.meeting_date)}`;
};

function assertOpen(m: { status: string; meeting_date: string }, what: string) {
  if (m.status === 'cancelled') throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was cancelled: ${what}.`);
  if (m.status === 'postponed') throw new AppError('conflict', `The meeting of ${formatDateLong(m.meeting_date)} was postponed: ${what} at the new meeting.`);
}

async function auditMeeting(ctx: MutationCtx, meetingId: number, before: object, after: object) {
  const m = await meetingRow(ctx.db, meetingId);
  await ctx.audit({
    entity: 'meeting',
    entityId: meetingId,
    action: 'update',
    label: await meetingLabel(ctx.db, m),
    before,
    after,
  });
}

export const meetingHandlers: Handlers<
  | 'committees.list'
  | 'committees.create'
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.postpone'
  | 'meetings.setStatus'
  | 'agenda.add'
  | 'agenda.remove'
  | 'agenda.decide'
> = {
  'committees.list': query(async (_i, ctx) => ctx.db.selectFrom('committees').select(['id', 'name']).orderBy('name').execute()),

  'committees.create': mutation(async (input, ctx) => {
    const all = await ctx.db.selectFrom('committees').select(['id', 'name']).execute();
    if (all.some((c) => c.name.toLowerCase() === input.name.toLowerCase())) throw invalid('name', `There is already a committee called ${input.name}.`);
    const row = await ctx.db
      .insertInto('committees')
      .values({ name: input.name, created_at: ctx.now, updated_at: ctx.now })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'committee', entityId: row.id, action: 'create', label: row.name, after: row });
    return row;
  }),

  'meetings.list': query(async (input, ctx) => listMeetings(ctx.db, input.committeeId)),
  'meetings.get': query(async (input, ctx) => getMeeting(ctx.db, input.id)),

  'meetings.create': mutation(async (input, ctx) => {
    const committee = await ctx.db.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
    if (!committee) throw invalid('committeeId', 'Choose a committee from the list.');
    if (input.meetingDate < ctx.today && !input.confirmPast) {
      throw invalid(
        'meetingDate',
        `${formatDateLong(input.meetingDate)} is in the past. To record a meeting that has already happened, confirm that it is for the record.`,
      );
    }
    if (input.papersDeadline && input.papersDeadline > input.meetingDate)
      throw invalid('papersDeadline', 'The papers deadline must be on or before the meeting date.');
    const row = await ctx.db
      .insertInto('meetings')
      .values({
        committee_id: input.committeeId,
        meeting_date: input.meetingDate,
        status: input.meetingDate < ctx.today ? 'held' : 'scheduled',
        papers_deadline: input.papersDeadline,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'meeting', entityId: row.id, action: 'create', label: await meetingLabel(ctx.db, row), after: row });
    return getMeeting(ctx.db, row.id);
  }),

  'meetings.postpone': mutation(async (input, ctx) => {
    const m = await meetingRow(ctx.db, input.id);
    if (m.status !== 'scheduled') throw new AppError('conflict', `Only a scheduled meeting can be postponed; this one is ${m.status}.`);
    if (input.newDate <= m.meeting_date) {
      throw invalid('newDate', `The new date must be after the original date, ${formatDateLong(m.meeting_date)}.`);
    }
    const later = await ctx.db
      .insertInto('meetings')
      .values({
        committee_id: m.committee_id,
        meeting_date: input.newDate,
        status: 'scheduled',
        papers_deadline: null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('meetings')
      .set({ status: 'postponed', postponed_to_id: later.id, postponement_reason: input.reason, updated_at: ctx.now })
      .where('id', '=', m.id)
      .execute();
    // Undecided items and the papers go to the new date, each with its own audit row.
    const moving = await ctx.db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', m.id).where('decision', 'is', null).execute();
    await ctx.db
      .updateTable('agenda_items')
      .set({ meeting_id: later.id, updated_at: ctx.now })
      .where('meeting_id', '=', m.id)
      .where('decision', 'is', null)
      .execute();
    for (const item of moving) {
      await ctx.audit({
        entity: 'agenda_item',
        entityId: item.id,
        action: 'update',
        label: item.title,
        before: { meeting_date: m.meeting_date },
        after: { meeting_date: input.newDate },
        parent: { entity: 'meeting', id: later.id },
      });
    }
    const papers = await ctx.db.selectFrom('committee_papers').select(['id', 'title']).where('meeting_id', '=', m.id).execute();
    await ctx.db.updateTable('committee_papers').set({ meeting_id: later.id, updated_at: ctx.now }).where('meeting_id', '=', m.id).execute();
    for (const paper of papers) {
      await ctx.audit({
        entity: 'paper',
        entityId: paper.id,
        action: 'update',
        label: paper.title,
        before: { meeting_date: m.meeting_date },
        after: { meeting_date: input.newDate },
        parent: { entity: 'meeting', id: later.id },
      });
    }
    await ctx.audit({ entity: 'meeting', entityId: later.id, action: 'create', label: await meetingLabel(ctx.db, later), after: later });
    await auditMeeting(ctx, m.id, { status: m.status }, { status: 'postponed', postponed_to: input.newDate, reason: input.reason });
    return getMeeting(ctx.db, later.id);
  }),

  'meetings.setStatus': mutation(async (input, ctx) => {
    const m = await meetingRow(ctx.db, input.id);
    if (m.status === 'postponed' || m.status === 'cancelled') throw new AppError('conflict', `This meeting is already ${m.status}.`);
    if (input.status === 'held' && m.meeting_date > ctx.today) {
      throw invalid('status', `The meeting of ${formatDateLong(m.meeting_date)} has not taken place yet: it can be marked as held from that day.`);
    }
    if (input.status === 'cancelled') {
      const decided = await ctx.db.selectFrom('agenda_items').select('id').where('meeting_id', '=', m.id).where('decision', 'is not', null).executeTakeFirst();
      if (m.status === 'held' || decided)
        throw new AppError('conflict', 'This meeting has been held and its decisions are on record, so it cannot be cancelled.');
    }
    await ctx.db.updateTable('meetings').set({ status: input.status, updated_at: ctx.now }).where('id', '=', m.id).execute();
    await auditMeeting(ctx, m.id, { status: m.status }, { status: input.status });
    return getMeeting(ctx.db, m.id);
  }),

  'agenda.add': mutation(async (input, ctx) => {
    const m = await meetingRow(ctx.db, input.meetingId);
    assertOpen(m, 'add items');
    if (input.kind === 'policy_approval' && input.policyId === null) throw invalid('policyId', 'Choose the policy that goes for approval.');
    if (input.kind !== 'policy_approval' && input.policyId !== null) throw invalid('policyId', 'Only a “Policy for approval” item is linked to a policy.');
    if (input.policyId !== null) {
      const p = await ctx.db.selectFrom('policies').select(['id', 'stage']).where('id', '=', input.policyId).executeTakeFirst();
      if (!p) throw invalid('policyId', 'Choose a policy from the schedule.');
      if (p.stage === 'withdrawn' || p.stage === 'superseded') throw invalid('policyId', `That policy is ${p.stage}: it cannot go for approval.`);
    }
    const pos = await ctx.db
      .selectFrom('agenda_items')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('meeting_id', '=', m.id)
      .executeTakeFirst();
    const row = await ctx.db
      .insertInto('agenda_items')
      .values({
        meeting_id: m.id,
        kind: input.kind,
        title: input.title,
        policy_id: input.policyId,
        position: Number(pos?.p ?? 0) + 1,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'agenda_item',
      entityId: row.id,
      action: 'create',
      label: row.title,
      after: row,
      parent: { entity: 'meeting', id: m.id },
    });
    return getMeeting(ctx.db, m.id);
  }),

  'agenda.remove': mutation(async (input, ctx) => {
    const item = await ctx.db.selectFrom('agenda_items').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!item) throw notFound('The agenda item');
    if (item.decision) throw new AppError('conflict', 'A decision has been recorded on this item, so it stays on the record.');
    await ctx.db.deleteFrom('agenda_items').where('id', '=', input.id).execute();
    await ctx.audit({
      entity: 'agenda_item',
      entityId: item.id,
      action: 'delete',
      label: item.title,
      before: item,
      parent: { entity: 'meeting', id: item.meeting_id },
    });
    return getMeeting(ctx.db, item.meeting_id);
  }),

  /** A decision on a policy item updates the policy in the same transaction. */
  'agenda.decide': mutation(async (input, ctx) => {
    const item = await ctx.db.selectFrom('agenda_items').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!item) throw notFound('The agenda item');
    const m = await meetingRow(ctx.db, item.meeting_id);
    assertOpen(m, 'record decisions');
    if (m.meeting_date > ctx.today)
      throw invalid('decision', `The meeting is on ${formatDateLong(m.meeting_date)}: record its decisions on or after that day.`);
    if (item.decision) throw new AppError('conflict', 'A decision is already recorded on this item.');
    const approving = input.decision === 'approved' || input.decision === 'approved_with_amendments';
    if (approving && item.policy_id !== null && item.kind === 'policy_approval') {
      const policy = await policyRow(ctx.db, item.policy_id);
      if (m.meeting_date < policy.stage_entered_on) {
        throw invalid(
          'decision',
          `${policy.title} entered its current stage on ${formatDateLong(policy.stage_entered_on)}, after this meeting: it cannot have been approved here.`,
        );
      }
      if (!APPROVABLE_STAGES.includes(policy.stage)) {
        throw invalid(
          'decision',
          `${policy.title} is at “${POLICY_STAGE_LABELS[policy.stage]}”: it must complete consultation and be awaiting committee before it can be approved.`,
        );
      }
      if (!input.newVersion.trim()) throw invalid('newVersion', 'Enter the version number the approved policy takes, for example 2.0.');
      await enterStage(ctx.db, policy.id, 'approved', m.meeting_date, ctx.now, {
        approval_date: m.meeting_date,
        approving_meeting_id: m.id,
        policy_version: input.newVersion.trim(),
        extended_to: null,
        extension_reason: null,
      });
      await ctx.audit({
        entity: 'policy',
        entityId: policy.id,
        action: 'update',
        label: policy.title,
        before: policy,
        after: await policyRow(ctx.db, policy.id),
      });
    }
    await ctx.db
      .updateTable('agenda_items')
      .set({ decision: input.decision, decision_notes: input.notes || null, updated_at: ctx.now })
      .where('id', '=', item.id)
      .execute();
    if (m.status === 'scheduled') {
      await ctx.db.updateTable('meetings').set({ status: 'held', updated_at: ctx.now }).where('id', '=', m.id).execute();
      await auditMeeting(ctx, m.id, { status: 'scheduled' }, { status: 'held' });
    }
    await ctx.audit({
      entity: 'agenda_item',
      entityId: item.id,
      action: 'update',
      label: item.title,
      before: { decision: null },
      after: { decision: input.decision, decision_notes: input.notes },
      parent: { entity: 'meeting', id: m.id },
    });
    return getMeeting(ctx.db, m.id);
  }),
};
