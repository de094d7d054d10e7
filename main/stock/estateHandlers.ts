import type { Handlers } from '../core/handlers';
import type { Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { invalid, notFound } from '../core/errors';
import { listEstates } from './stockRepo';

// Estates: listed with their counts, added, renamed. Each change is one transaction with one audit row.

async function estateRow(db: Db, id: number) {
  const row = (await listEstates(db)).find((e) => e.id === id);
  if (!row) throw notFound('The estate');
  return row;
}

export const estateHandlers: Handlers<'estates.list' | 'estates.create' | 'estates.update'> = {
  'estates.list': async (_input, ctx) => listEstates(ctx.db),

  'estates.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const clash = (await trx.selectFrom('estates').select('name').execute()).find((e) => e.name.toLowerCase() === input.name.toLowerCase());
      if (clash) throw invalid('name', `There is already an estate called ${clash.name}.`);
      const row = await trx
        .insertInto('estates')
        .values({ name: input.name, created_at: ctx.now, updated_at: ctx.now })
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'estate', entityId: row.id, action: 'create', label: row.name, after: row });
      return row;
    }),

  'estates.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('estates').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The estate');
      const name = input.patch.name ?? before.name;
      const clash = (await trx.selectFrom('estates').select(['id', 'name']).where('id', '!=', before.id).execute()).find(
        (e) => e.name.toLowerCase() === name.toLowerCase(),
      );
      if (clash) throw invalid('name', `There is already an estate called ${clash.name}.`);
      await trx.updateTable('estates').set({ name, updated_at: ctx.now }).where('id', '=', before.id).execute();
      await writeAudit(trx, ctx, { entity: 'estate', entityId: before.id, action: 'update', label: name, before: { name: before.name }, after: { name } });
      return estateRow(trx, before.id);
    }),
};
