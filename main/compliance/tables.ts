import type { CheckType } from '../../shared/domain/compliance';

export interface CheckIntervalsTable {
  /** a check type, or for fire risk assessments FRA and the block's tier ("FRA:high") */
  code: string;
  months: number;
}

export interface CheckOwnersTable {
  check_type: CheckType;
  person_id: number;
  updated_at: string;
}
