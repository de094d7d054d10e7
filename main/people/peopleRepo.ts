import type { Person, Team } from '../../shared/contract';
import type { Db, ReadDb } from '../core/context';
import { invalid, notFound } from '../core/errors';

export async function listTeams(db: ReadDb): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams')
    .select((eb) => [
      'teams.id',
      'teams.name',
      eb
        .selectFrom('people')
        .whereRef('people.team_id', '=', 'teams.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('peopleCount'),
    ])
    .orderBy('teams.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, peopleCount: Number(r.peopleCount ?? 0) }));
}

export async function getTeam(db: ReadDb, id: number): Promise<Team> {
  const team = (await listTeams(db)).find((t) => t.id === id);
  if (!team) throw notFound('The team');
  return team;
}

export async function insertTeam(db: Db, name: string, now: string): Promise<number> {
  await assertTeamNameFree(db, name, null);
  const row = await db.insertInto('teams').values({ name, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function renameTeam(db: Db, id: number, name: string, now: string): Promise<void> {
  await assertTeamNameFree(db, name, id);
  const r = await db.updateTable('teams').set({ name, updated_at: now }).where('id', '=', id).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound('The team');
}

/** Compared in JS: SQLite's lower() folds only ASCII letters, so "Équipe" and "équipe" would slip by. */
export const sameName = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'accent' }) === 0;

async function assertTeamNameFree(db: ReadDb, name: string, exceptId: number | null) {
  const teams = await db.selectFrom('teams').select(['id', 'name']).execute();
  const clash = teams.find((t) => t.id !== exceptId && (sameName(t.name, name) || t.name === name));
  if (clash) throw invalid('name', `There is already a team called ${clash.name}.`);
}

export async function assertTeamExists(db: ReadDb, id: number | null | undefined, field: string): Promise<void> {
  if (id === null || id === undefined) return;
  const row = await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid(field, `There is no team with id ${id}. Choose a team from the list.`);
}

const personSelect = (db: ReadDb) =>
  db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .leftJoin('people as manager', 'manager.id', 'people.line_manager_id')
    .leftJoin('job_roles', 'job_roles.id', 'people.job_role_id')
    .select([
      'people.id',
      'people.name',
      'people.job_title',
      'people.team_id',
      'teams.name as team_name',
      'people.email',
      'people.active',
      'people.start_date',
      'people.leave_date',
      'people.line_manager_id',
      'manager.name as line_manager_name',
      'people.job_role_id',
      'job_roles.name as job_role_name',
    ]);

type PersonRow = Awaited<ReturnType<ReturnType<typeof personSelect>['executeTakeFirstOrThrow']>>;

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  jobTitle: r.job_title,
  teamId: r.team_id,
  teamName: r.team_name,
  email: r.email,
  active: r.active === 1,
  startDate: r.start_date,
  leaveDate: r.leave_date,
  lineManagerId: r.line_manager_id,
  lineManagerName: r.line_manager_name,
  jobRoleId: r.job_role_id,
  jobRoleName: r.job_role_name,
});

export async function listPeople(db: ReadDb): Promise<Person[]> {
  return (await personSelect(db).orderBy('people.name').execute()).map(toPerson);
}

export async function getPerson(db: ReadDb, id: number): Promise<Person> {
  const row = await personSelect(db).where('people.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The person');
  return toPerson(row);
}

export async function getPersonRow(db: ReadDb, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function assertJobRoleExists(db: ReadDb, id: number | null | undefined, field: string): Promise<void> {
  if (id === null || id === undefined) return;
  const row = await db.selectFrom('job_roles').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid(field, `There is no job role with id ${id}. Choose a job role from the list.`);
}

/** A person's employment as it would be saved: the leave date not before the start, a line manager other than themselves. */
export async function assertEmployment(
  db: ReadDb,
  personId: number | null,
  p: { startDate: string | null; leaveDate: string | null; lineManagerId: number | null | undefined },
): Promise<void> {
  if (p.startDate && p.leaveDate && p.leaveDate < p.startDate) throw invalid('leaveDate', 'The leave date cannot be before the start date.');
  if (p.lineManagerId === null || p.lineManagerId === undefined) return;
  if (p.lineManagerId === personId) throw invalid('lineManagerId', 'A person cannot be their own line manager.');
  const row = await db.selectFrom('people').select('id').where('id', '=', p.lineManagerId).executeTakeFirst();
  if (!row) throw invalid('lineManagerId', `There is no person with id ${p.lineManagerId}. Choose a line manager from the list of people.`);
}

/** Owners must be people on the list, and active ones when newly assigned. */
export async function assertPersonExists(db: ReadDb, id: number | null | undefined, field: string): Promise<void> {
  if (id === null || id === undefined) return;
  const row = await db.selectFrom('people').select(['id', 'active', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid(field, `There is no person with id ${id}. Choose an owner from the list of people.`);
  if (row.active !== 1) throw invalid(field, `${row.name} is marked as inactive. Choose someone who is still in post.`);
}
