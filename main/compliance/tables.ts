import type { Generated } from 'kysely';
import type { IntervalCode } from '../../shared/domain/certificateRules';
import type { CheckType } from '../../shared/domain/compliance';

export interface CheckIntervalsTable {
  /** a check type, or for fire risk assessments FRA and the block's tier ("FRA:high") */
  code: IntervalCode;
  months: number;
}

export interface CheckOwnersTable {
  check_type: CheckType;
  person_id: number;
  updated_at: string;
}

/** The trend's points as worked out, kept until a write that could change them (migration 014's triggers drop them). */
export interface ComplianceTrendPointsTable {
  check_type: CheckType;
  as_at: string;
  requiring: number;
  compliant: number;
  /** the position's homes due within 30, 60 and 90 days; null when only the trend kept the point */
  due30: number | null;
  due60: number | null;
  due90: number | null;
}

/** A home changed since the kept trend points were worked out, as it was then (migration 020; stockCarry.ts). */
export interface ComplianceHomesBeforeTable {
  home_id: number;
  /** 0: the home was added since */
  existed: number;
  active: number | null;
  tenure: string | null;
  has_gas: number | null;
  block_id: number | null;
}

/** A block changed since the kept trend points were worked out, as it was then (migration 021; stockCarry.ts). */
export interface ComplianceBlocksBeforeTable {
  block_id: number;
  /** 0: the block was added since */
  existed: number;
  passenger_lifts: number | null;
  communal_water: number | null;
  asbestos_present: number | null;
  communal_electrics: number | null;
}

/** A lift added, removed or moved since the kept trend points were worked out, as it was then (migration 021). */
export interface ComplianceLiftsBeforeTable {
  lift_id: number;
  /** 0: the lift was added since */
  existed: number;
  block_id: number | null;
}

/** Moved on by triggers (migration 018) whenever a write could change a check type's figures. */
export interface ComplianceVersionsTable {
  check_type: CheckType;
  version: number;
}

/** One row for each time the stock moved every version on (migration 022): the home and the blocks concerned. */
export interface ComplianceStockChangesTable {
  seq: Generated<number>;
  home_id: number | null;
  block_id: number | null;
  other_block_id: number | null;
}
