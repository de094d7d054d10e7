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
  /** null: worked out from the course's refresh interval */
  expiry_date: string | null;
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
