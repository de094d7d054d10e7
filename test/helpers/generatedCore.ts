import { generateLandlord } from '../../main/generate/generateLandlord';
import type { KeptPoint } from '../../main/compliance/stockCarry';
import { makeCore, type TestCore } from './testCore';

/** A core over a landlord generated for the test (homes, seed), its clock at `today`. */
export async function generatedCore(homes: number, seed: number, today: string): Promise<TestCore> {
  const t = await makeCore({ today, setup: false });
  await generateLandlord(t.database, { homes, seed, today });
  return t;
}

/** Every row of compliance_trend_points, in order. */
export const keptPointRows = (t: TestCore) =>
  t.database.sqlite.prepare('select * from compliance_trend_points order by check_type, as_at').all() as KeptPoint[];
