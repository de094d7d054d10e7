import type { IsoDate } from '../domain/dates';
import type { Aggregation, ComputedSource, Direction, FinancialYear, Frequency, MeasureStatus, MeasureUnit, Polarity } from '../domain/measures';

export interface Measure {
  id: number;
  code: string;
  name: string;
  definition: string;
  unit: MeasureUnit;
  polarity: Polarity;
  frequency: Frequency;
  aggregation: Aggregation;
  ownerId: number | null;
  ownerName: string | null;
  source: string;
  public: boolean;
  /** null: typed or imported */
  computedFrom: ComputedSource | null;
  builtIn: boolean;
}

export interface MeasureTarget {
  measureId: number;
  year: FinancialYear;
  target: number;
  tolerance: number;
}

export interface MeasureValue {
  measureId: number;
  /** 2025-10, 2025-Q3 or 2025/26 */
  period: string;
  periodEnd: IsoDate;
  year: FinancialYear;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  computed: boolean;
}

export interface MeasureDetail extends Measure {
  targets: MeasureTarget[];
  values: MeasureValue[];
}

export interface ScorecardRow {
  measureId: number;
  code: string;
  name: string;
  unit: MeasureUnit;
  polarity: Polarity;
  computed: boolean;
  /** last year's figure to the same point in the year */
  lastYear: number | null;
  /** last year's figure for the whole year */
  lastYearFull: number | null;
  /** this year to date */
  thisYear: number | null;
  target: number | null;
  tolerance: number | null;
  status: MeasureStatus | null;
  direction: Direction | null;
  /** each month of the year to date, for the sparkline (null: no value) */
  months: { month: string; value: number | null }[];
}

export interface Scorecard {
  year: FinancialYear;
  /** the last month counted: the period asked for, else the year's last month or this month */
  upTo: string;
  rows: ScorecardRow[];
}

export interface RecomputeResult {
  year: FinancialYear;
  /** values written (each measure x month end) */
  written: number;
}
