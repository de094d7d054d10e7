import type { Generated } from 'kysely';
import type { Aggregation, ComputedSource, Frequency, MeasureUnit, Polarity } from '../../shared/domain/measures';
import type { Timestamps } from '../db/columns';

export interface MeasuresTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  definition: string;
  unit: MeasureUnit;
  polarity: Polarity;
  frequency: Frequency;
  aggregation: Aggregation;
  owner_id: number | null;
  source: string;
  /** 1 or 0 */
  public: number;
  /** null: typed or imported */
  computed_from: ComputedSource | null;
  /** which figure of the source: BS01, CH02-S1, mandatory */
  computed_key: string | null;
  /** 1 for the measures the app ships with: their code and how they are worked out stay as shipped */
  built_in: number;
}

export interface MeasureTargetsTable extends Timestamps {
  id: Generated<number>;
  measure_id: number;
  /** a financial year, 2025/26 */
  year: string;
  target: number;
  tolerance: number;
}

export interface MeasureValuesTable extends Timestamps {
  id: Generated<number>;
  measure_id: number;
  /** 2025-10, 2025-Q3 or 2025/26 */
  period: string;
  period_start: string;
  period_end: string;
  year: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  /** 1 when worked out from another register */
  computed: number;
}
