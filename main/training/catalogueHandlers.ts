import { completionExpiry } from '../../shared/domain/training';
import type { Handlers } from '../core/handlers';
import { invalid, notFound } from '../core/errors';
import { mutation, query } from '../core/mutation';
import type { MutationCtx } from '../core/mutation';
import { assertJobRoleExists, assertTeamExists } from '../people/peopleRepo';
import { assertNameFree, courseRow, getCourse, getJobRole, getRequirement, listCourses, listJobRoles, listRequirements } from './catalogueRepo';

async function assertPolicyExists(ctx: MutationCtx, id: number | null | undefined) {
  if (id === null || id === undefined) return;
  const row = await ctx.db.selectFrom('policies').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw invalid('policyId', `There is no policy with id ${id}. Choose a policy from the list.`);
}

/**
 * A course's refresh interval changed: every completion whose expiry was worked out from it (not
 * given with the record) is worked out again, in the same transaction. Returns how many changed.
 */
async function rederiveExpiries(ctx: MutationCtx, courseId: number, refreshMonths: number | null): Promise<number> {
  const rows = await ctx.db
    .selectFrom('training_completions')
    .select(['id', 'date_completed', 'expiry_date'])
    .where('course_id', '=', courseId)
    .where('expiry_given', '=', 0)
    .execute();
  let changed = 0;
  for (const r of rows) {
    const expiry = completionExpiry({ refreshMonths }, { dateCompleted: r.date_completed, expiryDate: null });
    if (expiry === r.expiry_date) continue;
    await ctx.db.updateTable('training_completions').set({ expiry_date: expiry, updated_at: ctx.now }).where('id', '=', r.id).execute();
    changed++;
  }
  return changed;
}

export const catalogueHandlers: Handlers<
  | 'jobRoles.list'
  | 'jobRoles.create'
  | 'jobRoles.update'
  | 'courses.list'
  | 'courses.create'
  | 'courses.update'
  | 'requirements.list'
  | 'requirements.add'
  | 'requirements.remove'
> = {
  'jobRoles.list': query(async (_i, ctx) => listJobRoles(ctx.db)),

  'jobRoles.create': mutation(async (input, ctx) => {
    await assertNameFree(ctx.db, 'job_roles', input.name, null, 'a job role');
    const row = await ctx.db
      .insertInto('job_roles')
      .values({ name: input.name, created_at: ctx.now, updated_at: ctx.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'job_role', entityId: row.id, action: 'create', label: row.name, after: row });
    return getJobRole(ctx.db, row.id);
  }),

  'jobRoles.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('job_roles').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The job role');
    const name = input.patch.name ?? before.name;
    await assertNameFree(ctx.db, 'job_roles', name, input.id, 'a job role');
    await ctx.db.updateTable('job_roles').set({ name, updated_at: ctx.now }).where('id', '=', input.id).execute();
    await ctx.audit({ entity: 'job_role', entityId: input.id, action: 'update', label: name, before: { name: before.name }, after: { name } });
    return getJobRole(ctx.db, input.id);
  }),

  'courses.list': query(async (_i, ctx) => listCourses(ctx.db)),

  'courses.create': mutation(async (input, ctx) => {
    await assertNameFree(ctx.db, 'courses', input.name, null, 'a course');
    await assertPolicyExists(ctx, input.policyId);
    const row = await ctx.db
      .insertInto('courses')
      .values({
        name: input.name,
        category: input.category,
        provider: input.provider,
        refresh_months: input.refreshMonths,
        mandatory: input.mandatory ? 1 : 0,
        policy_id: input.policyId,
        policy_refresh_days: input.policyRefreshDays,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'course', entityId: row.id, action: 'create', label: row.name, after: row });
    return getCourse(ctx.db, row.id);
  }),

  'courses.update': mutation(async (input, ctx) => {
    const before = await courseRow(ctx.db, input.id, 'id');
    const p = input.patch;
    if (p.name !== undefined) await assertNameFree(ctx.db, 'courses', p.name, input.id, 'a course');
    await assertPolicyExists(ctx, p.policyId);
    await ctx.db
      .updateTable('courses')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.category !== undefined && { category: p.category }),
        ...(p.provider !== undefined && { provider: p.provider }),
        ...(p.refreshMonths !== undefined && { refresh_months: p.refreshMonths }),
        ...(p.mandatory !== undefined && { mandatory: p.mandatory ? 1 : 0 }),
        ...(p.policyId !== undefined && { policy_id: p.policyId }),
        ...(p.policyRefreshDays !== undefined && { policy_refresh_days: p.policyRefreshDays }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    const after = await courseRow(ctx.db, input.id, 'id');
    const rederived = after.refresh_months === before.refresh_months ? 0 : await rederiveExpiries(ctx, input.id, after.refresh_months);
    // The audit row says how many completions' expiry dates the new interval moved.
    await ctx.audit({
      entity: 'course',
      entityId: input.id,
      action: 'update',
      label: after.name,
      before,
      after: { ...after, expiries_worked_out_again: rederived },
    });
    return getCourse(ctx.db, input.id);
  }),

  'requirements.list': query(async (_i, ctx) => listRequirements(ctx.db)),

  'requirements.add': mutation(async (input, ctx) => {
    await assertJobRoleExists(ctx.db, input.jobRoleId, 'jobRoleId');
    await courseRow(ctx.db, input.courseId);
    await assertTeamExists(ctx.db, input.teamId, 'teamId');
    let q = ctx.db.selectFrom('course_requirements').select('id').where('job_role_id', '=', input.jobRoleId).where('course_id', '=', input.courseId);
    q = input.teamId === null ? q.where('team_id', 'is', null) : q.where('team_id', '=', input.teamId);
    if (await q.executeTakeFirst()) throw invalid('courseId', 'This job role already needs this course (for that team).');
    const row = await ctx.db
      .insertInto('course_requirements')
      .values({ job_role_id: input.jobRoleId, course_id: input.courseId, team_id: input.teamId, created_at: ctx.now, updated_at: ctx.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const added = await getRequirement(ctx.db, row.id);
    await ctx.audit({
      entity: 'course_requirement',
      entityId: row.id,
      action: 'create',
      label: `${added.jobRoleName}: ${added.courseName}${added.teamName ? ` (${added.teamName})` : ''}`,
      after: row,
    });
    return added;
  }),

  'requirements.remove': mutation(async (input, ctx) => {
    const before = await getRequirement(ctx.db, input.id);
    await ctx.db.deleteFrom('course_requirements').where('id', '=', input.id).execute();
    await ctx.audit({
      entity: 'course_requirement',
      entityId: input.id,
      action: 'delete',
      label: `${before.jobRoleName}: ${before.courseName}${before.teamName ? ` (${before.teamName})` : ''}`,
      before,
    });
    return { id: input.id };
  }),
};
