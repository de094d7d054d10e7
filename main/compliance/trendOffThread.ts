import type { KeepingCtx } from '../core/mutation';
import { readOffThread } from '../core/readWorker';
import type { TrendOffThread } from './trend';

/**
 * The trend's points and the position's counts that must be worked out again (all of them after a
 * change to the stock) are counted on the read worker, and kept by the caller's keeper.
 */
export const trendOffThread = (ctx: KeepingCtx): TrendOffThread => ({
  points: (wanted, dueAt) => readOffThread(ctx, 'trendPointCounts', wanted, dueAt),
  positions: (types, asAt) => readOffThread(ctx, 'positionCounts', types, asAt),
});
