import type { ActionPlanSummary, OverdueItem } from '../../shared/contract';
import { RAGS, REC_STATUSES, type Rag, type RecStatus } from '../../shared/domain/actionPlan';
import { addDays, daysBetween, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { effectiveRagSql, targetSql } from './ragSql';

const LIST_LIMIT = 200;

export async function actionPlanSummary(db: ReadDb, programmeId: number | null, today: IsoDate): Promise<ActionPlanSummary> {
  const inScope = programmeId !== null;
  const counts = await db
    .selectFrom('recommendations')
    .select((eb) => ['recommendations.status', effectiveRagSql(today).as('rag'), eb.fn.countAll<number>().as('n')])
    .$if(inScope, (q) => q.where('recommendations.programme_id', '=', programmeId!))
    .groupBy(['recommendations.status', 'rag'])
    .execute();

  const byStatus = Object.fromEntries(REC_STATUSES.map((s) => [s, 0])) as Record<RecStatus, number>;
  const byRag = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
  let total = 0;
  for (const c of counts) {
    const n = Number(c.n);
    byStatus[c.status] += n;
    byRag[c.rag] += n;
    total += n;
  }

  const recItems = (from: IsoDate | null, to: IsoDate | null) => {
    return db
      .selectFrom('recommendations')
      .innerJoin('programmes', 'programmes.id', 'recommendations.programme_id')
      .leftJoin('people', 'people.id', 'recommendations.owner_id')
      .select([
        'recommendations.id',
        'recommendations.programme_id',
        'programmes.code',
        'recommendations.ref',
        'recommendations.title',
        'people.name as owner_name',
        'recommendations.original_target_date',
        targetSql().as('target'),
      ])
      .where('recommendations.status', '!=', 'completed')
      .where(targetSql(), 'is not', null)
      .$if(from !== null, (q) => q.where(targetSql(), '>=', from!))
      .$if(to !== null, (q) => q.where(targetSql(), '<', to!))
      .$if(inScope, (q) => q.where('recommendations.programme_id', '=', programmeId!))
      .orderBy('target')
      .orderBy('recommendations.id')
      .limit(LIST_LIMIT)
      .execute();
  };

  const toItem = (r: Awaited<ReturnType<typeof recItems>>[number]): OverdueItem => ({
    kind: 'recommendation',
    id: r.id,
    recommendationId: r.id,
    programmeId: r.programme_id,
    programmeCode: r.code,
    ref: r.ref,
    title: r.title,
    ownerName: r.owner_name,
    originalTargetDate: r.original_target_date,
    targetDate: r.target!,
    daysOverdue: Math.max(0, daysBetween(r.target!, today)),
  });

  const overdueActions = await db
    .selectFrom('actions')
    .innerJoin('recommendations', 'recommendations.id', 'actions.recommendation_id')
    .innerJoin('programmes', 'programmes.id', 'recommendations.programme_id')
    .leftJoin('people', 'people.id', 'actions.owner_id')
    .select([
      'actions.id',
      'actions.recommendation_id',
      'recommendations.programme_id',
      'programmes.code',
      'recommendations.ref',
      'actions.title',
      'people.name as owner_name',
      'actions.due_date',
    ])
    .where('actions.status', '!=', 'completed')
    .where('recommendations.status', '!=', 'completed')
    .where('actions.due_date', '<', today)
    .$if(inScope, (q) => q.where('recommendations.programme_id', '=', programmeId!))
    .orderBy('actions.due_date')
    .orderBy('actions.id')
    .limit(LIST_LIMIT)
    .execute();

  const overdue: OverdueItem[] = [
    ...(await recItems(null, today)).map(toItem),
    ...overdueActions.map((a): OverdueItem => ({
      kind: 'action',
      id: a.id,
      recommendationId: a.recommendation_id,
      programmeId: a.programme_id,
      programmeCode: a.code,
      ref: a.ref,
      title: a.title,
      ownerName: a.owner_name,
      originalTargetDate: null,
      targetDate: a.due_date!,
      daysOverdue: daysBetween(a.due_date!, today),
    })),
  ].sort((x, y) => y.daysOverdue - x.daysOverdue);

  const dueSoon = (await recItems(today, addDays(today, 31))).map(toItem);
  return { total, byStatus, byRag, overdue, dueSoon };
}
