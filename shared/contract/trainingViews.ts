import { z } from 'zod';
import { id, optionalDate } from './fields';
import { call } from './call';
import type * as T from './trainingViewsTypes';

// The training register's other views: compliance by team and course, new starters, one course,
// one person's record. Each as at a date (today when none is given).

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

export const trainingViewCalls = {
  'training.heatmap': call<T.TrainingHeatmap>()(z.strictObject({ asAt })),
  'training.newStarters': call<T.NewStarters>()(newStartersQuery),
  'training.course': call<T.CoursePage>()(z.strictObject({ id: id('Course'), asAt })),
  'training.person': call<T.PersonRecord>()(z.strictObject({ id: id('Person'), asAt })),
} as const;
