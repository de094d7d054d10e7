import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { notFound } from '../core/errors';
import {
  assertEmployment,
  assertJobRoleExists,
  assertTeamExists,
  getPerson,
  getPersonRow,
  getTeam,
  insertTeam,
  listPeople,
  listTeams,
  renameTeam,
} from './peopleRepo';

export const peopleHandlers: Handlers<'teams.list' | 'teams.create' | 'teams.update' | 'people.list' | 'people.create' | 'people.update'> = {
  'teams.list': query(async (_i, ctx) => listTeams(ctx.db)),

  'teams.create': mutation(async (input, ctx) => {
    const id = await insertTeam(ctx.db, input.name, ctx.now);
    await ctx.audit({ entity: 'team', entityId: id, action: 'create', label: input.name, after: { name: input.name } });
    return getTeam(ctx.db, id);
  }),

  'teams.update': mutation(async (input, ctx) => {
    const before = await getTeam(ctx.db, input.id);
    const name = input.patch.name ?? before.name;
    await renameTeam(ctx.db, input.id, name, ctx.now);
    await ctx.audit({ entity: 'team', entityId: input.id, action: 'update', label: name, before: { name: before.name }, after: { name } });
    return getTeam(ctx.db, input.id);
  }),

  'people.list': query(async (_i, ctx) => listPeople(ctx.db)),

  'people.create': mutation(async (input, ctx) => {
    await assertTeamExists(ctx.db, input.teamId, 'teamId');
    await assertJobRoleExists(ctx.db, input.jobRoleId, 'jobRoleId');
    await assertEmployment(ctx.db, null, input);
    const row = await ctx.db
      .insertInto('people')
      .values({
        name: input.name,
        job_title: input.jobTitle,
        team_id: input.teamId,
        email: input.email,
        active: input.active ? 1 : 0,
        start_date: input.startDate,
        leave_date: input.leaveDate,
        line_manager_id: input.lineManagerId,
        job_role_id: input.jobRoleId,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'person', entityId: row.id, action: 'create', label: row.name, after: row });
    return getPerson(ctx.db, row.id);
  }),

  'people.update': mutation(async (input, ctx) => {
    const before = await getPersonRow(ctx.db, input.id);
    if (!before) throw notFound('The person');
    const p = input.patch;
    await assertTeamExists(ctx.db, p.teamId, 'teamId');
    await assertJobRoleExists(ctx.db, p.jobRoleId, 'jobRoleId');
    await assertEmployment(ctx.db, input.id, {
      startDate: p.startDate === undefined ? before.start_date : p.startDate,
      leaveDate: p.leaveDate === undefined ? before.leave_date : p.leaveDate,
      lineManagerId: p.lineManagerId,
    });
    await ctx.db
      .updateTable('people')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.jobTitle !== undefined && { job_title: p.jobTitle }),
        ...(p.teamId !== undefined && { team_id: p.teamId }),
        ...(p.email !== undefined && { email: p.email }),
        ...(p.active !== undefined && { active: p.active ? 1 : 0 }),
        ...(p.startDate !== undefined && { start_date: p.startDate }),
        ...(p.leaveDate !== undefined && { leave_date: p.leaveDate }),
        ...(p.lineManagerId !== undefined && { line_manager_id: p.lineManagerId }),
        ...(p.jobRoleId !== undefined && { job_role_id: p.jobRoleId }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    const after = await getPersonRow(ctx.db, input.id);
    await ctx.audit({ entity: 'person', entityId: input.id, action: 'update', label: after!.name, before, after });
    return getPerson(ctx.db, input.id);
  }),
};
