import type { Handlers } from '../core/handlers';
import { query } from '../core/mutation';
import { trainingSettings } from '../settings/settingsRepo';
import { coursePage } from './coursePageRepo';
import { trainingHeatmap } from './heatmapRepo';
import { newStarters } from './newStartersRepo';
import { personRecord } from './personRecordRepo';

export const trainingViewHandlers: Handlers<'training.heatmap' | 'training.newStarters' | 'training.course' | 'training.person'> = {
  'training.heatmap': query(async (input, ctx) => trainingHeatmap(ctx.db, { asAt: input.asAt ?? ctx.today, ...(await trainingSettings(ctx.db)) })),
  'training.newStarters': query(async (input, ctx) =>
    newStarters(ctx.db, { asAt: input.asAt ?? ctx.today, months: input.months, graceDays: (await trainingSettings(ctx.db)).graceDays }),
  ),
  'training.course': query(async (input, ctx) =>
    coursePage(ctx.db, { id: input.id, asAt: input.asAt ?? ctx.today, graceDays: (await trainingSettings(ctx.db)).graceDays }),
  ),
  'training.person': query(async (input, ctx) =>
    personRecord(ctx.db, { id: input.id, asAt: input.asAt ?? ctx.today, graceDays: (await trainingSettings(ctx.db)).graceDays }),
  ),
};
