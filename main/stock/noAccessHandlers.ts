import type { Handlers } from '../core/handlers';
import { mutation } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { getNoAccess } from './stockRepo';
import { resolveVisitTarget } from './certificates';
import { formatDateLong } from '../../shared/domain/dates';

// Visits that could not get in: recorded, corrected (date and notes) or removed when recorded by
// mistake. Each is one transaction with one audit row holding the visit before (and after).

export const noAccessLabel = (v: { check_type: string; visit_date: string }) => `${v.check_type} no access ${formatDateLong(v.visit_date)}`;
const parentOf = (v: { dwelling_id: number | null; block_id: number | null }) =>
  v.dwelling_id !== null ? { entity: 'dwelling' as const, id: v.dwelling_id } : { entity: 'block' as const, id: v.block_id! };

export const noAccessHandlers: Handlers<'noAccess.create' | 'noAccess.update' | 'noAccess.delete'> = {
  'noAccess.create': mutation(async (input, ctx) => {
    if (input.visitDate > ctx.today) throw invalid('visitDate', 'The visit date cannot be in the future.');
    const target = await resolveVisitTarget(ctx.db, input.checkType, { dwellingId: input.homeId, blockId: input.blockId });
    const row = await ctx.db
      .insertInto('no_access_visits')
      .values({
        check_type: input.checkType,
        dwelling_id: target.dwellingId,
        block_id: target.blockId,
        visit_date: input.visitDate,
        notes: input.notes,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'no_access', entityId: row.id, action: 'create', label: noAccessLabel(row), after: row });
    return { id: row.id };
  }),

  'noAccess.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('no_access_visits').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The no-access visit');
    const values = { visit_date: input.patch.visitDate ?? before.visit_date, notes: input.patch.notes ?? before.notes };
    if (values.visit_date > ctx.today) throw invalid('visitDate', 'The visit date cannot be in the future.');
    await ctx.db
      .updateTable('no_access_visits')
      .set({ ...values, updated_at: ctx.now })
      .where('id', '=', before.id)
      .execute();
    await ctx.audit({
      entity: 'no_access',
      entityId: before.id,
      action: 'update',
      label: noAccessLabel({ ...before, ...values }),
      before: { visit_date: before.visit_date, notes: before.notes },
      after: values,
      parent: parentOf(before),
    });
    return getNoAccess(ctx.db, before.id);
  }),

  'noAccess.delete': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('no_access_visits').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The no-access visit');
    await ctx.db.deleteFrom('no_access_visits').where('id', '=', before.id).execute();
    await ctx.audit({
      entity: 'no_access',
      entityId: before.id,
      action: 'delete',
      label: noAccessLabel(before),
      before,
      parent: parentOf(before),
    });
    return { id: before.id };
  }),
};
