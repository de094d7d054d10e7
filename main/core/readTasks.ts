import type { AppErrorShape } from '../../shared/contract';
import type { IsoDate } from '../../shared/domain/dates';
import { homeGapIds } from '../compliance/homeGaps';
import { buildingSafetyMeasures } from '../compliance/measures';
import { overdueChecks } from '../compliance/overdue';
import { remedialSummary } from '../compliance/remedials';
import { positionCounts } from '../compliance/position';
import { trendPointCounts } from '../compliance/trend';
import { readTraining } from '../exports/paperParts/training';
import type { ReadDb } from './context';
import { serialized } from './serialized';

// The heavy reads that may run on the read worker (readWorker.ts): each reads the whole stock and
// only reads, so any connection to the file gives the same answer (the trend's points are kept by
// the caller, on its own connection).
export const readTasks = {
  buildingSafetyMeasures,
  homeGapIds,
  overdueChecks,
  // a committee paper's staff training part, as bytes: the host only passes it on to the export's process
  paperTraining: async (db: ReadDb, asAt: IsoDate) => serialized(await readTraining(db, asAt)),
  remedialSummary,
  positionCounts,
  trendPointCounts,
} satisfies Record<string, (db: ReadDb, ...args: never[]) => Promise<unknown>>;

export type ReadTask = keyof typeof readTasks;
export type ReadArgs<T extends ReadTask> = (typeof readTasks)[T] extends (db: ReadDb, ...args: infer A) => Promise<unknown> ? A : never;
export type ReadResult<T extends ReadTask> = Awaited<ReturnType<(typeof readTasks)[T]>>;

export interface ReadRequest {
  id: number;
  task: ReadTask;
  args: unknown[];
}
export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorShape };
