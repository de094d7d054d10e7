import { isInForce, nextReviewDate, reviewTimeline, POLICY_STAGE_LABELS } from '../../shared/domain/policies';
import { formatDateLong } from '../../shared/domain/dates';
import type { Handlers } from '../core/handlers';
import { mutation, query, type MutationCtx } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { assertPersonExists } from '../people/peopleRepo';
import { enterStage, getPolicyDetail, listPolicies, policyRow } from './policiesRepo';

/** After a change to a policy's own row: its audit row (before and after), and the fresh detail. */
async function policyChanged(ctx: MutationCtx, before: Awaited<ReturnType<typeof policyRow>>) {
  await ctx.audit({ entity: 'policy', entityId: before.id, action: 'update', label: before.title, before, after: await policyRow(ctx.db, before.id) });
  return getPolicyDetail(ctx.db, before.id, ctx.today);
}

type H = Handlers<
  | 'policies.list'
  | 'policies.get'
  | 'policies.create'
  | 'policies.update'
  | 'policies.setStage'
  | 'policies.extend'
  | 'policies.linkRecommendations'
  | 'policies.addConsultation'
  | 'policies.updateConsultation'
  | 'policies.deleteConsultation'
  | 'policies.timeline'
>;

export const policyHandlers: H = {
  'policies.list': query(async (_i, ctx) => listPolicies(ctx.db, ctx.today)),
  'policies.get': query(async (input, ctx) => getPolicyDetail(ctx.db, input.id, ctx.today)),

  'policies.create': mutation(async (input, ctx) => {
    await assertPersonExists(ctx.db, input.ownerId, 'ownerId');
    if (input.approvalDate && !isInForce(input.stage)) {
      throw invalid(
        'approvalDate',
        `An approval date only goes with a policy that is approved or published, not one at “${POLICY_STAGE_LABELS[input.stage]}”.`,
      );
    }
    if (isInForce(input.stage) && !input.approvalDate) throw invalid('approvalDate', 'Enter the date the policy was approved.');
    if (input.approvalDate && input.approvalDate > ctx.today) throw invalid('approvalDate', 'The approval date cannot be in the future.');
    if (input.approvalDate && input.stageEnteredOn && input.stageEnteredOn < input.approvalDate) {
      throw invalid('stageEnteredOn', 'A policy cannot enter this stage before it was approved.');
    }
    if (input.stageEnteredOn && input.stageEnteredOn > ctx.today) throw invalid('stageEnteredOn', 'The date cannot be in the future.');
    const enteredOn = input.stageEnteredOn ?? input.approvalDate ?? ctx.today;
    const row = await ctx.db
      .insertInto('policies')
      .values({
        title: input.title,
        category: input.category,
        owner_id: input.ownerId,
        stage: input.stage,
        stage_entered_on: enteredOn,
        policy_version: input.policyVersion,
        approval_date: input.approvalDate,
        review_period_months: input.reviewPeriodMonths,
        summary: input.summary,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.db.insertInto('policy_stages').values({ policy_id: row.id, stage: input.stage, entered_on: enteredOn }).execute();
    await ctx.audit({ entity: 'policy', entityId: row.id, action: 'create', label: row.title, after: row });
    return getPolicyDetail(ctx.db, row.id, ctx.today);
  }),

  'policies.update': mutation(async (input, ctx) => {
    const before = await policyRow(ctx.db, input.id);
    const p = input.patch;
    if (p.ownerId !== undefined && p.ownerId !== before.owner_id) await assertPersonExists(ctx.db, p.ownerId, 'ownerId');
    if (p.policyVersion !== undefined && p.policyVersion !== before.policy_version && before.approval_date) {
      throw invalid('policyVersion', 'The version of an approved policy is set by the committee’s decision that approves it.');
    }
    await ctx.db
      .updateTable('policies')
      .set((eb) => ({
        ...(p.title !== undefined && { title: p.title }),
        ...(p.category !== undefined && { category: p.category }),
        ...(p.ownerId !== undefined && { owner_id: p.ownerId }),
        ...(p.policyVersion !== undefined && { policy_version: p.policyVersion }),
        ...(p.reviewPeriodMonths !== undefined && { review_period_months: p.reviewPeriodMonths }),
        ...(p.summary !== undefined && { summary: p.summary }),
        updated_at: ctx.now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', input.id)
      .execute();
    return policyChanged(ctx, before);
  }),

  'policies.setStage': mutation(async (input, ctx) => {
    const before = await policyRow(ctx.db, input.id);
    if (input.stage === 'approved') {
      throw invalid('stage', 'A policy is approved by recording the committee’s decision on its agenda item under Meetings.');
    }
    if (input.stage === 'published' && before.stage !== 'approved') {
      throw invalid('stage', `Only a policy the committee has approved can be published; this one is at “${POLICY_STAGE_LABELS[before.stage]}”.`);
    }
    if (input.stage === 'review_due' && !isInForce(before.stage)) {
      throw invalid('stage', `Only a policy in force can be due for review; this one is at “${POLICY_STAGE_LABELS[before.stage]}”.`);
    }
    if (input.enteredOn > ctx.today) throw invalid('enteredOn', 'The date cannot be in the future.');
    if (input.stage === 'extended') throw invalid('stage', 'Use “Extend review date” to record an extension with its new date and reason.');
    if (input.enteredOn < before.stage_entered_on) {
      throw invalid('enteredOn', `The date must be on or after ${formatDateLong(before.stage_entered_on)}, when the policy entered its current stage.`);
    }
    await enterStage(ctx.db, input.id, input.stage, input.enteredOn, ctx.now);
    return policyChanged(ctx, before);
  }),

  'policies.extend': mutation(async (input, ctx) => {
    const before = await policyRow(ctx.db, input.id);
    if (!isInForce(before.stage) || !before.approval_date) {
      throw invalid('extendedTo', 'Only a policy in force can have its review date extended.');
    }
    if (input.extendedTo <= ctx.today) throw invalid('extendedTo', 'The new review date must be in the future.');
    const current = nextReviewDate({
      stage: before.stage,
      approvalDate: before.approval_date,
      reviewPeriodMonths: before.review_period_months,
      extendedTo: before.extended_to,
    });
    if (current && input.extendedTo <= current) throw invalid('extendedTo', `An extension must move the review later than ${formatDateLong(current)}.`);
    const on = ctx.today < before.stage_entered_on ? before.stage_entered_on : ctx.today;
    await enterStage(ctx.db, input.id, 'extended', on, ctx.now, { extended_to: input.extendedTo, extension_reason: input.reason });
    return policyChanged(ctx, before);
  }),

  'policies.linkRecommendations': mutation(async (input, ctx) => {
    const policy = await policyRow(ctx.db, input.id);
    const ids = [...new Set(input.recommendationIds)];
    if (ids.length) {
      const found = await ctx.db.selectFrom('recommendations').select('id').where('id', 'in', ids).execute();
      if (found.length !== ids.length) throw invalid('recommendationIds', 'One of the recommendations no longer exists. Refresh and try again.');
    }
    const before = (await ctx.db.selectFrom('policy_recommendations').select('recommendation_id').where('policy_id', '=', input.id).execute()).map(
      (r) => r.recommendation_id,
    );
    await ctx.db.deleteFrom('policy_recommendations').where('policy_id', '=', input.id).execute();
    for (const rid of ids) await ctx.db.insertInto('policy_recommendations').values({ policy_id: input.id, recommendation_id: rid }).execute();
    await ctx.audit({
      entity: 'policy',
      entityId: input.id,
      action: 'update',
      label: policy.title,
      before: { recommendations: before.sort() },
      after: { recommendations: ids.sort() },
    });
    return getPolicyDetail(ctx.db, input.id, ctx.today);
  }),

  'policies.addConsultation': mutation(async (input, ctx) => {
    const policy = await policyRow(ctx.db, input.policyId);
    if (input.endedOn && input.endedOn < input.startedOn) throw invalid('endedOn', 'The consultation cannot end before it starts.');
    const row = await ctx.db
      .insertInto('policy_consultations')
      .values({
        policy_id: input.policyId,
        consultee: input.consultee,
        started_on: input.startedOn,
        ended_on: input.endedOn,
        feedback: input.feedback,
        response: input.response,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'consultation',
      entityId: row.id,
      action: 'create',
      label: `${policy.title}: consultation`,
      after: row,
      parent: { entity: 'policy', id: policy.id },
    });
    return getPolicyDetail(ctx.db, policy.id, ctx.today);
  }),

  'policies.updateConsultation': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('policy_consultations').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The consultation');
    const p = input.patch;
    const startedOn = p.startedOn ?? before.started_on;
    const endedOn = p.endedOn !== undefined ? p.endedOn : before.ended_on;
    if (endedOn && endedOn < startedOn) throw invalid('endedOn', 'The consultation cannot end before it starts.');
    await ctx.db
      .updateTable('policy_consultations')
      .set({
        ...(p.consultee !== undefined && { consultee: p.consultee }),
        ...(p.startedOn !== undefined && { started_on: p.startedOn }),
        ...(p.endedOn !== undefined && { ended_on: p.endedOn }),
        ...(p.feedback !== undefined && { feedback: p.feedback }),
        ...(p.response !== undefined && { response: p.response }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    const after = await ctx.db.selectFrom('policy_consultations').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'consultation',
      entityId: input.id,
      action: 'update',
      label: 'Consultation',
      before,
      after,
      parent: { entity: 'policy', id: before.policy_id },
    });
    return getPolicyDetail(ctx.db, before.policy_id, ctx.today);
  }),

  'policies.deleteConsultation': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('policy_consultations').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The consultation');
    await ctx.db.deleteFrom('policy_consultations').where('id', '=', input.id).execute();
    await ctx.audit({
      entity: 'consultation',
      entityId: input.id,
      action: 'delete',
      label: 'Consultation',
      before,
      parent: { entity: 'policy', id: before.policy_id },
    });
    return getPolicyDetail(ctx.db, before.policy_id, ctx.today);
  }),

  'policies.timeline': query(async (input, ctx) => {
    const policies = await listPolicies(ctx.db, ctx.today);
    const months = reviewTimeline(
      policies.map((p) => p.nextReviewDate),
      ctx.today,
      input.months,
      input.threshold,
    );
    return {
      threshold: input.threshold,
      months: months.map((m) => ({ ...m, titles: policies.filter((p) => p.nextReviewDate?.startsWith(m.month)).map((p) => p.title) })),
    };
  }),
};
