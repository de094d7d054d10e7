import { checkRecommendationRules, type Rag, type RecStatus } from '../../shared/domain/actionPlan';
import type { Ctx, Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { invalid, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { assertPersonExists, assertTeamExists } from '../people/peopleRepo';
import {
  findRecommendationByRef,
  getRecommendationDetail,
  getRecommendationRow,
  listRecommendations,
  toColumns,
} from './recommendationsRepo';
import type { RecommendationsTable } from '../db/schema';

type Stored = Omit<RecommendationsTable, 'id' | 'version'> & { id: number; version: number };

function rulesInput(r: Pick<Stored, 'status' | 'completion_date' | 'original_target_date' | 'revised_target_date' | 'revised_reason' | 'rag_override' | 'rag_override_reason'>) {
  return {
    status: r.status as RecStatus,
    completionDate: r.completion_date,
    originalTargetDate: r.original_target_date,
    revisedTargetDate: r.revised_target_date,
    revisedReason: r.revised_reason,
    ragOverride: r.rag_override as Rag | null,
    ragOverrideReason: r.rag_override_reason,
  };
}

function assertRules(r: Parameters<typeof rulesInput>[0], today: string) {
  const violation = checkRecommendationRules(rulesInput(r), today);
  if (violation) throw invalid(violation.field, violation.message);
}

async function assertRefFree(db: Db, programmeId: number, ref: string, exceptId: number | null) {
  const clash = await findRecommendationByRef(db, programmeId, ref);
  if (clash && clash.id !== exceptId) throw invalid('ref', `${clash.ref} is already used in this programme. Choose another reference.`);
}

const label = (r: { ref: string; title: string }) => `${r.ref} ${r.title}`;

async function recommendationOf(db: Db, id: number) {
  const rec = await getRecommendationRow(db, id);
  if (!rec) throw notFound('The recommendation');
  return rec;
}

async function touchRecommendation(db: Db, id: number, ctx: Ctx) {
  await db.updateTable('recommendations').set((eb) => ({ updated_at: ctx.now, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

export const recommendationHandlers: Handlers<
  | 'recommendations.list'
  | 'recommendations.get'
  | 'recommendations.create'
  | 'recommendations.update'
  | 'recommendations.delete'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'notes.create'
  | 'notes.update'
  | 'notes.delete'
> = {
  'recommendations.list': async (input, ctx) => {
    const programme = await ctx.db.selectFrom('programmes').select('id').where('id', '=', input.programmeId).executeTakeFirst();
    if (!programme) throw notFound('The programme');
    return listRecommendations(ctx.db, input.programmeId, ctx.today);
  },

  'recommendations.get': async (input, ctx) => getRecommendationDetail(ctx.db, input.id, ctx.today),

  'recommendations.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const programme = await trx.selectFrom('programmes').select('id').where('id', '=', input.programmeId).executeTakeFirst();
      if (!programme) throw invalid('programmeId', 'That programme no longer exists. Refresh the page.');
      await assertRefFree(trx, input.programmeId, input.ref, null);
      await assertPersonExists(trx, input.ownerId, 'ownerId');
      await assertTeamExists(trx, input.leadTeamId, 'leadTeamId');
      const { programmeId, ...fields } = input;
      const values = { programme_id: programmeId, ...toColumns(fields), created_at: ctx.now, updated_at: ctx.now } as Omit<Stored, 'id' | 'version'>;
      assertRules(values, ctx.today);
      const row = await trx.insertInto('recommendations').values(values).returningAll().executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'recommendation', entityId: row.id, action: 'create', label: label(row), after: row });
      return getRecommendationDetail(trx, row.id, ctx.today);
    }),

  'recommendations.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await recommendationOf(trx, input.id);
      const p = input.patch;
      if (p.ref !== undefined) await assertRefFree(trx, before.programme_id, p.ref, input.id);
      if (p.ownerId !== undefined && p.ownerId !== before.owner_id) await assertPersonExists(trx, p.ownerId, 'ownerId');
      if (p.leadTeamId !== undefined) await assertTeamExists(trx, p.leadTeamId, 'leadTeamId');
      // Only the fields the user changed are written, so two quick edits of different fields both stand.
      const changes = toColumns(p);
      assertRules({ ...before, ...changes }, ctx.today);
      await trx
        .updateTable('recommendations')
        .set((eb) => ({ ...changes, updated_at: ctx.now, version: eb('version', '+', 1) }))
        .where('id', '=', input.id)
        .execute();
      const after = await recommendationOf(trx, input.id);
      await writeAudit(trx, ctx, { entity: 'recommendation', entityId: input.id, action: 'update', label: label(after), before, after });
      return getRecommendationDetail(trx, input.id, ctx.today);
    }),

  'recommendations.delete': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await recommendationOf(trx, input.id);
      await trx.deleteFrom('recommendations').where('id', '=', input.id).execute();
      await writeAudit(trx, ctx, { entity: 'recommendation', entityId: input.id, action: 'delete', label: label(before), before });
      return { id: input.id };
    }),

  'actions.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const rec = await recommendationOf(trx, input.recommendationId);
      await assertPersonExists(trx, input.ownerId, 'ownerId');
      const row = await trx
        .insertInto('actions')
        .values({
          recommendation_id: rec.id,
          title: input.title,
          owner_id: input.ownerId,
          due_date: input.dueDate,
          status: input.status,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'action', entityId: row.id, action: 'create', label: `${rec.ref}: ${row.title}`, after: row,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),

  'actions.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('actions').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The action');
      const p = input.patch;
      if (p.ownerId !== undefined && p.ownerId !== before.owner_id) await assertPersonExists(trx, p.ownerId, 'ownerId');
      await trx
        .updateTable('actions')
        .set((eb) => ({
          ...(p.title !== undefined && { title: p.title }),
          ...(p.ownerId !== undefined && { owner_id: p.ownerId }),
          ...(p.dueDate !== undefined && { due_date: p.dueDate }),
          ...(p.status !== undefined && { status: p.status }),
          updated_at: ctx.now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', input.id)
        .execute();
      const after = await trx.selectFrom('actions').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
      const rec = await recommendationOf(trx, before.recommendation_id);
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'action', entityId: input.id, action: 'update', label: `${rec.ref}: ${after.title}`, before, after,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),

  'actions.delete': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('actions').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The action');
      const rec = await recommendationOf(trx, before.recommendation_id);
      await trx.deleteFrom('actions').where('id', '=', input.id).execute();
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'action', entityId: input.id, action: 'delete', label: `${rec.ref}: ${before.title}`, before,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),

  'notes.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const rec = await recommendationOf(trx, input.recommendationId);
      const row = await trx
        .insertInto('progress_notes')
        .values({
          recommendation_id: rec.id,
          note_date: input.noteDate,
          body: input.body,
          visibility: input.visibility,
          author: ctx.actor,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'note', entityId: row.id, action: 'create', label: `${rec.ref}: note of ${row.note_date}`, after: row,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),

  'notes.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('progress_notes').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The note');
      const p = input.patch;
      await trx
        .updateTable('progress_notes')
        .set({
          ...(p.noteDate !== undefined && { note_date: p.noteDate }),
          ...(p.body !== undefined && { body: p.body }),
          ...(p.visibility !== undefined && { visibility: p.visibility }),
          updated_at: ctx.now,
        })
        .where('id', '=', input.id)
        .execute();
      const after = await trx.selectFrom('progress_notes').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
      const rec = await recommendationOf(trx, before.recommendation_id);
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'note', entityId: input.id, action: 'update', label: `${rec.ref}: note of ${after.note_date}`, before, after,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),

  'notes.delete': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('progress_notes').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The note');
      const rec = await recommendationOf(trx, before.recommendation_id);
      await trx.deleteFrom('progress_notes').where('id', '=', input.id).execute();
      await touchRecommendation(trx, rec.id, ctx);
      await writeAudit(trx, ctx, {
        entity: 'note', entityId: input.id, action: 'delete', label: `${rec.ref}: note of ${before.note_date}`, before,
        parent: { entity: 'recommendation', id: rec.id },
      });
      return getRecommendationDetail(trx, rec.id, ctx.today);
    }),
};
