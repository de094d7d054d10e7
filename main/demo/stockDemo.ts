import type { CertificateRow } from '../../shared/contract';
import { lastYearEnd, type CheckType } from '../../shared/domain/compliance';
import { addDays, addMonths } from '../../shared/domain/dates';
import type { Ctx, Db } from '../core/context';
import { writeAudit } from '../core/audit';

// A small stock for the demo: three estates with blocks of several heights, most checks in date,
// some overdue, some expiring soon, some with no access, a few that lapsed over the last year end.
// Dates are relative to the load day.

interface DemoBlock {
  estate: string;
  name: string;
  storeys: number;
  built: number;
  tier: 'high' | 'medium' | 'low';
  lifts: number;
  water: boolean;
  asbestos: boolean;
  homes: number;
  /** days since the block's fire risk assessment */
  fraDaysAgo: number;
}

const BLOCKS: DemoBlock[] = [
  { estate: 'Northgate Estate', name: 'Ash House', storeys: 5, built: 1968, tier: 'high', lifts: 1, water: true, asbestos: true, homes: 20, fraDaysAgo: 400 },
  {
    estate: 'Northgate Estate',
    name: 'Birch Court',
    storeys: 2,
    built: 1994,
    tier: 'low',
    lifts: 0,
    water: false,
    asbestos: false,
    homes: 12,
    fraDaysAgo: 500,
  },
  {
    estate: 'Northgate Estate',
    name: 'Cedar Tower',
    storeys: 14,
    built: 1971,
    tier: 'high',
    lifts: 2,
    water: true,
    asbestos: true,
    homes: 56,
    fraDaysAgo: 120,
  },
  {
    estate: 'Riverside Estate',
    name: 'Delph House',
    storeys: 4,
    built: 1982,
    tier: 'medium',
    lifts: 0,
    water: false,
    asbestos: true,
    homes: 16,
    fraDaysAgo: 690,
  },
  { estate: 'Riverside Estate', name: 'Elm Walk', storeys: 3, built: 2009, tier: 'low', lifts: 0, water: false, asbestos: false, homes: 12, fraDaysAgo: 300 },
  {
    estate: 'Southbank Estate',
    name: 'Fenwick Tower',
    storeys: 18,
    built: 1966,
    tier: 'high',
    lifts: 2,
    water: true,
    asbestos: true,
    homes: 68,
    fraDaysAgo: 200,
  },
];

export async function loadStockDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>): Promise<number> {
  const { today, now } = ctx;
  const ago = (days: number) => addDays(today, -days);
  const estates = new Map<string, number>();
  let uprn = 100023000000;
  let homes = 0;
  let ref = 0;
  // Each check comes with the ones before it (at least 18 months of them), so that the measures at
  // the last year end and the month-by-month trend have a history too.
  // `lapse` months more between the last check and the one before it leave a gap in cover.
  const cert = async (
    checkType: CheckType,
    done: string,
    months: number,
    target: { dwelling_id?: number; block_id?: number; lift_id?: number },
    outcome: CertificateRow['outcome'] = 'satisfactory',
    lapse = 0,
  ) => {
    for (let k = Math.max(1, Math.ceil(18 / months)); k >= 1; k--) await one(checkType, addMonths(done, -k * months - lapse), months, target, 'satisfactory');
    await one(checkType, done, months, target, outcome);
  };
  // A few gas checks lapsed over the last year end and were done three weeks after it, so that the
  // regulator's measures at 31 March are not all 100%.
  const yearEnd = lastYearEnd(today);
  const lateAfterYearEnd = addDays(yearEnd, 21) < ago(30) ? addDays(yearEnd, 21) : null;
  const one = async (
    checkType: CheckType,
    done: string,
    months: number,
    target: { dwelling_id?: number; block_id?: number; lift_id?: number },
    outcome: CertificateRow['outcome'],
  ) => {
    ref++;
    await db
      .insertInto('certificates')
      .values({
        check_type: checkType,
        dwelling_id: target.dwelling_id ?? null,
        block_id: target.block_id ?? null,
        lift_id: target.lift_id ?? null,
        date_done: done,
        expiry_date: addMonths(done, months),
        expiry_given: 0,
        outcome,
        eicr_codes: '',
        contractor: checkType === 'GAS' ? 'Warmhome Gas Services' : checkType === 'LIFT' ? 'Ascent Lift Engineers' : 'Northgate Safety Consultants',
        reference: `DEMO-${checkType}-${String(ref).padStart(5, '0')}`,
        evidence_path: '',
        created_at: now,
        updated_at: now,
      })
      .execute();
  };
  for (const [bi, b] of BLOCKS.entries()) {
    if (!estates.has(b.estate)) {
      const e = await db.insertInto('estates').values({ name: b.estate, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
      await writeAudit(db, ctx, { entity: 'estate', entityId: e.id, action: 'create', label: b.estate, after: { name: b.estate } });
      estates.set(b.estate, e.id);
    }
    const block = await db
      .insertInto('blocks')
      .values({
        estate_id: estates.get(b.estate)!,
        name: b.name,
        storeys: b.storeys,
        year_built: b.built,
        fire_risk_tier: b.tier,
        passenger_lifts: b.lifts,
        communal_water: b.water ? 1 : 0,
        asbestos_present: b.asbestos ? 1 : 0,
        communal_electrics: 1,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'block', entityId: block.id, action: 'create', label: b.name, after: block });
    const fraMonths = { high: 12, medium: 24, low: 36 }[b.tier];
    await cert('FRA', ago(b.fraDaysAgo), fraMonths, { block_id: block.id });
    await cert('EICR', ago(300 + bi * 200), 60, { block_id: block.id });
    if (b.water) await cert('WATER', ago(bi === 2 ? 740 : 200 + bi * 30), 24, { block_id: block.id });
    if (b.asbestos) await cert('ASBESTOS', ago(bi === 5 ? 350 : 100 + bi * 20), 12, { block_id: block.id });
    for (let n = 1; n <= b.lifts; n++) {
      const lift = await db
        .insertInto('lifts')
        .values({ block_id: block.id, number: n, name: `Lift ${n}`, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await cert('LIFT', ago(bi === 5 && n === 2 ? 200 : 40 + n * 30), 6, { block_id: block.id, lift_id: lift.id });
    }
    for (let h = 1; h <= b.homes; h++) {
      uprn++;
      const tenure = h % 9 === 0 ? 'leaseholder' : h % 13 === 0 ? 'shared_ownership' : 'tenant';
      const gas = b.built < 2000 && h % 4 !== 0;
      const home = await db
        .insertInto('dwellings')
        .values({
          uprn: String(uprn),
          address: `${h} ${b.name}, ${b.estate}`,
          block_id: block.id,
          tenure,
          has_gas: gas ? 1 : 0,
          active: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      homes++;
      if (gas && tenure !== 'leaseholder') {
        // most in date; every 23rd overdue; every 31st overdue with a no-access visit; a few expiring within 30 days
        const daysAgo = h % 23 === 0 ? 400 : h % 31 === 0 ? 380 : h % 11 === 0 ? 350 : 30 + ((h * 37) % 300);
        if (h % 17 === 0 && lateAfterYearEnd) await cert('GAS', lateAfterYearEnd, 12, { dwelling_id: home.id }, 'satisfactory', 2);
        else await cert('GAS', ago(daysAgo), 12, { dwelling_id: home.id });
        if (h % 31 === 0) {
          await db
            .insertInto('no_access_visits')
            .values({
              check_type: 'GAS',
              dwelling_id: home.id,
              block_id: null,
              visit_date: ago(5),
              notes: 'Card left; second attempt booked',
              created_at: now,
              updated_at: now,
            })
            .execute();
        }
      }
      if (tenure !== 'leaseholder') await cert('EICR', ago(100 + ((h * 53) % 1700)), 60, { dwelling_id: home.id });
    }
  }
  return homes;
}
