import { lastYearEnd } from '../../shared/domain/compliance';
import type { Handlers } from '../core/handlers';
import { keeping, query } from '../core/mutation';
import { remedialSummary } from './remedials';
import { buildingSafetyMeasures } from './measures';
import { compliancePosition, homeChecks } from './position';
import { overdueChecks } from './overdue';
import { complianceTrend } from './trend';

// The compliance position as at a date (today unless given; the measures default to the last 31 March), worked out over
// the stock and its certificates, never written.

export const positionHandlers: Handlers<
  'compliance.measures' | 'compliance.position' | 'compliance.home' | 'compliance.remedials' | 'compliance.overdue' | 'compliance.trend'
> = {
  'compliance.measures': query(async (input, ctx) => buildingSafetyMeasures(ctx.db, input.asAt ?? lastYearEnd(ctx.today))),

  'compliance.position': keeping(async (input, ctx) => compliancePosition(ctx.db, input.asAt ?? ctx.today, ctx.keeper)),

  'compliance.home': query(async (input, ctx) => homeChecks(ctx.db, input.uprn, input.asAt ?? ctx.today)),

  'compliance.remedials': query(async (input, ctx) => remedialSummary(ctx.db, input.asAt ?? ctx.today)),

  'compliance.overdue': query(async (input, ctx) => overdueChecks(ctx.db, input.asAt ?? ctx.today, { checkType: input.checkType, limit: input.limit })),

  'compliance.trend': keeping(async (input, ctx) => complianceTrend(ctx.db, input.asAt ?? ctx.today, input.months, ctx.keeper)),
};
