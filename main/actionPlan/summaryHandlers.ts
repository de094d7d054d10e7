import type { Handlers } from '../core/handlers';
import { actionPlanSummary } from './summaryRepo';

export const summaryHandlers: Handlers<'actionPlan.summary'> = {
  'actionPlan.summary': async (input, ctx) => actionPlanSummary(ctx.db, input.programmeId, ctx.today),
};
