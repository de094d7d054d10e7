import type { Programme } from '../../shared/contract';
import type { ReadDb } from '../core/context';
import { invalid, notFound } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';

async function listProgrammes(db: ReadDb): Promise<Programme[]> {
  const rows = await db
    .selectFrom('programmes')
    .select((eb) => [
      'programmes.id',
      'programmes.code',
      'programmes.name',
      'programmes.source',
      'programmes.review_date',
      'programmes.description',
      eb.selectFrom('recommendations').whereRef('recommendations.programme_id', '=', 'programmes.id').select(eb.fn.countAll<number>().as('n')).as('total'),
      eb
        .selectFrom('recommendations')
        .whereRef('recommendations.programme_id', '=', 'programmes.id')
        .where('recommendations.status', '=', 'completed')
        .select(eb.fn.countAll<number>().as('n'))
        .as('completed'),
    ])
    .orderBy('programmes.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    source: r.source,
    reviewDate: r.review_date,
    description: r.description,
    recommendationCount: Number(r.total ?? 0),
    completedCount: Number(r.completed ?? 0),
  }));
}

async function getProgramme(db: ReadDb, id: number): Promise<Programme> {
  const p = (await listProgrammes(db)).find((x) => x.id === id);
  if (!p) throw notFound('The programme');
  return p;
}

async function assertCodeFree(db: ReadDb, code: string, exceptId: number | null) {
  const row = await db
    .selectFrom('programmes')
    .select('id')
    .where((eb) => eb(eb.fn('upper', ['code']), '=', code.toUpperCase()))
    .$if(exceptId !== null, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (row) throw invalid('code', `The code ${code} is already used by another programme.`);
}

export const programmeHandlers: Handlers<'programmes.list' | 'programmes.create' | 'programmes.update'> = {
  'programmes.list': query(async (_i, ctx) => listProgrammes(ctx.db)),

  'programmes.create': mutation(async (input, ctx) => {
    await assertCodeFree(ctx.db, input.code, null);
    const row = await ctx.db
      .insertInto('programmes')
      .values({
        code: input.code.toUpperCase(),
        name: input.name,
        source: input.source,
        review_date: input.reviewDate,
        description: input.description,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'programme', entityId: row.id, action: 'create', label: row.name, after: row });
    return getProgramme(ctx.db, row.id);
  }),

  'programmes.update': mutation(async (input, ctx) => {
    const before = await ctx.db.selectFrom('programmes').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('The programme');
    const p = input.patch;
    if (p.code !== undefined) await assertCodeFree(ctx.db, p.code, input.id);
    await ctx.db
      .updateTable('programmes')
      .set({
        ...(p.code !== undefined && { code: p.code.toUpperCase() }),
        ...(p.name !== undefined && { name: p.name }),
        ...(p.source !== undefined && { source: p.source }),
        ...(p.reviewDate !== undefined && { review_date: p.reviewDate }),
        ...(p.description !== undefined && { description: p.description }),
        updated_at: ctx.now,
      })
      .where('id', '=', input.id)
      .execute();
    const after = await ctx.db.selectFrom('programmes').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'programme', entityId: input.id, action: 'update', label: after.name, before, after });
    return getProgramme(ctx.db, input.id);
  }),
};
