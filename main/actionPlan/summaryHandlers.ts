import type { Handlers } from '../core/handlers';
import { query } from '../core/mutation';
import { actionPlanSummary } from './summaryRepo';

export const summaryHandlers: Handlers<'actionPlan.summary'> = {
  'actionPlan.summary': query(async (input, ctx) => actionPlanSummary(ctx.db, input.programmeId, ctx.today)),
};
