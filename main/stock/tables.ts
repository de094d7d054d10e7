import type { Generated } from 'kysely';
import type { CertificateRow } from '../../shared/contract';
import type { CheckType, FireRiskTier, RemedialPriority, Tenure } from '../../shared/domain/compliance';
import type { Timestamps } from '../db/columns';

// The database says dwelling where the screen says home.

export interface EstatesTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface BlocksTable extends Timestamps {
  id: Generated<number>;
  estate_id: number;
  name: string;
  storeys: number;
  year_built: number | null;
  fire_risk_tier: FireRiskTier;
  passenger_lifts: number;
  /** 1 or 0 */
  communal_water: number;
  /** 1 or 0 */
  asbestos_present: number;
  /** 1 or 0 */
  communal_electrics: number;
}

export interface LiftsTable extends Timestamps {
  id: Generated<number>;
  block_id: number;
  number: number;
  name: string;
}

export interface DwellingsTable extends Timestamps {
  id: Generated<number>;
  uprn: string;
  address: string;
  block_id: number | null;
  tenure: Tenure;
  /** 1 or 0 */
  has_gas: number;
  /** 1 or 0 */
  active: number;
}

export interface CertificatesTable extends Timestamps {
  id: Generated<number>;
  check_type: CheckType;
  dwelling_id: number | null;
  block_id: number | null;
  lift_id: number | null;
  date_done: string;
  expiry_date: string;
  /** 1 when the expiry was entered, 0 when worked out from the interval */
  expiry_given: number;
  outcome: CertificateRow['outcome'];
  eicr_codes: string;
  contractor: string;
  reference: string | null;
  evidence_path: string;
}

export interface NoAccessVisitsTable extends Timestamps {
  id: Generated<number>;
  check_type: CheckType;
  dwelling_id: number | null;
  block_id: number | null;
  visit_date: string;
  notes: string;
}

export interface RemedialActionsTable extends Timestamps {
  id: Generated<number>;
  certificate_id: number;
  description: string;
  priority: RemedialPriority;
  due_date: string;
  completed_date: string | null;
  owner_id: number | null;
}
