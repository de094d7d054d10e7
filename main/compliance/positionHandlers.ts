import { lastYearEnd } from '../../shared/domain/compliance';
import type { Handlers } from '../core/handlers';
import { keeping, query } from '../core/mutation';
import { measuresOnHost, overdueOnHost, remedialsOnHost } from './keptOnHost';
import { compliancePosition, homeChecks } from './position';
import { complianceTrend } from './trend';
import { trendOffThread } from './trendOffThread';

// The compliance position as at a date (today unless given; the measures default to the last 31 March), worked out over
// the stock and its certificates, never written.

// The page's other figures are kept in the host's memory until the next write (keptOnHost.ts).

export const positionHandlers: Handlers<
  'compliance.measures' | 'compliance.position' | 'compliance.home' | 'compliance.remedials' | 'compliance.overdue' | 'compliance.trend'
> = {
  'compliance.measures': query(async (input, ctx) => {
    return measuresOnHost(ctx, input.asAt ?? lastYearEnd(ctx.today));
  }),

  'compliance.position': keeping(async (input, ctx) => compliancePosition(ctx.db, input.asAt ?? ctx.today, ctx.keeper, trendOffThread(ctx).positions)),

  'compliance.home': query(async (input, ctx) => homeChecks(ctx.db, input.uprn, input.asAt ?? ctx.today)),

  'compliance.remedials': query(async (input, ctx) => {
    return remedialsOnHost(ctx, input.asAt ?? ctx.today);
  }),

  'compliance.overdue': query(async (input, ctx) => {
    return overdueOnHost(ctx, input.asAt ?? ctx.today, { checkType: input.checkType, limit: input.limit });
  }),

  'compliance.trend': keeping(async (input, ctx) => complianceTrend(ctx.db, input.asAt ?? ctx.today, input.months, ctx.keeper, trendOffThread(ctx))),
};
