import { addMonths, type IsoDate } from '../../shared/domain/dates';
import { financialYearOf, previousYear, ratioValue, type Aggregation, type MeasureUnit, type Polarity } from '../../shared/domain/measures';
import { firstDay, lastDay } from '../../shared/domain/months';
import { timeOf, type GenerateCtx } from './context';
import type { Prng } from './prng';

// Targets for last year, this year and next for every measure, and two years of monthly values for
// the measures typed in or imported (ratio measures with their numerator and denominator, sums and
// averages scaled to the landlord's size). Measures worked out from another register are left to
// the app, which works them out from the registers ("Work out the computed measures again").

interface MeasureRow {
  id: number;
  code: string;
  unit: MeasureUnit;
  polarity: Polarity;
  frequency: 'monthly' | 'quarterly' | 'annual';
  aggregation: Aggregation;
  computed_from: string | null;
}

/** A plausible target for the measure, and the spread its monthly values wander in around it. */
function targetOf(m: MeasureRow, homes: number): { target: number; tolerance: number } {
  if (m.unit === 'percent') return m.polarity === 'higher' ? { target: 95, tolerance: 3 } : { target: 10, tolerance: 2 };
  if (m.unit === 'days') return { target: 8, tolerance: 1 };
  if (m.unit === 'per_1000_homes') return { target: 3, tolerance: 0.5 };
  if (m.unit === 'pounds') return { target: Math.round(homes * 0.5), tolerance: Math.round(homes * 0.1) };
  return { target: Math.max(1, Math.round(homes / 1000)), tolerance: 1 };
}

export function generateMeasures(ctx: GenerateCtx, rng: Prng): { values: number } {
  const { sqlite, write, today, sizes } = ctx;
  const measures = sqlite.prepare('select id, code, unit, polarity, frequency, aggregation, computed_from from measures order by id').all() as MeasureRow[];
  const thisYear = financialYearOf(today);
  const years = [previousYear(previousYear(thisYear)), previousYear(thisYear), thisYear];
  let values = 0;
  for (const m of measures) {
    const t = targetOf(m, sizes.homes);
    for (const year of years) {
      const row = { measure_id: m.id, year, target: t.target, tolerance: t.tolerance };
      const at = timeOf(ctx, rng, `${year.slice(0, 4)}-03-20` < today ? `${year.slice(0, 4)}-03-20` : today);
      write.create('measure_targets', at, row, { entity: 'measure_target', label: `${m.code} target for ${year}`, parent: { entity: 'measure', id: m.id } });
    }
    if (m.computed_from || m.frequency !== 'monthly') continue;
    for (let k = 24; k >= 1; k--) {
      const month = addMonths(`${today.slice(0, 7)}-01`, -k).slice(0, 7);
      const end: IsoDate = lastDay(month);
      const wander = (rng.next() - 0.5) * 2 * t.tolerance * 1.5;
      let value = Math.max(0, Math.round((t.target + wander) * 10) / 10);
      let numerator: number | null = null;
      let denominator: number | null = null;
      if (m.aggregation === 'ratio') {
        denominator = Math.max(1, Math.round((sizes.homes / 20) * (0.8 + rng.next() * 0.4)));
        const share = m.unit === 'percent' ? Math.min(100, value) / 100 : value / 1000;
        numerator = Math.min(denominator, Math.round(denominator * share));
        const v = ratioValue(numerator, denominator, m.unit);
        if (!v.ok) throw new Error(`${m.code} ${month}: ${v.message}`);
        value = v.value;
      } else if (m.unit === 'percent') value = Math.min(100, value);
      const row = {
        measure_id: m.id,
        period: month,
        period_start: firstDay(month),
        period_end: end,
        year: financialYearOf(firstDay(month)),
        value,
        numerator,
        denominator,
        note: '',
        computed: 0,
      };
      write.create('measure_values', timeOf(ctx, rng, end, 15), row, {
        entity: 'measure_value',
        label: `${m.code} ${month}`,
        parent: { entity: 'measure', id: m.id },
      });
      values++;
    }
  }
  return { values };
}
