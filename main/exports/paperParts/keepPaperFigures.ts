import type { IsoDate } from '../../../shared/domain/dates';
import { versionCache } from '../../compliance/versionCache';
import type { KeepingCtx, QueryCtx } from '../../core/mutation';
import { readOffThread } from '../../core/readWorker';
import type { Serialized } from '../../core/serialized';
import { getPaper } from '../../papers/papersRepo';
import { complianceFromHost } from './compliance';
import { asAtOf, carries, readOnHost, type PaperFromHost } from './paperAsAt';
import type { TrainingSection } from './training';

// The host's side of a committee paper's export, apart from paperModel.ts: the host runs it on the
// thread that answers calls, where loading the paper's drawing code (its docx sections and the
// docx package, which paperModel's part registry brings) held that thread 150-230 ms.

/**
 * While the paper's process starts and reads its other parts: the figures it reads that the host
 * keeps (the compliance trend and position), worked out and kept now if they are not, the
 * compliance part's other figures over the whole stock, and the staff training part. A paper whose date is refused keeps nothing
 * (runExport sets the refusal aside: drawing the paper says why).
 */
export async function keepPaperFigures(ctx: KeepingCtx, paperId: number): Promise<PaperFromHost> {
  const paper = await getPaper(ctx.db, paperId);
  const wanted = { compliance: carries(paper, 'compliance'), training: carries(paper, 'training') };
  if (!wanted.compliance && !wanted.training) return {};
  const asAt = asAtOf(paper, ctx.today);
  const [compliance, training] = await Promise.all([
    wanted.compliance ? complianceFromHost(ctx, asAt) : undefined,
    wanted.training ? trainingFromHost(ctx, asAt) : undefined,
  ]);
  return { ...(compliance && { compliance }), ...(training && { training }) };
}

const trainingKept = versionCache<Serialized<TrainingSection>>(4);

/**
 * The staff training part (every required cell's figures: 0.15-0.3 s on the process's cold
 * connection at 2,000 staff), read on the host's read worker and kept in its memory until the next
 * write, as the compliance page's figures are: as the bytes the worker serialised it to.
 */
export const trainingFromHost = (ctx: QueryCtx, asAt: IsoDate) =>
  readOnHost(ctx.db, asAt, () => trainingKept(ctx.db, asAt, () => readOffThread(ctx, 'paperTraining', asAt)));
