import { type Kysely, sql } from 'kysely';
import { createStrictTable, withId, withTimestamps } from './helpers';

// The training matrix: job roles, the people's employment dates, line managers and roles, courses
// (optionally linked to the policy they teach), which roles need which course (for one team or
// all), completion records and waivers. Whether a cell is in date is worked out, never stored.
export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(withId(db, createStrictTable(db, 'job_roles')).addColumn('name', 'text', (c) => c.notNull().unique())).execute();

  await db.schema.alterTable('people').addColumn('start_date', 'text').execute();
  await db.schema.alterTable('people').addColumn('leave_date', 'text').execute();
  await db.schema
    .alterTable('people')
    .addColumn('line_manager_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('job_role_id', 'integer', (c) => c.references('job_roles.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('people_job_role').on('people').columns(['job_role_id', 'team_id']).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'courses'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('provider', 'text', (c) => c.notNull().defaultTo(''))
      // null: done once only
      .addColumn('refresh_months', 'integer', (c) => c.check(sql`refresh_months is null or refresh_months between 1 and 120`))
      .addColumn('mandatory', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`mandatory in (0, 1)`),
      )
      .addColumn('policy_id', 'integer', (c) => c.references('policies.id').onDelete('set null'))
      .addColumn('policy_refresh_days', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(60)
          .check(sql`policy_refresh_days between 1 and 365`),
      ),
  ).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'course_requirements'))
      .addColumn('job_role_id', 'integer', (c) => c.notNull().references('job_roles.id').onDelete('cascade'))
      .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
      // null: every team
      .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('cascade')),
  ).execute();
  // One requirement per role, course and team (every team counting as one team).
  await sql`create unique index course_requirements_once on course_requirements (job_role_id, course_id, coalesce(team_id, 0))`.execute(db);
  await db.schema.createIndex('course_requirements_course').on('course_requirements').column('course_id').execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'training_completions'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
      .addColumn('date_completed', 'text', (c) => c.notNull())
      // the day it runs out (null for a course done once only): as given, or worked out from the
      // course's refresh interval when recorded and again whenever the interval changes
      .addColumn('expiry_date', 'text')
      .addColumn('expiry_given', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`expiry_given in (0, 1)`),
      )
      .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
      .addCheckConstraint('training_completions_expiry_after', sql`expiry_date is null or expiry_date >= date_completed`),
  ).execute();
  await db.schema.createIndex('training_completions_cell').on('training_completions').columns(['person_id', 'course_id', 'date_completed']).execute();
  await db.schema.createIndex('training_completions_course').on('training_completions').columns(['course_id', 'date_completed']).execute();

  await withTimestamps(
    withId(db, createStrictTable(db, 'training_waivers'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('agreed_on', 'text', (c) => c.notNull())
      .addColumn('until_date', 'text', (c) => c.notNull())
      .addColumn('agreed_by', 'text', (c) => c.notNull())
      .addCheckConstraint('training_waivers_until_after', sql`until_date >= agreed_on`),
  ).execute();
  await db.schema.createIndex('training_waivers_cell').on('training_waivers').columns(['person_id', 'course_id', 'until_date']).execute();
}

// SQLite cannot drop a column that references another table, so going back leaves the people's
// four new columns in place (empty) and drops the rest.
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['training_waivers', 'training_completions', 'course_requirements', 'courses']) await db.schema.dropTable(t).execute();
  await db.updateTable('people').set({ job_role_id: null, line_manager_id: null, start_date: null, leave_date: null }).execute();
}
