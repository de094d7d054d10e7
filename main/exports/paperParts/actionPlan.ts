import type { RecommendationRow } from '../../../shared/contract';
import { daysOverdue, deriveRag, ragShown, type Rag } from '../../../shared/domain/actionPlan';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Db } from '../../core/context';
import { listRecommendations } from '../../actionPlan/recommendationsRepo';
import { countProgress } from '../buildModels';
import type { ProgressCounts } from '../models';
import type { PaperAsAt } from './paperAsAt';

/** The action plan part of a committee paper: one programme's progress as at the paper's data-as-at date. */
export interface ActionPlanSection {
  programmeName: string;
  counts: ProgressCounts;
  /** items on hold are not rated (see ragShown) */
  byRag: Record<Rag, number>;
  /** overdue or red, with owner and original and revised dates */
  attention: RecommendationRow[];
  completedSince: RecommendationRow[];
  all: RecommendationRow[];
}

/** A recommendation completed after the data-as-at date was still open on that date. */
export function asAtRecommendation(r: RecommendationRow, asAt: IsoDate): RecommendationRow {
  if (r.status !== 'completed' || !r.completionDate || r.completionDate <= asAt) return r;
  const open = { ...r, status: 'in_progress' as const, completionDate: null };
  const derived = deriveRag(open, asAt);
  return { ...open, derivedRag: derived, rag: r.ragOverride && r.ragOverride !== 'complete' ? r.ragOverride : derived, daysOverdue: daysOverdue(open, asAt) };
}

/** The chosen programme's action plan as at the data-as-at date; none when the paper names no programme. */
export async function loadActionPlan(db: Db, { paper, asAt, since }: PaperAsAt): Promise<ActionPlanSection | null> {
  const id = paper.sections.actionPlanProgrammeId;
  if (!id) return null;
  const all = (await listRecommendations(db, id, asAt)).map((r) => asAtRecommendation(r, asAt));
  const programme = await db.selectFrom('programmes').select('name').where('id', '=', id).executeTakeFirstOrThrow();
  const byRag = { red: 0, amber: 0, green: 0, complete: 0 } as Record<Rag, number>;
  for (const r of all) {
    const shown = ragShown(r).rag;
    if (shown) byRag[shown]++;
  }
  return {
    programmeName: programme.name,
    counts: countProgress(all),
    byRag,
    attention: all.filter((r) => r.daysOverdue > 0 || ragShown(r).rag === 'red'),
    completedSince: all.filter((r) => r.status === 'completed' && r.completionDate !== null && r.completionDate > since && r.completionDate <= asAt),
    all,
  };
}
