import type { FireRiskTier, Tenure } from '../../shared/domain/compliance';
import { addDays } from '../../shared/domain/dates';
import { timeOf, type GenerateCtx } from './context';
import { BLOCK_KINDS, ESTATE_KINDS, nthName, PLACE_WORDS, STREET_KINDS } from './names';
import type { Prng } from './prng';

// Estates, blocks of mixed heights and the homes in them. Low-rise blocks (2-4 storeys) have no
// lifts; medium ones (5-9) mostly one; high-rise ones (10-25) two or three, a high fire risk tier
// and fewer homes on gas. About one home in ten is a street property outside any block.

export interface GeneratedBlock {
  id: number;
  tier: FireRiskTier;
  water: boolean;
  asbestos: boolean;
  electrics: boolean;
  liftIds: number[];
}
export interface GeneratedHome {
  id: number;
  hasGas: boolean;
}
export interface GeneratedStock {
  blocks: GeneratedBlock[];
  homes: GeneratedHome[];
}

type Height = 'low' | 'medium' | 'high';
const HEIGHTS: Record<Height, { storeys: [number, number]; homes: number; tier: FireRiskTier; gas: number }> = {
  low: { storeys: [2, 4], homes: 12, tier: 'low', gas: 0.97 },
  medium: { storeys: [5, 9], homes: 30, tier: 'medium', gas: 0.93 },
  high: { storeys: [10, 25], homes: 70, tier: 'high', gas: 0.75 },
};

export function generateStock(ctx: GenerateCtx, rng: Prng): GeneratedStock {
  const { sizes, write } = ctx;
  const built = addDays(ctx.today, -3650);
  const estateIds: number[] = [];
  for (let e = 0; e < sizes.estates; e++) {
    const name = nthName(e, PLACE_WORDS, ESTATE_KINDS);
    estateIds.push(write.create('estates', timeOf(ctx, rng, built), { name }, { entity: 'estate', label: name }));
  }

  // Each block's height, then its share of the homes in blocks by its height's typical size.
  const heights: Height[] = Array.from({ length: sizes.blocks }, () =>
    rng.weighted<Height>([
      ['low', 40],
      ['medium', 40],
      ['high', 20],
    ]),
  );
  const inBlocks = Math.round(sizes.homes * 0.9);
  const weights = heights.map((h) => HEIGHTS[h].homes * (0.6 + rng.next() * 0.8));
  const total = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / total) * inBlocks)));
  for (let i = 0, left = inBlocks - counts.reduce((s, c) => s + c, 0); left > 0; i = (i + 1) % counts.length, left--) counts[i]!++;

  const blocks: GeneratedBlock[] = [];
  const homes: GeneratedHome[] = [];
  let uprn = 100_000_000_000;
  const addHome = (address: string, blockId: number | null, gasShare: number, at: string) => {
    const tenure = rng.weighted<Tenure>([
      ['tenant', 85],
      ['leaseholder', 11],
      ['shared_ownership', 4],
    ]);
    const hasGas = rng.chance(gasShare);
    const row = { uprn: String(++uprn), address, block_id: blockId, tenure, has_gas: hasGas ? 1 : 0, active: 1 };
    const id = write.create('dwellings', at, row, { entity: 'dwelling', label: `${row.uprn} ${address}` });
    homes.push({ id, hasGas });
  };

  for (let b = 0; b < sizes.blocks; b++) {
    const h = HEIGHTS[heights[b]!];
    const estateId = estateIds[b % estateIds.length]!;
    const storeys = rng.int(...h.storeys);
    const yearBuilt = heights[b] === 'high' ? rng.int(1955, 1980) : rng.int(1930, 2015);
    const lifts =
      heights[b] === 'high'
        ? rng.weighted([
            [2, 70],
            [3, 30],
          ] as const)
        : heights[b] === 'medium' && rng.chance(0.75)
          ? 1
          : 0;
    const tier: FireRiskTier = rng.chance(0.85) ? h.tier : rng.pick(['high', 'medium', 'low'] as const);
    const name = nthName(b, PLACE_WORDS, BLOCK_KINDS);
    const at = timeOf(ctx, rng, built);
    const row = {
      estate_id: estateId,
      name,
      storeys,
      year_built: yearBuilt,
      fire_risk_tier: tier,
      passenger_lifts: lifts,
      communal_water: heights[b] === 'low' ? (rng.chance(0.2) ? 1 : 0) : rng.chance(0.9) ? 1 : 0,
      asbestos_present: yearBuilt < 2000 && rng.chance(0.6) ? 1 : 0,
      communal_electrics: rng.chance(0.95) ? 1 : 0,
    };
    const id = write.create('blocks', at, row, { entity: 'block', label: name });
    const liftIds: number[] = [];
    for (let n = 1; n <= lifts; n++) {
      const lift = { block_id: id, number: n, name: `Lift ${n}` };
      // created with the block, under its one audit row, as blocks.create does
      liftIds.push(write.insert('lifts', at, lift));
    }
    blocks.push({ id, tier, water: row.communal_water === 1, asbestos: row.asbestos_present === 1, electrics: row.communal_electrics === 1, liftIds });
    for (let f = 1; f <= counts[b]!; f++) addHome(`Flat ${f}, ${name}`, id, h.gas, at);
  }
  for (let n = 0; homes.length < sizes.homes; n++) {
    const street = nthName(Math.floor(n / 40), PLACE_WORDS, STREET_KINDS);
    addHome(`${(n % 40) + 1} ${street}`, null, 0.95, timeOf(ctx, rng, built));
  }
  return { blocks, homes };
}
