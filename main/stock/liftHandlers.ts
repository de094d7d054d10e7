import type { Handlers } from '../core/handlers';
import { mutation } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { getBlock } from './stockRepo';

// A block's lifts one at a time (the number of lifts is the block's: see blocks.update). Both calls answer with the block.

export const liftHandlers: Handlers<'lifts.rename' | 'lifts.remove'> = {
  'lifts.rename': mutation(async (input, ctx) => {
    const lift = await ctx.db.selectFrom('lifts').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!lift) throw notFound('The lift');
    const clash = (await ctx.db.selectFrom('lifts').select(['id', 'name']).where('block_id', '=', lift.block_id).where('id', '!=', lift.id).execute()).find(
      (l) => l.name.toLowerCase() === input.name.toLowerCase(),
    );
    if (clash) throw invalid('name', `The block already has a lift called ${clash.name}.`);
    await ctx.db.updateTable('lifts').set({ name: input.name, updated_at: ctx.now }).where('id', '=', lift.id).execute();
    await ctx.audit({
      entity: 'lift',
      entityId: lift.id,
      action: 'update',
      label: input.name,
      before: { name: lift.name },
      after: { name: input.name },
      parent: { entity: 'block', id: lift.block_id },
    });
    return getBlock(ctx.db, lift.block_id);
  }),

  /** Removes one lift that has no certificates; the block's number of passenger lifts goes down by one. */
  'lifts.remove': mutation(async (input, ctx) => {
    const lift = await ctx.db.selectFrom('lifts').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!lift) throw notFound('The lift');
    const certs = await ctx.db.selectFrom('certificates').select('id').where('lift_id', '=', lift.id).execute();
    if (certs.length)
      throw invalid(
        'id',
        `${lift.name} has ${certs.length} certificate${certs.length === 1 ? '' : 's'} recorded, so it stays on record. Rename it if it has been replaced.`,
      );
    const block = await ctx.db.selectFrom('blocks').select(['passenger_lifts', 'name']).where('id', '=', lift.block_id).executeTakeFirstOrThrow();
    await ctx.db.deleteFrom('lifts').where('id', '=', lift.id).execute();
    const count = Number(
      (
        await ctx.db
          .selectFrom('lifts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('block_id', '=', lift.block_id)
          .executeTakeFirstOrThrow()
      ).n,
    );
    await ctx.db.updateTable('blocks').set({ passenger_lifts: count, updated_at: ctx.now }).where('id', '=', lift.block_id).execute();
    const { created_at: _c, updated_at: _u, ...old } = lift;
    await ctx.audit({
      entity: 'lift',
      entityId: lift.id,
      action: 'delete',
      label: `${block.name}: ${lift.name}`,
      before: { ...old, block_passenger_lifts: block.passenger_lifts },
      parent: { entity: 'block', id: lift.block_id },
    });
    return getBlock(ctx.db, lift.block_id);
  }),
};
