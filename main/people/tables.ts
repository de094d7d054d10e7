import type { Generated } from 'kysely';
import type { Timestamps } from '../db/columns';

export interface TeamsTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface PeopleTable extends Timestamps {
  id: Generated<number>;
  name: string;
  job_title: string;
  team_id: number | null;
  email: string;
  /** 1 or 0 */
  active: number;
  /** employment dates: the training matrix counts a person from the first to the last day */
  start_date: Generated<string | null>;
  leave_date: Generated<string | null>;
  line_manager_id: Generated<number | null>;
  job_role_id: Generated<number | null>;
}
