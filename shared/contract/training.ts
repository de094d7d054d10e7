import { z } from 'zod';
import { empty, id, isoDate, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './trainingTypes';
import type * as V from './trainingViewsTypes';

// The training matrix's register: job roles, courses, which roles need which course, the
// completions and waivers recorded against people, and the matrix as at a date.

export const jobRoleCreate = z.strictObject({ name: requiredText('Job role', 120) });
export const jobRoleUpdate = z.strictObject({ id: id('Job role'), patch: patchOf({ name: requiredText('Job role', 120) }) });

const refreshMonths = z
  .number({ error: 'Refresh every (months) must be a number, or blank for a course done once only.' })
  .int('Refresh every (months) must be a whole number of months.')
  .min(1, 'Refresh every (months) must be at least 1.')
  .max(120, 'Refresh every (months) must be 120 or fewer.')
  .nullable();

export const courseFields = {
  name: requiredText('Course', 160),
  category: optionalText('Category', 80),
  provider: optionalText('Provider', 160),
  refreshMonths,
  mandatory: z.boolean({ error: 'Mandatory must be yes or no.' }),
  policyId: id('Policy').nullable(),
  policyRefreshDays: z
    .number({ error: 'Days to redo after a policy change must be a number.' })
    .int('Days to redo after a policy change must be a whole number.')
    .min(1, 'Days to redo after a policy change must be at least 1.')
    .max(365, 'Days to redo after a policy change must be 365 or fewer.'),
};

export const courseCreate = z.strictObject({
  ...courseFields,
  category: courseFields.category.default(''),
  provider: courseFields.provider.default(''),
  refreshMonths: refreshMonths.default(null),
  mandatory: courseFields.mandatory.default(false),
  policyId: courseFields.policyId.default(null),
  policyRefreshDays: courseFields.policyRefreshDays.default(60),
});
export const courseUpdate = z.strictObject({ id: id('Course'), patch: patchOf(courseFields) });

export const requirementAdd = z.strictObject({
  jobRoleId: id('Job role'),
  courseId: id('Course'),
  teamId: id('Team').nullable().default(null),
});

export const completionRecord = z.strictObject({
  personId: id('Person'),
  courseId: id('Course'),
  dateCompleted: isoDate('Date completed'),
  expiryDate: optionalDate('Expiry date').default(null),
  evidence: optionalText('Evidence', 500).default(''),
});

export const waiverRecord = z.strictObject({
  personId: id('Person'),
  courseId: id('Course'),
  reason: requiredText('Reason', 1000),
  until: isoDate('Waived until'),
  agreedBy: requiredText('Agreed by', 120),
});

export const matrixQuery = z.strictObject({
  asAt: optionalDate('As at').default(null),
  teamId: id('Team').nullable().default(null),
});

// The register's other views: compliance by team and course, new starters, one course, one
// person's record. Each as at a date (today when none is given).
const asAt = optionalDate('As at').default(null);

export const newStartersQuery = z.strictObject({
  asAt,
  months: z
    .number({ error: 'Months must be a number.' })
    .int('Months must be a whole number.')
    .min(1, 'Months must be at least 1.')
    .max(24, 'Months must be 24 or fewer.')
    .default(3),
});

export const trainingCalls = {
  'jobRoles.list': call<T.JobRole[]>()(empty),
  'jobRoles.create': call<T.JobRole>()(jobRoleCreate),
  'jobRoles.update': call<T.JobRole>()(jobRoleUpdate),

  'courses.list': call<T.Course[]>()(empty),
  'courses.create': call<T.Course>()(courseCreate),
  'courses.update': call<T.Course>()(courseUpdate),

  'requirements.list': call<T.CourseRequirement[]>()(empty),
  'requirements.add': call<T.CourseRequirement>()(requirementAdd),
  'requirements.remove': call<{ id: number }>()(z.strictObject({ id: id('Requirement') })),

  'training.matrix': call<T.TrainingMatrix>()(matrixQuery),
  'training.summary': call<T.TrainingSummary>()(z.strictObject({ asAt: optionalDate('As at').default(null) })),
  'training.record': call<T.TrainingCompletion>()(completionRecord),
  'training.waive': call<T.TrainingWaiver>()(waiverRecord),

  'training.heatmap': call<V.TrainingHeatmap>()(z.strictObject({ asAt })),
  'training.newStarters': call<V.NewStarters>()(newStartersQuery),
  'training.course': call<V.CoursePage>()(z.strictObject({ id: id('Course'), asAt })),
  'training.person': call<V.PersonRecord>()(z.strictObject({ id: id('Person'), asAt })),
} as const;
