import type { IsoDate } from '../../shared/domain/dates';
import type { QueryCtx } from '../core/mutation';
import { readOffThread } from '../core/readWorker';
import type { buildingSafetyMeasures } from './measures';
import type { overdueChecks, OverdueOptions } from './overdue';
import type { remedialSummary } from './remedials';
import { versionCache } from './versionCache';

// The compliance page's figures beyond the position and the trend, kept in the host's memory until
// the next write as the position is: each reads the whole stock, and the page asks for all of them
// on every visit. In the hosts they are worked out on the read worker, so other calls are answered
// meanwhile. A committee paper's export is given them from here too (paperParts/compliance.ts).

const measuresKept = versionCache<Awaited<ReturnType<typeof buildingSafetyMeasures>>>(4);
const remedialsKept = versionCache<Awaited<ReturnType<typeof remedialSummary>>>(4);
const overdueKept = versionCache<Awaited<ReturnType<typeof overdueChecks>>>(8);
const gapsKept = versionCache<string>(4);

export const measuresOnHost = (ctx: QueryCtx, asAt: IsoDate) => measuresKept(ctx.db, asAt, () => readOffThread(ctx, 'buildingSafetyMeasures', asAt));

export const remedialsOnHost = (ctx: QueryCtx, asAt: IsoDate) => remedialsKept(ctx.db, asAt, () => readOffThread(ctx, 'remedialSummary', asAt));

export const overdueOnHost = (ctx: QueryCtx, asAt: IsoDate, opts: OverdueOptions) =>
  overdueKept(ctx.db, `${asAt}|${opts.checkType}|${opts.limit}`, () =>
    readOffThread(ctx, 'overdueChecks', asAt, { checkType: opts.checkType, limit: opts.limit }),
  );

/** The homes with a check not in date (homeGaps.ts), as the JSON array of ids the homes grid filters by. */
export const homeGapsOnHost = (ctx: QueryCtx, asAt: IsoDate) =>
  gapsKept(ctx.db, asAt, async () => JSON.stringify(await readOffThread(ctx, 'homeGapIds', asAt)));
