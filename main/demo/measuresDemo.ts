import { writeAudit } from '../core/audit';
import type { Ctx, Db } from '../core/context';
import { addMonths } from '../../shared/domain/dates';
import { financialYearOf, monthsOfYear, parsePeriod, previousYear, ratioScale, type FinancialYear } from '../../shared/domain/measures';
import { firstDay, lastDay, monthOf } from '../../shared/domain/months';
import { recomputeYear } from '../measures/recompute';

// The demo's performance figures: last financial year and this one to date, month by month, for
// the measures nobody works out from a register, with figures like seeds 003 and 004 (calls
// answered 93.9% last year and about 88.7% this year against 95%; stage 1 responses down from
// 14.5 to about 10.4 working days against 10; an Ombudsman maladministration rate from 61% to
// 79%), from the year holding the month two years back. Targets for every year; then the
// computed measures worked out from the demo's registers.
// A fixed sequence gives the same figures on every load.

interface Profile {
  /** each month's typical figure last year and this year (for a ratio, the share in its unit) */
  last: number;
  now: number;
  /** how far a month strays either side */
  spread: number;
  /** a ratio measure's typical denominator a month */
  per?: number;
  /** whole numbers (counts, pounds) */
  whole?: boolean;
}

const PROFILES: Record<string, Profile> = {
  CALLS: { last: 93.9, now: 88.7, spread: 2.5, per: 9000 },
  'RP02-EM': { last: 97.5, now: 96.8, spread: 1.2, per: 600 },
  'RP02-NEM': { last: 84, now: 87.5, spread: 3, per: 2400 },
  NM01: { last: 2.2, now: 2, spread: 0.5 },
  'S1-DAYS': { last: 14.5, now: 10.4, spread: 1.5 },
  ESCALATION: { last: 18, now: 15, spread: 4, per: 140 },
  OVERTURNED: { last: 30, now: 26, spread: 8, per: 25 },
  UPHELD: { last: 78, now: 82.7, spread: 8, per: 25 },
  'HOS-DET': { last: 3, now: 4.3, spread: 2, whole: true },
  COMPENSATION: { last: 3800, now: 4600, spread: 1500, whole: true },
  COMPLIMENTS: { last: 22, now: 27, spread: 8, whole: true },
};

/**
 * Targets with their tolerance, the same every year. A summed measure's target is for the year's
 * total (the scorecard sets the year to date against it).
 */
const TARGETS: Record<string, [target: number, tolerance: number]> = {
  'CH01-S1': [80, 10],
  'CH01-S2': [25, 5],
  NM01: [30, 3],
  'HOS-DET': [40, 5],
  COMPENSATION: [45000, 5000],
  COMPLIMENTS: [250, 25],
  BS01: [100, 1],
  BS02: [100, 1],
  BS03: [100, 1],
  BS04: [100, 1],
  BS05: [100, 1],
  'CH02-S1': [90, 5],
  'CH02-S2': [90, 5],
  RP01: [10, 2],
  'RP02-EM': [98, 1],
  'RP02-NEM': [90, 3],
  CALLS: [95, 2],
  'S1-DAYS': [10, 1],
  ESCALATION: [12, 3],
  OVERTURNED: [20, 5],
  UPHELD: [60, 10],
  'HOS-MAL': [60, 10],
  TRAINING: [95, 5],
};

/** A fixed pseudo-random sequence (mulberry32). */
function sequence(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const nextYear = (year: FinancialYear): FinancialYear => {
  const y = Number(year.slice(0, 4)) + 1;
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
};

export async function loadMeasuresDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>): Promise<void> {
  const { now, today } = ctx;
  const thisYear = financialYearOf(today);
  // Whole financial years back to the one holding the month two years before last month, so that
  // every monthly measure has at least 24 months of values whatever the day.
  const years: FinancialYear[] = [financialYearOf(addMonths(firstDay(monthOf(today)), -24))];
  while (years.at(-1)! !== thisYear) years.push(nextYear(years.at(-1)!));
  const measures = await db.selectFrom('measures').select(['id', 'code', 'unit']).execute();
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const next = sequence(2026);

  const put = async (measureId: number, code: string, period: string, value: number, numerator: number | null, denominator: number | null) => {
    const p = parsePeriod(period);
    if (!p.ok) throw new Error(p.message);
    const row = await db
      .insertInto('measure_values')
      .values({
        measure_id: measureId,
        period: p.value.text,
        period_start: p.value.start,
        period_end: p.value.end,
        year: p.value.year,
        value,
        numerator,
        denominator,
        note: '',
        computed: 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'measure_value',
      entityId: row.id,
      action: 'create',
      label: `${code} ${p.value.text}`,
      after: row,
      parent: { entity: 'measure', id: measureId },
    });
  };

  const determinations = new Map<string, number>();
  for (const year of years) {
    const months = monthsOfYear(year).filter((m) => lastDay(m) < today);
    for (const [code, p] of Object.entries(PROFILES)) {
      const m = byCode.get(code)!;
      for (const month of months) {
        const typical = year === thisYear ? p.now : p.last;
        const figure = Math.max(0, typical + (next() * 2 - 1) * p.spread);
        if (p.per) {
          const denominator = Math.round(p.per * (0.85 + next() * 0.3));
          const numerator = Math.min(denominator, Math.round((figure / ratioScale(m.unit)) * denominator));
          await put(m.id, code, month, round1((numerator / denominator) * ratioScale(m.unit)), numerator, denominator);
        } else {
          const value = p.whole ? Math.round(figure) : round1(figure);
          if (code === 'HOS-DET') determinations.set(month, value);
          await put(m.id, code, month, value, null, null);
        }
      }
      // The maladministration rate is a share of the same month's determinations.
      if (code === 'HOS-DET') {
        const mal = byCode.get('HOS-MAL')!;
        for (const month of months) {
          const det = determinations.get(month)!;
          if (det === 0) continue;
          const found = Math.min(det, Math.round(det * ((year === thisYear ? 0.79 : 0.61) + (next() * 2 - 1) * 0.15)));
          await put(mal.id, 'HOS-MAL', month, round1((found / det) * 100), found, det);
        }
      }
    }
    // The Decent Homes figure is a year-end one: only for a year that has ended.
    if (year !== thisYear) await put(byCode.get('RP01')!.id, 'RP01', year, year === previousYear(thisYear) ? 12.4 : 14.1, null, null);
  }

  for (const year of years)
    for (const [code, [target, tolerance]] of Object.entries(TARGETS)) {
      const m = byCode.get(code)!;
      const row = await db
        .insertInto('measure_targets')
        .values({ measure_id: m.id, year, target, tolerance, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(db, ctx, {
        entity: 'measure_target',
        entityId: row.id,
        action: 'create',
        label: `${code} target for ${year}`,
        after: row,
        parent: { entity: 'measure', id: m.id },
      });
    }

  for (const year of years) await recomputeYear(db, year, ctx);
}
