import { z } from 'zod';
import {
  DEFAULT_CLUSTER_THRESHOLD,
  DEFAULT_REVIEW_MONTHS,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  POLICY_STAGES,
  POLICY_STAGE_LABELS,
} from '../domain/policies';
import { byId, choice, empty, id, isoDate, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './policiesTypes';

const stage = choice('Stage', POLICY_STAGES, POLICY_STAGE_LABELS);
const reviewPeriod = z
  .number({ error: 'Review period must be a number of months.' })
  .int('Review period must be a whole number of months.')
  .min(1, 'Review period must be at least 1 month.')
  .max(120, 'Review period must be 120 months or fewer.');

export const policyFields = {
  title: requiredText('Title', 200),
  category: choice('Category', POLICY_CATEGORIES, POLICY_CATEGORY_LABELS),
  ownerId: id('Owner').nullable(),
  policyVersion: optionalText('Version', 20),
  reviewPeriodMonths: reviewPeriod,
  summary: optionalText('Summary', 5000),
};

export const policyCreate = z.strictObject({
  ...policyFields,
  category: policyFields.category.default('other'),
  ownerId: policyFields.ownerId.default(null),
  policyVersion: policyFields.policyVersion.default(''),
  reviewPeriodMonths: reviewPeriod.default(DEFAULT_REVIEW_MONTHS),
  summary: policyFields.summary.default(''),
  stage: stage.default('identified_missing'),
  stageEnteredOn: optionalDate('Date the stage was entered').default(null),
  /** for a policy already in force when it is first recorded */
  approvalDate: optionalDate('Approval date').default(null),
});
export const policyUpdate = z.strictObject({ id: id('Policy'), patch: patchOf(policyFields) });
export const policyStage = z.strictObject({ id: id('Policy'), stage, enteredOn: isoDate('Date the stage was entered') });
export const policyExtend = z.strictObject({
  id: id('Policy'),
  extendedTo: isoDate('New review date'),
  reason: requiredText('Reason for the extension', 1000),
});
export const policyLinks = z.strictObject({ id: id('Policy'), recommendationIds: z.array(id('Recommendation')).max(200) });

const consultee = z.enum(['staff', 'residents_board', 'members', 'other'], { error: 'Consulted must be Staff, Residents’ board, Members or Other.' });
export const consultationFields = {
  consultee,
  startedOn: isoDate('Consultation start date'),
  endedOn: optionalDate('Consultation end date'),
  feedback: optionalText('Summary of feedback', 10000),
  response: optionalText('Response', 10000),
};
export const consultationCreate = z.strictObject({
  policyId: id('Policy'),
  ...consultationFields,
  endedOn: consultationFields.endedOn.default(null),
  feedback: consultationFields.feedback.default(''),
  response: consultationFields.response.default(''),
});
export const consultationUpdate = z.strictObject({ id: id('Consultation'), patch: patchOf(consultationFields) });

export const timelineInput = z.strictObject({
  months: z.number().int().min(1).max(60).default(24),
  threshold: z.number({ error: 'Warn above must be a number.' }).int().min(1, 'Warn above must be at least 1.').max(50).default(DEFAULT_CLUSTER_THRESHOLD),
});

export const policiesCalls = {
  'policies.list': call<T.PolicyRow[]>()(empty),
  'policies.get': call<T.PolicyDetail>()(byId('Policy')),
  'policies.create': call<T.PolicyDetail>()(policyCreate),
  'policies.update': call<T.PolicyDetail>()(policyUpdate),
  'policies.setStage': call<T.PolicyDetail>()(policyStage),
  'policies.extend': call<T.PolicyDetail>()(policyExtend),
  'policies.linkRecommendations': call<T.PolicyDetail>()(policyLinks),
  'policies.addConsultation': call<T.PolicyDetail>()(consultationCreate),
  'policies.updateConsultation': call<T.PolicyDetail>()(consultationUpdate),
  'policies.deleteConsultation': call<T.PolicyDetail>()(byId('Consultation')),
  'policies.timeline': call<T.PolicyTimeline>()(timelineInput),
} as const;
