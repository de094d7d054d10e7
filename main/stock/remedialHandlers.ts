import { remedialDueDate } from '../../shared/domain/compliance';
import type { Handlers } from '../core/handlers';
import { mutation } from '../core/mutation';
import { invalid, notFound } from '../core/errors';
import { assertPersonExists } from '../people/peopleRepo';
import { remedialsOf } from './stockRepo';

// Remedial actions a certificate calls for: added by hand (C1, C2 and FI codes raise theirs when the
// certificate is recorded), corrected, completed, removed.

export const remedialHandlers: Handlers<'remedials.create' | 'remedials.update' | 'remedials.complete' | 'remedials.delete'> = {
  'remedials.create': mutation(async (input, ctx) => {
    const cert = await ctx.db.selectFrom('certificates').select(['id', 'date_done', 'check_type']).where('id', '=', input.certificateId).executeTakeFirst();
    if (!cert) throw invalid('certificateId', 'There is no such certificate.');
    await assertPersonExists(ctx.db, input.ownerId, 'ownerId');
    const due = input.dueDate ?? remedialDueDate(input.priority, cert.date_done);
    if (due < cert.date_done) throw invalid('dueDate', 'The due date cannot be before the check that found the problem.');
    const row = await ctx.db
      .insertInto('remedial_actions')
      .values({
        certificate_id: cert.id,
        description: input.description,
        priority: input.priority,
        due_date: due,
        completed_date: null,
        owner_id: input.ownerId,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({
      entity: 'remedial',
      entityId: row.id,
      action: 'create',
      label: `${cert.check_type}: ${row.description}`,
      after: row,
      parent: { entity: 'certificate', id: cert.id },
    });
    return { id: row.id, dueDate: row.due_date };
  }),

  /** A new priority without a due date gives the priority's due date again. */
  'remedials.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('remedial_actions').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The remedial action');
    const cert = await ctx.db
      .selectFrom('certificates')
      .select(['id', 'date_done', 'check_type'])
      .where('id', '=', before.certificate_id)
      .executeTakeFirstOrThrow();
    const p = input.patch;
    const priority = p.priority ?? before.priority;
    if (p.ownerId !== undefined) await assertPersonExists(ctx.db, p.ownerId, 'ownerId');
    const due =
      p.dueDate ??
      (p.dueDate === null || (p.priority !== undefined && p.priority !== before.priority) ? remedialDueDate(priority, cert.date_done) : before.due_date);
    if (due < cert.date_done) throw invalid('dueDate', 'The due date cannot be before the check that found the problem.');
    const completed = p.completedDate !== undefined ? p.completedDate : before.completed_date;
    if (completed !== null && completed > ctx.today) throw invalid('completedDate', 'The completion date cannot be in the future.');
    if (completed !== null && completed < cert.date_done) throw invalid('completedDate', 'The work cannot be completed before the check that found it.');
    const values = {
      description: p.description ?? before.description,
      priority,
      due_date: due,
      owner_id: p.ownerId !== undefined ? p.ownerId : before.owner_id,
      completed_date: completed,
    };
    await ctx.db
      .updateTable('remedial_actions')
      .set({ ...values, updated_at: ctx.now })
      .where('id', '=', before.id)
      .execute();
    const { id: _id, certificate_id: _cid, created_at: _c, updated_at: _u, ...old } = before;
    await ctx.audit({
      entity: 'remedial',
      entityId: before.id,
      action: 'update',
      label: `${cert.check_type}: ${values.description}`,
      before: old,
      after: values,
      parent: { entity: 'certificate', id: cert.id },
    });
    const [row] = (await remedialsOf(ctx.db, [cert.id])).filter((r) => r.id === before.id);
    return row!;
  }),

  'remedials.complete': mutation(async (input, ctx) => {
    const before = await ctx.db
      .selectFrom('remedial_actions')
      .innerJoin('certificates', 'certificates.id', 'remedial_actions.certificate_id')
      .selectAll('remedial_actions')
      .select('certificates.date_done')
      .where('remedial_actions.id', '=', input.id)
      .executeTakeFirst();
    if (!before) throw invalid('id', 'There is no such remedial action.');
    if (input.completedDate > ctx.today) throw invalid('completedDate', 'The completion date cannot be in the future.');
    if (input.completedDate < before.date_done) throw invalid('completedDate', 'The work cannot be completed before the check that found it.');
    await ctx.db.updateTable('remedial_actions').set({ completed_date: input.completedDate, updated_at: ctx.now }).where('id', '=', input.id).execute();
    await ctx.audit({
      entity: 'remedial',
      entityId: input.id,
      action: 'update',
      label: before.description,
      before: { completed_date: before.completed_date },
      after: { completed_date: input.completedDate },
    });
    return { id: input.id };
  }),

  'remedials.delete': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('remedial_actions').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The remedial action');
    await ctx.db.deleteFrom('remedial_actions').where('id', '=', before.id).execute();
    await ctx.audit({
      entity: 'remedial',
      entityId: before.id,
      action: 'delete',
      label: before.description,
      before,
      parent: { entity: 'certificate', id: before.certificate_id },
    });
    return { id: before.id };
  }),
};
