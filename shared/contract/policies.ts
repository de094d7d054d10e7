import { z } from 'zod';
import {
  DEFAULT_CLUSTER_THRESHOLD,
  DEFAULT_REVIEW_MONTHS,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  POLICY_STAGES,
  POLICY_STAGE_LABELS,
} from '../domain/policies';
import { choice, id, isoDate, optionalDate, optionalText, patchOf, requiredText } from './fields';

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

export const committeeCreate = z.strictObject({ name: requiredText('Committee name', 200) });
export const meetingCreate = z.strictObject({
  committeeId: id('Committee'),
  meetingDate: isoDate('Meeting date'),
  papersDeadline: optionalDate('Papers deadline').default(null),
  /** a meeting dated in the past is only recorded when the user confirms it is history */
  confirmPast: z.boolean().default(false),
});
export const meetingPostpone = z.strictObject({
  id: id('Meeting'),
  newDate: isoDate('New meeting date'),
  reason: requiredText('Reason for postponing', 1000),
});
export const meetingStatus = z.strictObject({ id: id('Meeting'), status: z.enum(['held', 'cancelled'], { error: 'Status must be Held or Cancelled.' }) });
export const meetingsList = z.strictObject({ committeeId: id('Committee').nullable().default(null) });

export const agendaAdd = z.strictObject({
  meetingId: id('Meeting'),
  kind: z.enum(['policy_approval', 'progress_report', 'other'], { error: 'Kind must be Policy for approval, Progress report or Other paper.' }),
  title: requiredText('Item title', 300),
  policyId: id('Policy').nullable().default(null),
});
export const agendaDecide = z.strictObject({
  id: id('Agenda item'),
  decision: z.enum(['approved', 'approved_with_amendments', 'deferred', 'rejected'], {
    error: 'Decision must be Approved, Approved with amendments, Deferred or Rejected.',
  }),
  notes: optionalText('Decision notes', 5000).default(''),
  /** the version number the approved policy takes, e.g. 2.0 */
  newVersion: optionalText('New version', 20).default(''),
});

export const scheduleExport = z.strictObject({
  threshold: z.number({ error: 'Warn above must be a number.' }).int().min(1, 'Warn above must be at least 1.').max(50).default(DEFAULT_CLUSTER_THRESHOLD),
});
