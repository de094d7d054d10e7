import type { Handlers } from '../core/handlers';
import { writeAudit } from '../core/audit';
import { notFound } from '../core/errors';
import { assertTeamExists, getPerson, getPersonRow, getTeam, insertTeam, listPeople, listTeams, renameTeam } from './peopleRepo';

export const peopleHandlers: Handlers<'teams.list' | 'teams.create' | 'teams.update' | 'people.list' | 'people.create' | 'people.update'> = {
  'teams.list': async (_i, ctx) => listTeams(ctx.db),

  'teams.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await insertTeam(trx, input.name, ctx.now);
      await writeAudit(trx, ctx, { entity: 'team', entityId: id, action: 'create', label: input.name, after: { name: input.name } });
      return getTeam(trx, id);
    }),

  'teams.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await getTeam(trx, input.id);
      const name = input.patch.name ?? before.name;
      await renameTeam(trx, input.id, name, ctx.now);
      await writeAudit(trx, ctx, { entity: 'team', entityId: input.id, action: 'update', label: name, before: { name: before.name }, after: { name } });
      return getTeam(trx, input.id);
    }),

  'people.list': async (_i, ctx) => listPeople(ctx.db),

  'people.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await assertTeamExists(trx, input.teamId, 'teamId');
      const row = await trx
        .insertInto('people')
        .values({
          name: input.name,
          job_title: input.jobTitle,
          team_id: input.teamId,
          email: input.email,
          active: input.active ? 1 : 0,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, ctx, { entity: 'person', entityId: row.id, action: 'create', label: row.name, after: row });
      return getPerson(trx, row.id);
    }),

  'people.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await getPersonRow(trx, input.id);
      if (!before) throw notFound('The person');
      const p = input.patch;
      await assertTeamExists(trx, p.teamId, 'teamId');
      await trx
        .updateTable('people')
        .set({
          ...(p.name !== undefined && { name: p.name }),
          ...(p.jobTitle !== undefined && { job_title: p.jobTitle }),
          ...(p.teamId !== undefined && { team_id: p.teamId }),
          ...(p.email !== undefined && { email: p.email }),
          ...(p.active !== undefined && { active: p.active ? 1 : 0 }),
          updated_at: ctx.now,
        })
        .where('id', '=', input.id)
        .execute();
      const after = await getPersonRow(trx, input.id);
      await writeAudit(trx, ctx, { entity: 'person', entityId: input.id, action: 'update', label: after!.name, before, after });
      return getPerson(trx, input.id);
    }),
};
