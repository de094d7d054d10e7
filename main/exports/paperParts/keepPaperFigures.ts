import type { KeepingCtx } from '../../core/mutation';
import { getPaper } from '../../papers/papersRepo';
import { complianceFromHost } from './compliance';
import { asAtOf, carries, type PaperFromHost } from './paperAsAt';

// The host's side of a committee paper's export, apart from paperModel.ts: the host runs it on the
// thread that answers calls, where loading the paper's drawing code (its docx sections and the
// docx package, which paperModel's part registry brings) held that thread 150-230 ms.

/**
 * While the paper's process starts and reads its other parts: the figures it reads that the host
 * keeps (the compliance trend and position), worked out and kept now if they are not, and the
 * part's other figures over the whole stock. A paper whose date is refused keeps nothing
 * (runExport sets the refusal aside: drawing the paper says why).
 */
export async function keepPaperFigures(ctx: KeepingCtx, paperId: number): Promise<PaperFromHost> {
  const paper = await getPaper(ctx.db, paperId);
  if (!carries(paper, 'compliance')) return {};
  const compliance = await complianceFromHost(ctx, asAtOf(paper, ctx.today));
  return compliance ? { compliance } : {};
}
