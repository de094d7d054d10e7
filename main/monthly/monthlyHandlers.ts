import { formatMonth } from '../../shared/domain/dates';
import { inMonth, sameDayIn } from '../../shared/domain/months';
import { whyNotPublishable } from '../../shared/domain/monthlyPublish';
import type { ReadDb } from '../core/context';
import { AppError, invalid } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { mutation, query, type MutationCtx } from '../core/mutation';
import { buildMonthlyUpdateModel } from '../exports/buildModels';
import { renderMonthlyUpdate } from '../exports/kinds/monthlyUpdate';
import {
  assertNotPublished,
  assertProgramme,
  currentUpdates,
  ensureUpdate,
  findUpdate,
  itemWithUpdate,
  listItems,
  listMonths,
  monthView,
  nextPosition,
} from './monthlyRepo';

async function assertLinkable(db: ReadDb, programmeId: number, recommendationId: number | null | undefined) {
  if (recommendationId === null || recommendationId === undefined) return;
  const rec = await db.selectFrom('recommendations').select(['id', 'programme_id']).where('id', '=', recommendationId).executeTakeFirst();
  if (!rec || rec.programme_id !== programmeId) {
    throw invalid('recommendationId', 'Link the item to one of this programme’s recommendations, or to none.');
  }
}

function assertDateInMonth(date: string, month: string) {
  if (!inMonth(date, month)) throw invalid('itemDate', `The item’s date must fall in ${formatMonth(month)}.`);
}

const itemLabel = (month: string, body: string) => `${formatMonth(month)}: ${body.length > 60 ? `${body.slice(0, 60)}…` : body}`;

async function auditItem(
  ctx: MutationCtx,
  action: 'create' | 'update' | 'delete',
  updateId: number,
  itemId: number,
  month: string,
  before: object | null,
  after: object | null,
) {
  const body = String((after ?? before) && ((after ?? before) as { body?: string }).body);
  await ctx.audit({
    entity: 'monthly_item',
    entityId: itemId,
    action,
    label: itemLabel(month, body),
    before,
    after,
    parent: { entity: 'monthly_update', id: updateId },
  });
}

export const monthlyHandlers: Handlers<
  | 'monthly.months'
  | 'monthly.current'
  | 'monthly.get'
  | 'monthly.addItem'
  | 'monthly.updateItem'
  | 'monthly.deleteItem'
  | 'monthly.moveItem'
  | 'monthly.reorder'
  | 'monthly.publish'
  | 'monthly.setMeasures'
> = {
  'monthly.months': query(async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    return listMonths(ctx.db, input.programmeId);
  }),

  'monthly.current': query(async (input, ctx) => currentUpdates(ctx.db, input.month)),

  'monthly.get': query(async (input, ctx) => monthView(ctx.db, input.programmeId, input.month)),

  'monthly.addItem': mutation(async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    assertNotPublished(await findUpdate(ctx.db, input.programmeId, input.month));
    assertDateInMonth(input.itemDate, input.month);
    await assertLinkable(ctx.db, input.programmeId, input.recommendationId);
    const update = await ensureUpdate(ctx.db, ctx, input.programmeId, input.month);
    const row = await ctx.db
      .insertInto('monthly_update_items')
      .values({
        update_id: update.id,
        item_date: input.itemDate,
        body: input.body,
        recommendation_id: input.recommendationId,
        position: await nextPosition(ctx.db, update.id),
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditItem(ctx, 'create', update.id, row.id, input.month, null, row);
    return monthView(ctx.db, input.programmeId, input.month);
  }),

  'monthly.updateItem': mutation(async (input, ctx) => {
    const item = await itemWithUpdate(ctx.db, input.id);
    assertNotPublished(item);
    const p = input.patch;
    if (p.itemDate !== undefined) assertDateInMonth(p.itemDate, item.month);
    await assertLinkable(ctx.db, item.programme_id, p.recommendationId);
    const before = await ctx.db.selectFrom('monthly_update_items').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('monthly_update_items')
      .set({
        ...(p.itemDate !== undefined && { item_date: p.itemDate }),
        ...(p.body !== undefined && { body: p.body }),
        ...(p.recommendationId !== undefined && { recommendation_id: p.recommendationId }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    const after = await ctx.db.selectFrom('monthly_update_items').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await auditItem(ctx, 'update', item.update_id, input.id, item.month, before, after);
    return monthView(ctx.db, item.programme_id, item.month);
  }),

  'monthly.deleteItem': mutation(async (input, ctx) => {
    const item = await itemWithUpdate(ctx.db, input.id);
    assertNotPublished(item);
    const before = await ctx.db.selectFrom('monthly_update_items').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.db.deleteFrom('monthly_update_items').where('id', '=', input.id).execute();
    await auditItem(ctx, 'delete', item.update_id, input.id, item.month, before, null);
    return monthView(ctx.db, item.programme_id, item.month);
  }),

  'monthly.moveItem': mutation(async (input, ctx) => {
    const item = await itemWithUpdate(ctx.db, input.id);
    assertNotPublished(item);
    if (input.toMonth === item.month) throw invalid('toMonth', `The item is already in ${formatMonth(item.month)}.`);
    assertNotPublished(await findUpdate(ctx.db, item.programme_id, input.toMonth));
    const target = await ensureUpdate(ctx.db, ctx, item.programme_id, input.toMonth);
    const before = await ctx.db.selectFrom('monthly_update_items').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('monthly_update_items')
      .set({ update_id: target.id, item_date: sameDayIn(item.item_date, input.toMonth), position: await nextPosition(ctx.db, target.id), updated_at: ctx.now })
      .where('id', '=', input.id)
      .execute();
    const after = await ctx.db.selectFrom('monthly_update_items').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await auditItem(ctx, 'update', target.id, input.id, input.toMonth, before, after);
    return monthView(ctx.db, item.programme_id, item.month);
  }),

  'monthly.reorder': mutation(async (input, ctx) => {
    const update = await findUpdate(ctx.db, input.programmeId, input.month);
    assertNotPublished(update);
    const items = update ? await listItems(ctx.db, update.id) : [];
    const current = items.map((i) => i.id).sort((a, b) => a - b);
    const given = [...input.itemIds].sort((a, b) => a - b);
    if (!update || current.length !== given.length || current.some((id, i) => id !== given[i])) {
      throw invalid('itemIds', 'The list of items has changed since you opened it. Refresh and try again.');
    }
    for (const [i, id] of input.itemIds.entries()) {
      await ctx.db
        .updateTable('monthly_update_items')
        .set({ position: i + 1, updated_at: ctx.now })
        .where('id', '=', id)
        .execute();
    }
    await ctx.audit({
      entity: 'monthly_update',
      entityId: update.id,
      action: 'update',
      label: `${formatMonth(input.month)} update`,
      before: { order: items.map((i) => i.id) },
      after: { order: input.itemIds },
    });
    return monthView(ctx.db, input.programmeId, input.month);
  }),

  'monthly.publish': mutation(async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    const existing = await findUpdate(ctx.db, input.programmeId, input.month);
    const refusal = whyNotPublishable({
      month: input.month,
      today: ctx.today,
      status: existing?.status ?? 'empty',
      publishedAt: existing?.published_at ?? null,
      itemCount: existing ? (await listItems(ctx.db, existing.id)).length : 0,
    });
    if (refusal) throw new AppError(refusal.code, refusal.message, refusal.field);
    // Only a month with bullets passes the rule, and bullets live in an update row.
    const update = existing!;
    const model = await buildMonthlyUpdateModel(ctx.db, input.programmeId, input.month, ctx.today, { draft: false });
    // The document is drawn and checked now: a month is only frozen with a document that may be published.
    const docx = await renderMonthlyUpdate(model, ctx.now);
    await ctx.db
      .updateTable('monthly_updates')
      .set({
        status: 'published',
        published_at: ctx.now,
        published_by: ctx.actor,
        snapshot_json: JSON.stringify(model),
        published_docx: docx,
        updated_at: ctx.now,
      })
      .where('id', '=', update.id)
      .execute();
    for (const r of model.recommendations) {
      if (r.monthNote) await ctx.db.insertInto('monthly_update_quotes').values({ update_id: update.id, note_id: r.monthNote.noteId }).execute();
    }
    await ctx.audit({
      entity: 'monthly_update',
      entityId: update.id,
      action: 'update',
      label: `${formatMonth(input.month)} update`,
      before: { status: update.status },
      after: { status: 'published' },
    });
    return monthView(ctx.db, input.programmeId, input.month);
  }),

  'monthly.setMeasures': mutation(async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    assertNotPublished(await findUpdate(ctx.db, input.programmeId, input.month));
    const update = await ensureUpdate(ctx.db, ctx, input.programmeId, input.month);
    const include = input.include ? 1 : 0;
    if (update.include_measures !== include) {
      await ctx.db.updateTable('monthly_updates').set({ include_measures: include, updated_at: ctx.now }).where('id', '=', update.id).execute();
      await ctx.audit({
        entity: 'monthly_update',
        entityId: update.id,
        action: 'update',
        label: `${formatMonth(input.month)} update`,
        before: { includeMeasures: update.include_measures === 1 },
        after: { includeMeasures: input.include },
      });
    }
    return monthView(ctx.db, input.programmeId, input.month);
  }),
};
