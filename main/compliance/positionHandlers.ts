import { lastYearEnd } from '../../shared/domain/compliance';
import type { Handlers } from '../core/handlers';
import { keeping, query } from '../core/mutation';
import { readOffThread } from '../core/readWorker';
import { type remedialSummary } from './remedials';
import { type buildingSafetyMeasures } from './measures';
import { compliancePosition, homeChecks } from './position';
import { type overdueChecks } from './overdue';
import { complianceTrend } from './trend';
import { trendOffThread } from './trendOffThread';
import { versionCache } from './versionCache';

// The compliance position as at a date (today unless given; the measures default to the last 31 March), worked out over
// the stock and its certificates, never written.

// The compliance page's other figures, kept in memory until the next write as the position is:
// each reads the whole stock, and the page asks for all of them on every visit. In the hosts they
// are worked out on the read worker, so other calls are answered meanwhile.
const measuresKept = versionCache<Awaited<ReturnType<typeof buildingSafetyMeasures>>>(4);
const remedialsKept = versionCache<Awaited<ReturnType<typeof remedialSummary>>>(4);
const overdueKept = versionCache<Awaited<ReturnType<typeof overdueChecks>>>(8);

export const positionHandlers: Handlers<
  'compliance.measures' | 'compliance.position' | 'compliance.home' | 'compliance.remedials' | 'compliance.overdue' | 'compliance.trend'
> = {
  'compliance.measures': query(async (input, ctx) => {
    const asAt = input.asAt ?? lastYearEnd(ctx.today);
    return measuresKept(ctx.db, asAt, () => readOffThread(ctx, 'buildingSafetyMeasures', asAt));
  }),

  'compliance.position': keeping(async (input, ctx) => compliancePosition(ctx.db, input.asAt ?? ctx.today, ctx.keeper, trendOffThread(ctx).positions)),

  'compliance.home': query(async (input, ctx) => homeChecks(ctx.db, input.uprn, input.asAt ?? ctx.today)),

  'compliance.remedials': query(async (input, ctx) => {
    const asAt = input.asAt ?? ctx.today;
    return remedialsKept(ctx.db, asAt, () => readOffThread(ctx, 'remedialSummary', asAt));
  }),

  'compliance.overdue': query(async (input, ctx) => {
    const asAt = input.asAt ?? ctx.today;
    return overdueKept(ctx.db, `${asAt}|${input.checkType}|${input.limit}`, () =>
      readOffThread(ctx, 'overdueChecks', asAt, { checkType: input.checkType, limit: input.limit }),
    );
  }),

  'compliance.trend': keeping(async (input, ctx) => complianceTrend(ctx.db, input.asAt ?? ctx.today, input.months, ctx.keeper, trendOffThread(ctx))),
};
