import type { Generated } from 'kysely';
import type { Timestamps } from '../db/columns';

export interface JobRolesTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface CoursesTable extends Timestamps {
  id: Generated<number>;
  name: string;
  category: string;
  provider: string;
  /** months until it must be done again; null for a course done once only */
  refresh_months: number | null;
  /** 1 or 0 */
  mandatory: number;
  /** the policy the course teaches: a new version approved puts everyone on notice */
  policy_id: number | null;
  policy_refresh_days: number;
}

export interface CourseRequirementsTable extends Timestamps {
  id: Generated<number>;
  job_role_id: number;
  course_id: number;
  /** null: every team */
  team_id: number | null;
}

export interface TrainingCompletionsTable extends Timestamps {
  id: Generated<number>;
  person_id: number;
  course_id: number;
  date_completed: string;
  /** the day it runs out (null for a once-only course): as given, else worked out from the course's interval */
  expiry_date: string | null;
  /** 1 when the expiry was given with the record; 0 when worked out (and worked out again if the interval changes) */
  expiry_given: number;
  /** a file path or reference to the certificate */
  evidence: string;
}

export interface TrainingWaiversTable extends Timestamps {
  id: Generated<number>;
  person_id: number;
  course_id: number;
  reason: string;
  agreed_on: string;
  until_date: string;
  agreed_by: string;
}
