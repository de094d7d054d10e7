import type { Generated } from 'kysely';
import type { ComplaintOutcome, ComplaintStage, ComplaintTenure } from '../../shared/domain/complaints';
import type { Timestamps } from '../db/columns';

export interface ComplaintStagesTable extends Timestamps {
  id: Generated<number>;
  reference: string;
  stage: ComplaintStage;
  received: string;
  acknowledged: string | null;
  /** as recorded; only up to the stage's limit counts */
  extension_days: number;
  responded: string | null;
  tenure: ComplaintTenure;
  service_area: string;
  outcome: ComplaintOutcome | null;
  compensation_pence: number | null;
  // worked out by shared/domain/complaints.ts when written, and again when the non-working days change
  acknowledgement_due: string;
  response_due: string;
  /** 1 or 0; null while no response is recorded */
  on_time: number | null;
  /** working days after the due day; null while no response is recorded */
  days_late: number | null;
}

/** The landlord's own non-working days (office closures), besides weekends and bank holidays. */
export interface NonWorkingDaysTable extends Timestamps {
  id: Generated<number>;
  date: string;
  name: string;
}

/** A financial year's social homes, given by the user, for CH01 per 1,000 homes. */
export interface ComplaintYearHomesTable extends Timestamps {
  id: Generated<number>;
  /** 2024/25 */
  year: string;
  social_homes: number;
}
