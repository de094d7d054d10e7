import type { NonWorkingDay, NonWorkingDaysResult } from '../../shared/contract';
import { dueSoonUntil } from '../../shared/domain/complaints';
import { formatDateLong } from '../../shared/domain/dates';
import type { Handlers } from '../core/handlers';
import { AppError } from '../core/errors';
import { mutation, query, type MutationCtx } from '../core/mutation';
import type { ReadDb } from '../core/context';
import { readExtraDays, recomputeClocks } from './clocks';
import { getComplaint, listComplaints } from './complaintsRepo';
import { complaintYearFigures, complaintYears } from './figuresRepo';

async function nonWorkingDays(db: ReadDb): Promise<NonWorkingDay[]> {
  return db.selectFrom('non_working_days').select(['id', 'date', 'name']).orderBy('date').execute();
}

/** After the non-working days change: every stored due date worked out again, in the same transaction. */
async function afterDaysChanged(ctx: MutationCtx): Promise<NonWorkingDaysResult> {
  const recomputed = await recomputeClocks(ctx.db, await readExtraDays(ctx.db), ctx.now);
  return { days: await nonWorkingDays(ctx.db), recomputed };
}

export const complaintsHandlers: Handlers<
  | 'complaints.list'
  | 'complaints.get'
  | 'complaints.figures'
  | 'complaints.years'
  | 'complaints.setYearHomes'
  | 'nonWorkingDays.list'
  | 'nonWorkingDays.add'
  | 'nonWorkingDays.remove'
> = {
  'complaints.list': query(async (input, ctx) => {
    const extra = await readExtraDays(ctx.db);
    return listComplaints(ctx.db, input, ctx.today, dueSoonUntil(ctx.today, extra), extra);
  }),

  'complaints.get': query(async (input, ctx) => {
    const extra = await readExtraDays(ctx.db);
    return getComplaint(ctx.db, input.id, ctx.today, dueSoonUntil(ctx.today, extra), extra);
  }),

  'complaints.figures': query(async (input, ctx) => complaintYearFigures(ctx.db, input.year)),

  'complaints.years': query(async (_input, ctx) => complaintYears(ctx.db, ctx.today)),

  'complaints.setYearHomes': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('complaint_year_homes').selectAll().where('year', '=', input.year).executeTakeFirst();
    const label = `Social homes ${input.year}`;
    if (input.socialHomes === null) {
      if (before) {
        await ctx.db.deleteFrom('complaint_year_homes').where('id', '=', before.id).execute();
        await ctx.audit({ entity: 'complaint_year_homes', entityId: before.id, action: 'delete', label, before: { socialHomes: before.social_homes } });
      }
    } else if (before) {
      await ctx.db.updateTable('complaint_year_homes').set({ social_homes: input.socialHomes, updated_at: ctx.now }).where('id', '=', before.id).execute();
      await ctx.audit({
        entity: 'complaint_year_homes',
        entityId: before.id,
        action: 'update',
        label,
        before: { socialHomes: before.social_homes },
        after: { socialHomes: input.socialHomes },
      });
    } else {
      const { id } = await ctx.db
        .insertInto('complaint_year_homes')
        .values({ year: input.year, social_homes: input.socialHomes, created_at: ctx.now, updated_at: ctx.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.audit({ entity: 'complaint_year_homes', entityId: id, action: 'create', label, after: { socialHomes: input.socialHomes } });
    }
    return complaintYearFigures(ctx.db, input.year);
  }),

  'nonWorkingDays.list': query(async (_input, ctx) => nonWorkingDays(ctx.db)),

  'nonWorkingDays.add': mutation(async (input, ctx) => {
    const taken = await ctx.db.selectFrom('non_working_days').select('name').where('date', '=', input.date).executeTakeFirst();
    if (taken) throw new AppError('conflict', `${formatDateLong(input.date)} is already a non-working day (${taken.name}).`, 'date');
    const { id } = await ctx.db
      .insertInto('non_working_days')
      .values({ date: input.date, name: input.name, created_at: ctx.now, updated_at: ctx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'non_working_day', entityId: id, action: 'create', label: `${formatDateLong(input.date)} ${input.name}`, after: input });
    return afterDaysChanged(ctx);
  }),

  'nonWorkingDays.remove': mutation(async (input, ctx) => {
    const day = await ctx.db.selectFrom('non_working_days').select(['id', 'date', 'name']).where('id', '=', input.id).executeTakeFirst();
    if (!day) throw new AppError('not_found', 'That non-working day is no longer recorded.', 'id');
    await ctx.db.deleteFrom('non_working_days').where('id', '=', day.id).execute();
    await ctx.audit({
      entity: 'non_working_day',
      entityId: day.id,
      action: 'delete',
      label: `${formatDateLong(day.date)} ${day.name}`,
      before: { date: day.date, name: day.name },
    });
    return afterDaysChanged(ctx);
  }),
};
