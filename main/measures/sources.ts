import { formatMonth } from '../../shared/domain/dates';
import type { ComputedSource } from '../../shared/domain/measures';
import { lastDay, type Month } from '../../shared/domain/months';
import { complaintsSource } from '../complaints/measureSource';
import { buildingSafetyMeasures } from '../compliance/measures';
import type { ReadDb } from '../core/context';
import { trainingSettings } from '../settings/settingsRepo';
import { trainingSummary } from '../training/summaryRepo';
import { count } from '../../shared/domain/plural';

/** One worked-out figure for one month: a share (numerator of denominator) and how it was got. */
export interface ComputedValue {
  value: number;
  numerator: number;
  denominator: number;
  note: string;
}

/**
 * Where computed measures come from: each source gives, for one month, its figures keyed by the
 * measure's `computed_key` (BS01 … BS05; mandatory; CH01-S1 …).
 */
export interface MeasureSource {
  month(db: ReadDb, month: Month): Promise<Record<string, ComputedValue>>;
}

/** "31 October 2025" */
const monthEndWords = (month: Month) => `${Number(lastDay(month).slice(8))} ${formatMonth(month)}`;

/** BS01-BS05 as at the month's last day, by the compliance register's own SQL (one call per month end). */
const complianceSource: MeasureSource = {
  async month(db, month) {
    const m = await buildingSafetyMeasures(db, lastDay(month));
    const out: Record<string, ComputedValue> = {};
    for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) {
      const f = m[code];
      if (f.percent === null) continue;
      out[code] = {
        value: f.percent,
        numerator: f.compliant,
        denominator: f.requiring,
        note: `Worked out from the compliance register as at ${monthEndWords(month)}: ${count(f.compliant)} of ${count(f.requiring)} homes.`,
      };
    }
    return out;
  },
};

/** Mandatory courses in date or waived, from the training matrix as at the month's last day. */
const trainingSource: MeasureSource = {
  async month(db, month): Promise<Record<string, ComputedValue>> {
    const s = await trainingSummary(db, lastDay(month), await trainingSettings(db));
    const f = s.mandatory;
    if (f.percent === null) return {};
    return {
      mandatory: {
        value: f.percent,
        numerator: f.compliant,
        denominator: f.required,
        note: `Worked out from the training matrix as at ${monthEndWords(month)}: ${count(f.compliant)} of ${count(f.required)} mandatory course places in date or waived.`,
      },
    };
  },
};

/** Every source the measures screen offers has its reader: a missing one is a compile error. */
export const MEASURE_SOURCES: Record<ComputedSource, MeasureSource> = {
  compliance: complianceSource,
  training: trainingSource,
  complaints: complaintsSource,
};
