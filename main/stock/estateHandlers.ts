import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import type { ReadDb } from '../core/context';
import { invalid, notFound } from '../core/errors';
import { listEstates } from './stockRepo';

// Estates: listed with their counts, added, renamed. Each change is one transaction with one audit row.

async function estateRow(db: ReadDb, id: number) {
  const row = (await listEstates(db)).find((e) => e.id === id);
  if (!row) throw notFound('The estate');
  return row;
}

export const estateHandlers: Handlers<'estates.list' | 'estates.create' | 'estates.update'> = {
  'estates.list': query(async (_input, ctx) => listEstates(ctx.db)),

  'estates.create': mutation(async (input, ctx) => {
    const clash = (await ctx.db.selectFrom('estates').select('name').execute()).find((e) => e.name.toLowerCase() === input.name.toLowerCase());
    if (clash) throw invalid('name', `There is already an estate called ${clash.name}.`);
    const row = await ctx.db
      .insertInto('estates')
      .values({ name: input.name, created_at: ctx.now, updated_at: ctx.now })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'estate', entityId: row.id, action: 'create', label: row.name, after: row });
    return row;
  }),

  'estates.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('estates').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The estate');
    const name = input.patch.name ?? before.name;
    const clash = (await ctx.db.selectFrom('estates').select(['id', 'name']).where('id', '!=', before.id).execute()).find(
      (e) => e.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw invalid('name', `There is already an estate called ${clash.name}.`);
    await ctx.db.updateTable('estates').set({ name, updated_at: ctx.now }).where('id', '=', before.id).execute();
    await ctx.audit({ entity: 'estate', entityId: before.id, action: 'update', label: name, before: { name: before.name }, after: { name } });
    return estateRow(ctx.db, before.id);
  }),
};
