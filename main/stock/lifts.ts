import type { Db, ReadDb } from '../core/context';
import { invalid } from '../core/errors';

// A block's passenger lifts: numbered 1..N within the block, named "Lift N" unless renamed.

export async function liftNames(db: ReadDb, blockId: number): Promise<string[]> {
  return (await db.selectFrom('lifts').select('name').where('block_id', '=', blockId).orderBy('number').execute()).map((l) => l.name);
}

/**
 * Brings the block's lifts to `target`: new lifts are numbered on from the highest; going down
 * removes lifts without certificates, highest number first, and refuses to go below the lifts
 * that have certificates. Returns the names of the lifts removed.
 */
export async function changeLiftCount(db: Db, now: string, blockId: number, target: number): Promise<string[]> {
  const lifts = await db
    .selectFrom('lifts as l')
    .select(['l.id', 'l.number', 'l.name'])
    .select((eb) => eb.selectFrom('certificates as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.lift_id', '=', 'l.id').as('certs'))
    .where('l.block_id', '=', blockId)
    .orderBy('l.number')
    .execute();
  if (target > lifts.length) {
    let number = lifts.reduce((m, l) => Math.max(m, l.number), 0);
    const taken = new Set(lifts.map((l) => l.name.toLowerCase()));
    for (let i = lifts.length; i < target; i++) {
      number++;
      let name = `Lift ${number}`;
      if (taken.has(name.toLowerCase())) name = `Lift ${number} (new)`;
      taken.add(name.toLowerCase());
      await db.insertInto('lifts').values({ block_id: blockId, number, name, created_at: now, updated_at: now }).execute();
    }
    return [];
  }
  const certified = lifts.filter((l) => Number(l.certs) > 0);
  if (target < certified.length) {
    throw invalid(
      'passengerLifts',
      `${certified.length} of this block’s lifts have certificates (${certified.map((l) => l.name).join(', ')}), so it cannot have fewer than ${certified.length}. Lifts with certificates stay on record.`,
    );
  }
  const removable = lifts
    .filter((l) => Number(l.certs) === 0)
    .reverse()
    .slice(0, lifts.length - target);
  if (removable.length)
    await db
      .deleteFrom('lifts')
      .where(
        'id',
        'in',
        removable.map((l) => l.id),
      )
      .execute();
  return removable.map((l) => l.name).reverse();
}
