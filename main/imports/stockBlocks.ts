import type BetterSqlite3 from 'better-sqlite3';
import type { FireRiskTier } from '../../shared/domain/compliance';
import { intervalCode } from '../../shared/domain/certificateRules';
import { addMonths } from '../../shared/domain/dates';
import type { BulkAudit } from '../core/bulkAudit';
import type { ImportOptions } from './importTypes';

// The blocks a stock file names: what would change in each, and writing them with their lifts.

/** A block's attributes; one left blank (or a column the file lacks) keeps what is recorded, or takes the default for a new block. */
export interface BlockAttrs {
  storeys: number;
  yearBuilt: number | null;
  tier: FireRiskTier;
  lifts: number;
  water: boolean;
  asbestos: boolean;
  electrics: boolean;
}
// most blocks of flats have a landlord's supply to the common parts, so a new block has one unless the file says not
const DEFAULTS: BlockAttrs = { storeys: 1, yearBuilt: null, tier: 'medium', lifts: 0, water: false, asbestos: false, electrics: true };
export const ATTR_LABELS: Record<keyof BlockAttrs, string> = {
  storeys: 'Storeys',
  yearBuilt: 'Year built',
  tier: 'Fire risk tier',
  lifts: 'Passenger lifts',
  water: 'Communal water',
  asbestos: 'Asbestos present',
  electrics: 'Communal electrics',
};
const FIELDS = Object.keys(ATTR_LABELS) as (keyof BlockAttrs)[];

export interface BlockRow extends Partial<BlockAttrs> {
  estate: string;
  name: string;
  firstRow: number;
}

export interface BlockPlan {
  block: BlockRow;
  id: number | null;
  before: BlockAttrs | null;
  target: BlockAttrs;
  changed: boolean;
  /** the block cannot take the file's values (it would lose lifts that have certificates) */
  refused: boolean;
  firstRow: number;
}

export const blockKey = (estate: string, name: string) => `${estate.toLowerCase()}|${name.toLowerCase()}`;

export function planBlocks(
  sqlite: BetterSqlite3.Database,
  blocks: Map<string, BlockRow>,
  problem: (row: number, column: string, message: string) => void,
): Map<string, BlockPlan> {
  const recorded = new Map(
    (
      sqlite
        .prepare(
          `select b.id, e.name as estate, b.name, b.storeys, b.year_built, b.fire_risk_tier, b.passenger_lifts, b.communal_water, b.asbestos_present, b.communal_electrics,
            (select count(distinct l.id) from lifts l join certificates c on c.lift_id = l.id where l.block_id = b.id) as certified
          from blocks b join estates e on e.id = b.estate_id`,
        )
        .all() as {
        id: number;
        estate: string;
        name: string;
        storeys: number;
        year_built: number | null;
        fire_risk_tier: FireRiskTier;
        passenger_lifts: number;
        communal_water: number;
        asbestos_present: number;
        communal_electrics: number;
        certified: number;
      }[]
    ).map((r) => [blockKey(r.estate, r.name), r]),
  );
  const plans = new Map<string, BlockPlan>();
  for (const [key, b] of blocks) {
    const r = recorded.get(key);
    const before: BlockAttrs | null = r
      ? {
          storeys: r.storeys,
          yearBuilt: r.year_built,
          tier: r.fire_risk_tier,
          lifts: r.passenger_lifts,
          water: r.communal_water === 1,
          asbestos: r.asbestos_present === 1,
          electrics: r.communal_electrics === 1,
        }
      : null;
    const base = before ?? DEFAULTS;
    const target = Object.fromEntries(FIELDS.map((f) => [f, b[f] ?? base[f]])) as unknown as BlockAttrs;
    const refused = r !== undefined && target.lifts < r.certified;
    if (refused)
      problem(
        b.firstRow,
        'Passenger lifts',
        `${b.name} has ${r.certified} lifts with certificates, so it cannot have ${target.lifts}: lifts with certificates stay on record.`,
      );
    plans.set(key, {
      block: b,
      id: r?.id ?? null,
      before,
      target,
      changed: before !== null && FIELDS.some((f) => before[f] !== target[f]),
      refused,
      firstRow: b.firstRow,
    });
  }
  return plans;
}

/**
 * Creates or updates the blocks the imported homes are in, each with an audit row, and brings
 * each block's lifts to its number: new ones numbered on from the highest; fewer removes lifts
 * without certificates, highest number first. Returns each block's id by key.
 */
export function writeBlocks(
  sqlite: BetterSqlite3.Database,
  plans: Map<string, BlockPlan>,
  used: Set<string>,
  o: ImportOptions,
  audit: BulkAudit,
): Map<string, number> {
  const findEstate = sqlite.prepare('select id from estates where lower(name) = lower(?)');
  const addEstate = sqlite.prepare('insert into estates (name, created_at, updated_at) values (?, ?, ?)');
  const addBlock =
    sqlite.prepare(`insert into blocks (estate_id, name, storeys, year_built, fire_risk_tier, passenger_lifts, communal_water, asbestos_present, communal_electrics, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const setBlock = sqlite.prepare(
    'update blocks set storeys = ?, year_built = ?, fire_risk_tier = ?, passenger_lifts = ?, communal_water = ?, asbestos_present = ?, communal_electrics = ?, updated_at = ? where id = ?',
  );
  const liftsOf = sqlite.prepare(
    'select l.id, l.number, l.name, (select count(*) from certificates c where c.lift_id = l.id) as certs from lifts l where l.block_id = ? order by l.number',
  );
  const addLift = sqlite.prepare('insert into lifts (block_id, number, name, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const removeLift = sqlite.prepare('delete from lifts where id = ?');
  const latestFra = sqlite.prepare(
    "select id, date_done, expiry_date, expiry_given from certificates where check_type = 'FRA' and block_id = ? and dwelling_id is null order by date_done desc, id desc limit 1",
  );
  const interval = sqlite.prepare('select months from check_intervals where code = ?');
  const setExpiry = sqlite.prepare('update certificates set expiry_date = ?, updated_at = ? where id = ?');
  const ids = new Map<string, number>();
  for (const [key, p] of plans) {
    if (!used.has(key) || p.refused) continue;
    const t = p.target;
    const values = [t.storeys, t.yearBuilt, t.tier, t.lifts, t.water ? 1 : 0, t.asbestos ? 1 : 0, t.electrics ? 1 : 0] as const;
    let blockId = p.id;
    if (blockId === null) {
      let estateId = (findEstate.get(p.block.estate) as { id: number } | undefined)?.id;
      if (estateId === undefined) {
        estateId = Number(addEstate.run(p.block.estate, o.now, o.now).lastInsertRowid);
        audit({ entity: 'estate', entityId: estateId, action: 'create', label: p.block.estate, after: { name: p.block.estate, source: 'import' } });
      }
      blockId = Number(addBlock.run(estateId, p.block.name, ...values, o.now, o.now).lastInsertRowid);
      audit({ entity: 'block', entityId: blockId, action: 'create', label: p.block.name, after: { ...t, source: 'import' } });
    } else if (p.changed) {
      setBlock.run(...values, o.now, blockId);
      audit({ entity: 'block', entityId: blockId, action: 'update', label: p.block.name, before: p.before, after: { ...t, source: 'import' } });
      if (p.before!.tier !== t.tier) {
        // as in the app (fireTier.ts): the latest assessment's derived expiry follows the new tier
        const latest = latestFra.get(blockId) as { id: number; date_done: string; expiry_date: string; expiry_given: number } | undefined;
        const months = (interval.get(intervalCode('FRA', t.tier)) as { months: number }).months;
        if (latest && latest.expiry_given === 0 && addMonths(latest.date_done, months) !== latest.expiry_date) {
          const expiry = addMonths(latest.date_done, months);
          setExpiry.run(expiry, o.now, latest.id);
          audit({
            entity: 'certificate',
            entityId: latest.id,
            action: 'update',
            label: `FRA ${latest.id}`,
            before: { expiry_date: latest.expiry_date },
            after: { expiry_date: expiry, source: 'import' },
            parent: { entity: 'block', id: blockId },
          });
        }
      }
    }
    const lifts = liftsOf.all(blockId) as { id: number; number: number; name: string; certs: number }[];
    let number = lifts.reduce((m, l) => Math.max(m, l.number), 0);
    const taken = new Set(lifts.map((l) => l.name.toLowerCase()));
    for (let n = lifts.length; n < t.lifts; n++) {
      number++;
      // as in the app (lifts.ts): "Lift N", unless a lift was renamed that
      const name = taken.has(`lift ${number}`) ? `Lift ${number} (new)` : `Lift ${number}`;
      taken.add(name.toLowerCase());
      addLift.run(blockId, number, name, o.now, o.now);
    }
    for (const l of lifts
      .filter((x) => x.certs === 0)
      .reverse()
      .slice(0, Math.max(0, lifts.length - t.lifts)))
      removeLift.run(l.id);
    ids.set(key, blockId);
  }
  return ids;
}
