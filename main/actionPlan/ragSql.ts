import { sql, type RawBuilder } from 'kysely';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import { AMBER_WINDOW_DAYS, type Rag } from '../../shared/domain/actionPlan';

// The RAG rule of shared/domain/actionPlan.ts, as SQL, so that counts over many rows are made by
// the database. A test checks that both give the same answer for every kind of row.

export function targetSql(): RawBuilder<string | null> {
  return sql<string | null>`coalesce(recommendations.revised_target_date, recommendations.original_target_date)`;
}

export function derivedRagSql(today: IsoDate): RawBuilder<Rag> {
  const amberLimit = addDays(today, AMBER_WINDOW_DAYS);
  const target = targetSql();
  return sql<Rag>`case
    when recommendations.status = 'completed' then 'complete'
    when ${target} is null then 'green'
    when ${target} < ${today} then 'red'
    when ${target} <= ${amberLimit} then 'amber'
    else 'green' end`;
}

export function effectiveRagSql(today: IsoDate): RawBuilder<Rag> {
  return sql<Rag>`coalesce(recommendations.rag_override, ${derivedRagSql(today)})`;
}
