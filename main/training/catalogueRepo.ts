import type { Course, CourseRequirement, JobRole } from '../../shared/contract';
import type { ReadDb } from '../core/context';
import { invalid, notFound } from '../core/errors';
import { sameName } from '../people/peopleRepo';

// Reads of the training catalogue: job roles, courses and which roles need which course.

export async function listJobRoles(db: ReadDb): Promise<JobRole[]> {
  const rows = await db
    .selectFrom('job_roles')
    .select((eb) => [
      'job_roles.id',
      'job_roles.name',
      eb
        .selectFrom('people')
        .whereRef('people.job_role_id', '=', 'job_roles.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('peopleCount'),
    ])
    .orderBy('job_roles.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, peopleCount: Number(r.peopleCount ?? 0) }));
}

export async function getJobRole(db: ReadDb, id: number): Promise<JobRole> {
  const role = (await listJobRoles(db)).find((r) => r.id === id);
  if (!role) throw notFound('The job role');
  return role;
}

/** Names are compared as a person reads them ("Housing Officer" and "housing officer" are one role). */
export async function assertNameFree(db: ReadDb, table: 'job_roles' | 'courses', name: string, exceptId: number | null, what: string) {
  const rows = await db.selectFrom(table).select(['id', 'name']).execute();
  const clash = rows.find((r) => r.id !== exceptId && sameName(r.name, name));
  if (clash) throw invalid('name', `There is already ${what} called ${clash.name}.`);
}

const courseSelect = (db: ReadDb) =>
  db
    .selectFrom('courses')
    .leftJoin('policies', 'policies.id', 'courses.policy_id')
    .select([
      'courses.id',
      'courses.name',
      'courses.category',
      'courses.provider',
      'courses.refresh_months',
      'courses.mandatory',
      'courses.policy_id',
      'policies.title as policy_title',
      'courses.policy_refresh_days',
    ]);

type CourseRow = Awaited<ReturnType<ReturnType<typeof courseSelect>['executeTakeFirstOrThrow']>>;

const toCourse = (r: CourseRow): Course => ({
  id: r.id,
  name: r.name,
  category: r.category,
  provider: r.provider,
  refreshMonths: r.refresh_months,
  mandatory: r.mandatory === 1,
  policyId: r.policy_id,
  policyTitle: r.policy_title,
  policyRefreshDays: r.policy_refresh_days,
});

export async function listCourses(db: ReadDb): Promise<Course[]> {
  return (await courseSelect(db).orderBy('courses.category').orderBy('courses.name').execute()).map(toCourse);
}

export async function getCourse(db: ReadDb, id: number): Promise<Course> {
  const row = await courseSelect(db).where('courses.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The course');
  return toCourse(row);
}

export async function courseRow(db: ReadDb, id: number, field = 'courseId') {
  const row = await db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid(field, `There is no course with id ${id}. Choose a course from the list.`);
  return row;
}

const requirementSelect = (db: ReadDb) =>
  db
    .selectFrom('course_requirements as r')
    .innerJoin('job_roles', 'job_roles.id', 'r.job_role_id')
    .innerJoin('courses', 'courses.id', 'r.course_id')
    .leftJoin('teams', 'teams.id', 'r.team_id')
    .select(['r.id', 'r.job_role_id', 'job_roles.name as job_role_name', 'r.course_id', 'courses.name as course_name', 'r.team_id', 'teams.name as team_name']);

type RequirementRow = Awaited<ReturnType<ReturnType<typeof requirementSelect>['executeTakeFirstOrThrow']>>;

const toRequirement = (r: RequirementRow): CourseRequirement => ({
  id: r.id,
  jobRoleId: r.job_role_id,
  jobRoleName: r.job_role_name,
  courseId: r.course_id,
  courseName: r.course_name,
  teamId: r.team_id,
  teamName: r.team_name,
});

export async function listRequirements(db: ReadDb): Promise<CourseRequirement[]> {
  return (await requirementSelect(db).orderBy('job_roles.name').orderBy('courses.name').orderBy('teams.name').execute()).map(toRequirement);
}

export async function getRequirement(db: ReadDb, id: number): Promise<CourseRequirement> {
  const row = await requirementSelect(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The requirement');
  return toRequirement(row);
}
