import { z } from 'zod';
import { NOTE_VISIBILITIES, PRIORITIES, PRIORITY_LABELS, RAGS, RAG_LABELS, REC_STATUSES, REC_STATUS_LABELS } from '../domain/actionPlan';
import { byId, choice, empty, id, isoDate, nullableText, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './actionPlanTypes';

export const programmeFields = {
  code: z
    .string({ error: 'Enter a short code.' })
    .trim()
    .regex(/^[A-Za-z0-9-]{1,12}$/, 'Code: use up to 12 letters, numbers or dashes, for example RFP.'),
  name: requiredText('Name', 200),
  source: optionalText('Source', 300),
  reviewDate: optionalDate('Date of review'),
  description: optionalText('Description', 5000),
};
export const programmeCreate = z.strictObject({
  ...programmeFields,
  source: programmeFields.source.default(''),
  reviewDate: programmeFields.reviewDate.default(null),
  description: programmeFields.description.default(''),
});
export const programmeUpdate = z.strictObject({ id: id('Programme'), patch: patchOf(programmeFields) });

const status = choice('Status', REC_STATUSES, REC_STATUS_LABELS);

export const recommendationFields = {
  ref: z
    .string({ error: 'Enter a reference.' })
    .trim()
    .regex(/^[A-Za-z0-9.-]{1,12}$/, 'Reference: use up to 12 letters, numbers, dots or dashes, for example R12.'),
  title: requiredText('Title', 300),
  fullText: optionalText('Full text', 20000),
  theme: optionalText('Theme', 120),
  ownerId: id('Owner').nullable(),
  leadTeamId: id('Lead team').nullable(),
  priority: choice('Priority', PRIORITIES, PRIORITY_LABELS),
  originalTargetDate: optionalDate('Original target date'),
  revisedTargetDate: optionalDate('Revised target date'),
  revisedReason: nullableText('Reason for revised date', 1000),
  status,
  completionDate: optionalDate('Completion date'),
  publicSummary: optionalText('Public summary', 5000),
  ragOverride: choice('RAG override', RAGS, RAG_LABELS).nullable(),
  ragOverrideReason: nullableText('Reason for RAG override', 1000),
};

export const recommendationCreate = z.strictObject({
  programmeId: id('Programme'),
  ...recommendationFields,
  fullText: recommendationFields.fullText.default(''),
  theme: recommendationFields.theme.default(''),
  ownerId: recommendationFields.ownerId.default(null),
  leadTeamId: recommendationFields.leadTeamId.default(null),
  priority: recommendationFields.priority.default('medium'),
  originalTargetDate: recommendationFields.originalTargetDate.default(null),
  revisedTargetDate: recommendationFields.revisedTargetDate.default(null),
  revisedReason: recommendationFields.revisedReason.default(null),
  status: status.default('not_started'),
  completionDate: recommendationFields.completionDate.default(null),
  publicSummary: recommendationFields.publicSummary.default(''),
  ragOverride: recommendationFields.ragOverride.default(null),
  ragOverrideReason: recommendationFields.ragOverrideReason.default(null),
});

export const recommendationUpdate = z.strictObject({
  id: id('Recommendation'),
  patch: patchOf(recommendationFields),
});

export const actionFields = {
  title: requiredText('Action', 500),
  ownerId: id('Owner').nullable(),
  dueDate: optionalDate('Due date'),
  status,
};
export const actionCreate = z.strictObject({
  recommendationId: id('Recommendation'),
  ...actionFields,
  ownerId: actionFields.ownerId.default(null),
  dueDate: actionFields.dueDate.default(null),
  status: status.default('not_started'),
});
export const actionUpdate = z.strictObject({ id: id('Action'), patch: patchOf(actionFields) });

export const noteFields = {
  noteDate: isoDate('Note date'),
  body: requiredText('Note', 10000),
  visibility: z.enum(NOTE_VISIBILITIES, { error: 'Visibility must be Public or Internal.' }),
};
export const noteCreate = z.strictObject({ recommendationId: id('Recommendation'), ...noteFields });
export const noteUpdate = z.strictObject({ id: id('Note'), patch: patchOf(noteFields) });

export const byProgramme = z.strictObject({ programmeId: id('Programme') });
export const summaryInput = z.strictObject({ programmeId: id('Programme').nullable().default(null) });

export const actionPlanCalls = {
  'programmes.list': call<T.Programme[]>()(empty),
  'programmes.create': call<T.Programme>()(programmeCreate),
  'programmes.update': call<T.Programme>()(programmeUpdate),

  'recommendations.list': call<T.RecommendationRow[]>()(byProgramme),
  'recommendations.get': call<T.RecommendationDetail>()(byId('Recommendation')),
  'recommendations.create': call<T.RecommendationDetail>()(recommendationCreate),
  'recommendations.update': call<T.RecommendationDetail>()(recommendationUpdate),
  'recommendations.delete': call<{ id: number }>()(byId('Recommendation')),

  'actions.create': call<T.RecommendationDetail>()(actionCreate),
  'actions.update': call<T.RecommendationDetail>()(actionUpdate),
  'actions.delete': call<T.RecommendationDetail>()(byId('Action')),

  'notes.create': call<T.RecommendationDetail>()(noteCreate),
  'notes.update': call<T.RecommendationDetail>()(noteUpdate),
  'notes.delete': call<T.RecommendationDetail>()(byId('Note')),

  'actionPlan.summary': call<T.ActionPlanSummary>()(summaryInput),
} as const;
