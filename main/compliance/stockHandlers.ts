import type { Handlers } from '../core/handlers';
import type { Db } from '../core/context';
import { writeAudit } from '../core/audit';
import { invalid, notFound } from '../core/errors';
import { getBlock, getHome, listBlocks, listCertificates, listEstates, listHomes } from './stockRepo';
import { reworkLatestFra } from './fireTier';
import { changeLiftCount, liftNames } from './lifts';

// Editing the stock: estates, blocks (with their lifts) and homes. Each change is one
// transaction with one audit row holding the fields before and after.

async function estateRow(db: Db, id: number) {
  const row = (await listEstates(db)).find((e) => e.id === id);
  if (!row) throw notFound('The estate');
  return row;
}

export const stockHandlers: Handlers<
  | 'stock.estates'
  | 'stock.updateEstate'
  | 'stock.blocks'
  | 'stock.block'
  | 'stock.updateBlock'
  | 'stock.renameLift'
  | 'stock.removeLift'
  | 'stock.homes'
  | 'stock.home'
  | 'stock.updateHome'
  | 'stock.certificates'
> = {
  'stock.estates': async (_input, ctx) => listEstates(ctx.db),

  'stock.updateEstate': async (input, ctx) =>
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

  'stock.blocks': async (input, ctx) => listBlocks(ctx.db, input.estateId),
  'stock.block': async (input, ctx) => getBlock(ctx.db, input.id),

  /**
   * Raising the number of passenger lifts adds lifts numbered on from the highest; lowering it removes lifts without certificates, highest first.
   * A new fire risk tier works out the latest fire risk assessment's expiry again (unless it was entered).
   */
  'stock.updateBlock': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('blocks').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The block');
      const p = input.patch;
      const estateId = p.estateId ?? before.estate_id;
      const name = p.name ?? before.name;
      if (estateId !== before.estate_id && !(await trx.selectFrom('estates').select('id').where('id', '=', estateId).executeTakeFirst())) {
        throw invalid('estateId', 'Choose an estate from the list.');
      }
      const clash = (await trx.selectFrom('blocks').select(['id', 'name']).where('estate_id', '=', estateId).where('id', '!=', before.id).execute()).find(
        (b) => b.name.toLowerCase() === name.toLowerCase(),
      );
      if (clash) throw invalid('name', `The estate already has a block called ${clash.name}.`);
      const liftsBefore = await liftNames(trx, before.id);
      const removedLifts = p.passengerLifts === undefined ? [] : await changeLiftCount(trx, ctx.now, before.id, p.passengerLifts);
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
      await trx
        .updateTable('blocks')
        .set({ ...values, updated_at: ctx.now })
        .where('id', '=', before.id)
        .execute();
      const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
      await writeAudit(trx, ctx, {
        entity: 'block',
        entityId: before.id,
        action: 'update',
        label: name,
        before: { ...old, lifts: liftsBefore },
        after: { ...values, lifts: await liftNames(trx, before.id) },
      });
      const latestFireRiskAssessment =
        values.fire_risk_tier === before.fire_risk_tier ? null : await reworkLatestFra(trx, ctx, before.id, values.fire_risk_tier);
      return { ...(await getBlock(trx, before.id)), removedLifts, latestFireRiskAssessment };
    }),

  'stock.renameLift': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const lift = await trx.selectFrom('lifts').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!lift) throw notFound('The lift');
      const clash = (await trx.selectFrom('lifts').select(['id', 'name']).where('block_id', '=', lift.block_id).where('id', '!=', lift.id).execute()).find(
        (l) => l.name.toLowerCase() === input.name.toLowerCase(),
      );
      if (clash) throw invalid('name', `The block already has a lift called ${clash.name}.`);
      await trx.updateTable('lifts').set({ name: input.name, updated_at: ctx.now }).where('id', '=', lift.id).execute();
      await writeAudit(trx, ctx, {
        entity: 'lift',
        entityId: lift.id,
        action: 'update',
        label: input.name,
        before: { name: lift.name },
        after: { name: input.name },
        parent: { entity: 'block', id: lift.block_id },
      });
      return getBlock(trx, lift.block_id);
    }),

  /** Removes one lift that has no certificates; the block's number of passenger lifts goes down by one. */
  'stock.removeLift': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const lift = await trx.selectFrom('lifts').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!lift) throw notFound('The lift');
      const certs = await trx.selectFrom('certificates').select('id').where('lift_id', '=', lift.id).execute();
      if (certs.length)
        throw invalid(
          'id',
          `${lift.name} has ${certs.length} certificate${certs.length === 1 ? '' : 's'} recorded, so it stays on record. Rename it if it has been replaced.`,
        );
      const block = await trx.selectFrom('blocks').select(['passenger_lifts', 'name']).where('id', '=', lift.block_id).executeTakeFirstOrThrow();
      await trx.deleteFrom('lifts').where('id', '=', lift.id).execute();
      const count = Number(
        (
          await trx
            .selectFrom('lifts')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('block_id', '=', lift.block_id)
            .executeTakeFirstOrThrow()
        ).n,
      );
      await trx.updateTable('blocks').set({ passenger_lifts: count, updated_at: ctx.now }).where('id', '=', lift.block_id).execute();
      const { created_at: _c, updated_at: _u, ...old } = lift;
      await writeAudit(trx, ctx, {
        entity: 'lift',
        entityId: lift.id,
        action: 'delete',
        label: `${block.name}: ${lift.name}`,
        before: { ...old, block_passenger_lifts: block.passenger_lifts },
        parent: { entity: 'block', id: lift.block_id },
      });
      return getBlock(trx, lift.block_id);
    }),

  'stock.homes': async (input, ctx) => listHomes(ctx.db, input, ctx.today),
  'stock.home': async (input, ctx) => getHome(ctx.db, input.id, ctx.today),

  /** Turning gas off keeps the home's gas certificates: they are history. */
  'stock.updateHome': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('dwellings').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('The home');
      const p = input.patch;
      if (p.blockId !== undefined && p.blockId !== null && !(await trx.selectFrom('blocks').select('id').where('id', '=', p.blockId).executeTakeFirst())) {
        throw invalid('blockId', 'Choose a block from the list.');
      }
      const uprn = p.uprn ?? before.uprn;
      if (uprn !== before.uprn && (await trx.selectFrom('dwellings').select('id').where('uprn', '=', uprn).executeTakeFirst()))
        throw invalid('uprn', `UPRN ${uprn} is already recorded on another home.`);
      const values = {
        uprn,
        address: p.address ?? before.address,
        block_id: p.blockId !== undefined ? p.blockId : before.block_id,
        tenure: p.tenure ?? before.tenure,
        has_gas: p.hasGas === undefined ? before.has_gas : p.hasGas ? 1 : 0,
        active: p.active === undefined ? before.active : p.active ? 1 : 0,
      };
      await trx
        .updateTable('dwellings')
        .set({ ...values, updated_at: ctx.now })
        .where('id', '=', before.id)
        .execute();
      const { id: _id, created_at: _c, updated_at: _u, ...old } = before;
      await writeAudit(trx, ctx, {
        entity: 'dwelling',
        entityId: before.id,
        action: 'update',
        label: `${values.uprn} ${values.address}`,
        before: old,
        after: values,
      });
      return getHome(trx, before.id, ctx.today);
    }),

  'stock.certificates': async (input, ctx) => {
    if (input.dwellingId !== null) return listCertificates(ctx.db, { dwellingId: input.dwellingId });
    return listCertificates(ctx.db, { blockId: input.blockId! });
  },
};
