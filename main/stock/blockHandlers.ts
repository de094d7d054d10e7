import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { getBlock, listBlocks } from './stockRepo';
import { reworkLatestFra } from './fireTier';
import { changeLiftCount, liftNames } from './lifts';

// Blocks with their lifts. Each change is one transaction with one audit row holding the fields
// before and after.

export const blockHandlers: Handlers<'blocks.list' | 'blocks.get' | 'blocks.create' | 'blocks.update'> = {
  'blocks.list': query(async (input, ctx) => listBlocks(ctx.db, input.estateId)),

  'blocks.get': query(async (input, ctx) => getBlock(ctx.db, input.id)),

  /** A block's passenger lifts are created with it, numbered 1..N. */
  'blocks.create': mutation(async (input, ctx) => {
    const estate = await ctx.db.selectFrom('estates').select('id').where('id', '=', input.estateId).executeTakeFirst();
    if (!estate) throw invalid('estateId', 'Choose an estate from the list.');
    const clash = await ctx.db
      .selectFrom('blocks')
      .select('id')
      .where('estate_id', '=', input.estateId)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
      .executeTakeFirst();
    if (clash) throw invalid('name', `The estate already has a block called ${input.name}.`);
    const row = await ctx.db
      .insertInto('blocks')
      .values({
        estate_id: input.estateId,
        name: input.name,
        storeys: input.storeys,
        year_built: input.yearBuilt,
        fire_risk_tier: input.fireRiskTier,
        passenger_lifts: input.passengerLifts,
        communal_water: input.communalWater ? 1 : 0,
        asbestos_present: input.asbestosPresent ? 1 : 0,
        communal_electrics: input.communalElectrics ? 1 : 0,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const liftIds: number[] = [];
    for (let n = 1; n <= input.passengerLifts; n++) {
      const lift = await ctx.db
        .insertInto('lifts')
        .values({ block_id: row.id, number: n, name: `Lift ${n}`, created_at: ctx.now, updated_at: ctx.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      liftIds.push(lift.id);
    }
    await ctx.audit({ entity: 'block', entityId: row.id, action: 'create', label: row.name, after: row });
    return { id: row.id, name: row.name, liftIds };
  }),

  /**
   * Raising the number of passenger lifts adds lifts numbered on from the highest; lowering it removes lifts without certificates, highest first.
   * A new fire risk tier works out the latest fire risk assessment's expiry again (unless it was entered).
   */
  'blocks.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('blocks').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The block');
    const p = input.patch;
    const estateId = p.estateId ?? before.estate_id;
    const name = p.name ?? before.name;
    if (estateId !== before.estate_id && !(await ctx.db.selectFrom('estates').select('id').where('id', '=', estateId).executeTakeFirst())) {
      throw invalid('estateId', 'Choose an estate from the list.');
    }
    const clash = (await ctx.db.selectFrom('blocks').select(['id', 'name']).where('estate_id', '=', estateId).where('id', '!=', before.id).execute()).find(
      (b) => b.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw invalid('name', `The estate already has a block called ${clash.name}.`);
    const liftsBefore = await liftNames(ctx.db, before.id);
    const removedLifts = p.passengerLifts === undefined ? [] : await changeLiftCount(ctx.db, ctx.now, before.id, p.passengerLifts);
    const values = {
      estate_id: estateId,
      name,
      storeys: p.storeys ?? before.storeys,
      year_built: p.yearBuilt !== undefined ? p.yearBuilt : before.year_built,
      fire_risk_tier: p.fireRiskTier ?? before.fire_risk_tier,
      passenger_lifts: p.passengerLifts ?? before.passenger_lifts,
      communal_water: p.communalWater === undefined ? before.communal_water : p.communalWater ? 1 : 0,
      asbestos_present: p.asbestosPresent === undefined ? before.asbestos_present : p.asbestosPresent ? 1 : 0,
      communal_electrics: p.communalElectrics === undefined ? before.communal_electrics : p.communalElectrics ? 1 : 0,
    };
    await ctx.db
      .updateTable('blocks')
      .set({ ...values, updated_at: ctx.now })
      .where('id', '=', before.id)
      .execute();
    const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
    await ctx.audit({
      entity: 'block',
      entityId: before.id,
      action: 'update',
      label: name,
      before: { ...old, lifts: liftsBefore },
      after: { ...values, lifts: await liftNames(ctx.db, before.id) },
    });
    const latestFireRiskAssessment = values.fire_risk_tier === before.fire_risk_tier ? null : await reworkLatestFra(ctx, before.id, values.fire_risk_tier);
    return { ...(await getBlock(ctx.db, before.id)), removedLifts, latestFireRiskAssessment };
  }),
};
