import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { homeGapsOnHost } from '../compliance/keptOnHost';
import { getHome, listHomes } from './stockRepo';

// Homes (the database's dwellings): a page at a time, one with its checks, added, corrected. Each
// change is one transaction with one audit row.

export const homeHandlers: Handlers<'homes.list' | 'homes.get' | 'homes.create' | 'homes.update'> = {
  'homes.list': query(async (input, ctx) => listHomes(ctx.db, input, ctx.today, input.notCompliant ? await homeGapsOnHost(ctx, ctx.today) : null)),

  'homes.get': query(async (input, ctx) => getHome(ctx.db, input.id, ctx.today)),

  'homes.create': mutation(async (input, ctx) => {
    if (input.blockId !== null && !(await ctx.db.selectFrom('blocks').select('id').where('id', '=', input.blockId).executeTakeFirst())) {
      throw invalid('blockId', 'Choose a block from the list.');
    }
    if (await ctx.db.selectFrom('dwellings').select('id').where('uprn', '=', input.uprn).executeTakeFirst())
      throw invalid('uprn', `UPRN ${input.uprn} is already recorded.`);
    const row = await ctx.db
      .insertInto('dwellings')
      .values({
        uprn: input.uprn,
        address: input.address,
        block_id: input.blockId,
        tenure: input.tenure,
        has_gas: input.hasGas ? 1 : 0,
        active: input.active ? 1 : 0,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'dwelling', entityId: row.id, action: 'create', label: `${row.uprn} ${row.address}`, after: row });
    return { id: row.id, uprn: row.uprn };
  }),

  /** Turning gas off keeps the home's gas certificates: they are history. */
  'homes.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('dwellings').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The home');
    const p = input.patch;
    if (p.blockId !== undefined && p.blockId !== null && !(await ctx.db.selectFrom('blocks').select('id').where('id', '=', p.blockId).executeTakeFirst())) {
      throw invalid('blockId', 'Choose a block from the list.');
    }
    const uprn = p.uprn ?? before.uprn;
    if (uprn !== before.uprn && (await ctx.db.selectFrom('dwellings').select('id').where('uprn', '=', uprn).executeTakeFirst()))
      throw invalid('uprn', `UPRN ${uprn} is already recorded on another home.`);
    const values = {
      uprn,
      address: p.address ?? before.address,
      block_id: p.blockId !== undefined ? p.blockId : before.block_id,
      tenure: p.tenure ?? before.tenure,
      has_gas: p.hasGas === undefined ? before.has_gas : p.hasGas ? 1 : 0,
      active: p.active === undefined ? before.active : p.active ? 1 : 0,
    };
    await ctx.db
      .updateTable('dwellings')
      .set({ ...values, updated_at: ctx.now })
      .where('id', '=', before.id)
      .execute();
    const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
    await ctx.audit({
      entity: 'dwelling',
      entityId: before.id,
      action: 'update',
      label: `${values.uprn} ${values.address}`,
      before: old,
      after: values,
    });
    return getHome(ctx.db, before.id, ctx.today);
  }),
};
