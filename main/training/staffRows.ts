import type { ReadDb } from '../core/context';

/**
 * People with what the training views show beside a name: team, job role and line manager (each
 * by name). The caller adds its own columns and conditions.
 */
export function staffRows(db: ReadDb) {
  return db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .leftJoin('job_roles', 'job_roles.id', 'people.job_role_id')
    .leftJoin('people as manager', 'manager.id', 'people.line_manager_id')
    .select([
      'people.id',
      'people.name',
      'people.start_date',
      'teams.name as team_name',
      'job_roles.name as job_role_name',
      'manager.name as line_manager_name',
    ]);
}
