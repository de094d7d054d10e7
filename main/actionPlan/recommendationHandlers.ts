import { applyReasonRules, completedToday, originalTargetDateKept, recommendationRuleViolations } from '../../shared/domain/actionPlan';
import { formatDateLong } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { AppError, invalid, invalidAll, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { assertPersonExists, assertTeamExists } from '../people/peopleRepo';
import { findRecommendationByRef, getRecommendationDetail, recommendationOf, listRecommendations, toColumns } from './recommendationsRepo';
import type { RecommendationsTable } from './tables';

type Stored = Omit<RecommendationsTable, 'id' | 'version'> & { id: number; version: number };

function rulesInput(
  r: Pick<Stored, 'status' | 'completion_date' | 'original_target_date' | 'revised_target_date' | 'revised_reason' | 'rag_override' | 'rag_override_reason'>,
) {
  return {
    status: r.status,
    completionDate: r.completion_date,
    originalTargetDate: r.original_target_date,
    revisedTargetDate: r.revised_target_date,
    revisedReason: r.revised_reason,
    ragOverride: r.rag_override,
    ragOverrideReason: r.rag_override_reason,
  };
}

function assertRules(r: Parameters<typeof rulesInput>[0], today: string) {
  const violations = recommendationRuleViolations(rulesInput(r), today);
  if (violations.length) throw invalidAll(violations);
}

async function assertRefFree(db: ReadDb, programmeId: number, ref: string, exceptId: number | null) {
  const clash = await findRecommendationByRef(db, programmeId, ref);
  if (clash && clash.id !== exceptId) throw invalid('ref', `${clash.ref} is already used in this programme. Choose another reference.`);
}

const label = (r: { ref: string; title: string }) => `${r.ref} ${r.title}`;

export const recommendationHandlers: Handlers<
  'recommendations.list' | 'recommendations.get' | 'recommendations.create' | 'recommendations.update' | 'recommendations.delete'
> = {
  'recommendations.list': query(async (input, ctx) => {
    const programme = await ctx.db.selectFrom('programmes').select('id').where('id', '=', input.programmeId).executeTakeFirst();
    if (!programme) throw notFound('The programme');
    return listRecommendations(ctx.db, input.programmeId, ctx.today);
  }),

  'recommendations.get': query(async (input, ctx) => getRecommendationDetail(ctx.db, input.id, ctx.today)),

  'recommendations.create': mutation(async (input, ctx) => {
    const programme = await ctx.db.selectFrom('programmes').select('id').where('id', '=', input.programmeId).executeTakeFirst();
    if (!programme) throw invalid('programmeId', 'That programme no longer exists. Refresh the page.');
    await assertRefFree(ctx.db, input.programmeId, input.ref, null);
    await assertPersonExists(ctx.db, input.ownerId, 'ownerId');
    await assertTeamExists(ctx.db, input.leadTeamId, 'leadTeamId');
    const { programmeId, ...fields } = input;
    const values = { programme_id: programmeId, ...toColumns(fields), created_at: ctx.now, updated_at: ctx.now } as Omit<Stored, 'id' | 'version'>;
    assertRules(values, ctx.today);
    const row = await ctx.db.insertInto('recommendations').values(values).returningAll().executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'recommendation', entityId: row.id, action: 'create', label: label(row), after: row });
    return getRecommendationDetail(ctx.db, row.id, ctx.today);
  }),

  'recommendations.update': mutation(async (input, ctx) => {
    const before = await recommendationOf(ctx.db, input.id);
    const reasoned = applyReasonRules({ revisedTargetDate: before.revised_target_date, ragOverride: before.rag_override }, input.patch);
    if (reasoned.violation) throw invalid(reasoned.violation.field, reasoned.violation.message);
    // A status changed on its own to Completed (a grid cell) records today as the completion date.
    const p = completedToday({ completionDate: before.completion_date }, reasoned.patch, ctx.today);
    const removed = originalTargetDateKept(before.original_target_date, p);
    if (removed) throw invalid(removed.field, removed.message);
    if (p.ref !== undefined) await assertRefFree(ctx.db, before.programme_id, p.ref, input.id);
    if (p.ownerId !== undefined && p.ownerId !== before.owner_id) await assertPersonExists(ctx.db, p.ownerId, 'ownerId');
    if (p.leadTeamId !== undefined) await assertTeamExists(ctx.db, p.leadTeamId, 'leadTeamId');
    // Only the fields the user changed are written, so two quick edits of different fields both stand.
    const changes = toColumns(p);
    assertRules({ ...before, ...changes }, ctx.today);
    await ctx.db
      .updateTable('recommendations')
      .set((eb) => ({ ...changes, updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', input.id)
      .execute();
    const after = await recommendationOf(ctx.db, input.id);
    await ctx.audit({ entity: 'recommendation', entityId: input.id, action: 'update', label: label(after), before, after });
    return getRecommendationDetail(ctx.db, input.id, ctx.today);
  }),

  'recommendations.delete': mutation(async (input, ctx) => {
    const before = await recommendationOf(ctx.db, input.id);
    const quoted = await ctx.db
      .selectFrom('monthly_update_quotes')
      .innerJoin('progress_notes', 'progress_notes.id', 'monthly_update_quotes.note_id')
      .select('monthly_update_quotes.note_id')
      .where('progress_notes.recommendation_id', '=', input.id)
      .executeTakeFirst();
    const linked = await ctx.db
      .selectFrom('monthly_update_items')
      .innerJoin('monthly_updates', 'monthly_updates.id', 'monthly_update_items.update_id')
      .select('monthly_update_items.id')
      .where('monthly_update_items.recommendation_id', '=', input.id)
      .where('monthly_updates.status', '=', 'published')
      .executeTakeFirst();
    if (quoted || linked) {
      throw new AppError(
        'conflict',
        `${before.ref} is quoted in a published monthly update, so it stays on record. Mark it completed or on hold instead of deleting it.`,
      );
    }
    // The database removes its actions and notes with it; each gets its own audit row first.
    const parent = { entity: 'recommendation' as const, id: input.id };
    for (const a of await ctx.db.selectFrom('actions').selectAll().where('recommendation_id', '=', input.id).execute()) {
      await ctx.audit({ entity: 'action', entityId: a.id, action: 'delete', label: `${before.ref}: ${a.title}`, before: a, parent });
    }
    for (const n of await ctx.db.selectFrom('progress_notes').selectAll().where('recommendation_id', '=', input.id).execute()) {
      await ctx.audit({
        entity: 'note',
        entityId: n.id,
        action: 'delete',
        label: `${before.ref}: note of ${formatDateLong(n.note_date)}`,
        before: n,
        parent,
      });
    }
    await ctx.db.deleteFrom('recommendations').where('id', '=', input.id).execute();
    await ctx.audit({ entity: 'recommendation', entityId: input.id, action: 'delete', label: label(before), before });
    return { id: input.id };
  }),
};
