import type { ReadDb } from '../core/context';
import { AppError, invalid, notFound } from '../core/errors';
import { formatDateLong, formatDateShort, formatMonth } from '../../shared/domain/dates';
import type { Handlers } from '../core/handlers';
import { mutation, type MutationCtx } from '../core/mutation';
import { assertPersonExists } from '../people/peopleRepo';
import { getRecommendationDetail, recommendationOf } from './recommendationsRepo';

type Child = 'action' | 'note';
type Row = Record<string, unknown> & { id: number; recommendation_id: number };

/**
 * After a change to an action or note: the parent recommendation's version moves on, the change
 * is audited under the recommendation (so its history shows it), and the fresh detail returns.
 */
async function afterChildChange(ctx: MutationCtx, entity: Child, action: 'create' | 'update' | 'delete', before: Row | null, after: Row | null) {
  const row = (after ?? before)!;
  const rec = await recommendationOf(ctx.db, row.recommendation_id);
  await ctx.db
    .updateTable('recommendations')
    .set((eb) => ({ updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('id', '=', rec.id)
    .execute();
  const label = entity === 'action' ? `${rec.ref}: ${String(row.title)}` : `${rec.ref}: note of ${formatDateLong(String(row.note_date))}`;
  await ctx.audit({ entity, entityId: row.id, action, label, before, after, parent: { entity: 'recommendation', id: rec.id } });
  return getRecommendationDetail(ctx.db, rec.id, ctx.today);
}

const actionRow = async (db: ReadDb, id: number) => {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The action');
  return row;
};

const noteRow = async (db: ReadDb, id: number) => {
  const row = await db.selectFrom('progress_notes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The note');
  return row;
};

/** A note quoted in a published monthly update is part of the public record and stays as it was. */
async function assertNoteNotPublished(db: ReadDb, id: number) {
  const quoted = await db
    .selectFrom('monthly_update_quotes')
    .innerJoin('monthly_updates', 'monthly_updates.id', 'monthly_update_quotes.update_id')
    .select('monthly_updates.month')
    .where('monthly_update_quotes.note_id', '=', id)
    .where('monthly_updates.status', '=', 'published')
    .executeTakeFirst();
  if (quoted) {
    throw new AppError(
      'conflict',
      `This note was quoted in the published update for ${formatMonth(quoted.month)} and can no longer be changed. Add a new note instead.`,
    );
  }
}

// A note records progress made, so it cannot be dated after the day it is written.
const futureNote = (today: string) => `A progress note records what has happened: date it today (${formatDateShort(today)}) or earlier.`;

export const childHandlers: Handlers<'actions.create' | 'actions.update' | 'actions.delete' | 'notes.create' | 'notes.update' | 'notes.delete'> = {
  'actions.create': mutation(async (input, ctx) => {
    const rec = await recommendationOf(ctx.db, input.recommendationId);
    await assertPersonExists(ctx.db, input.ownerId, 'ownerId');
    const row = await ctx.db
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
    return afterChildChange(ctx, 'action', 'create', null, row);
  }),

  'actions.update': mutation(async (input, ctx) => {
    const before = await actionRow(ctx.db, input.id);
    const p = input.patch;
    if (p.ownerId !== undefined && p.ownerId !== before.owner_id) await assertPersonExists(ctx.db, p.ownerId, 'ownerId');
    await ctx.db
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
    return afterChildChange(ctx, 'action', 'update', before, await actionRow(ctx.db, input.id));
  }),

  'actions.delete': mutation(async (input, ctx) => {
    const before = await actionRow(ctx.db, input.id);
    await ctx.db.deleteFrom('actions').where('id', '=', input.id).execute();
    return afterChildChange(ctx, 'action', 'delete', before, null);
  }),

  'notes.create': mutation(async (input, ctx) => {
    if (input.noteDate > ctx.today) throw invalid('noteDate', futureNote(ctx.today));
    const rec = await recommendationOf(ctx.db, input.recommendationId);
    const row = await ctx.db
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
    return afterChildChange(ctx, 'note', 'create', null, row);
  }),

  'notes.update': mutation(async (input, ctx) => {
    const before = await noteRow(ctx.db, input.id);
    await assertNoteNotPublished(ctx.db, input.id);
    const p = input.patch;
    if (p.noteDate !== undefined && p.noteDate > ctx.today) throw invalid('noteDate', futureNote(ctx.today));
    await ctx.db
      .updateTable('progress_notes')
      .set({
        ...(p.noteDate !== undefined && { note_date: p.noteDate }),
        ...(p.body !== undefined && { body: p.body }),
        ...(p.visibility !== undefined && { visibility: p.visibility }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    return afterChildChange(ctx, 'note', 'update', before, await noteRow(ctx.db, input.id));
  }),

  'notes.delete': mutation(async (input, ctx) => {
    const before = await noteRow(ctx.db, input.id);
    await assertNoteNotPublished(ctx.db, input.id);
    await ctx.db.deleteFrom('progress_notes').where('id', '=', input.id).execute();
    return afterChildChange(ctx, 'note', 'delete', before, null);
  }),
};
