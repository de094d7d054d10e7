import { sql } from 'kysely';
import type { CurrentUpdate, MonthlyItem, MonthSummary, MonthView } from '../../shared/contract';
import type { Month } from '../../shared/domain/months';
import { formatMonth } from '../../shared/domain/dates';
import type { Ctx, Db, ReadDb } from '../core/context';
import { AppError, notFound } from '../core/errors';
import { sqlReader } from '../core/readSql';
import type { MonthlyUpdateModel } from '../exports/models';
import { monthChanges } from './changes';
import { publicMeasureLines } from './publicMeasures';

export async function findUpdate(db: ReadDb, programmeId: number, month: Month) {
  return db.selectFrom('monthly_updates').selectAll().where('programme_id', '=', programmeId).where('month', '=', month).executeTakeFirst();
}

/** The month's update row, created as a draft when the first item is added. */
export async function ensureUpdate(db: Db, ctx: Pick<Ctx, 'now'>, programmeId: number, month: Month) {
  const found = await findUpdate(db, programmeId, month);
  if (found) return found;
  return db
    .insertInto('monthly_updates')
    .values({ programme_id: programmeId, month, status: 'draft', created_at: ctx.now, updated_at: ctx.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Published months are frozen: a correction is a new item in a month not yet published. */
export function assertNotPublished(update: { status: string; month: string } | undefined): void {
  if (update?.status === 'published') {
    throw new AppError(
      'conflict',
      `The update for ${formatMonth(update.month)} has been published and can no longer be changed. Add a correction as a new item in a month that is not yet published.`,
    );
  }
}

export async function assertProgramme(db: ReadDb, programmeId: number) {
  const p = await db.selectFrom('programmes').selectAll().where('id', '=', programmeId).executeTakeFirst();
  if (!p) throw new AppError('validation', 'There is no such programme. Choose one from the list.', 'programmeId');
  return p;
}

export async function listItems(db: ReadDb, updateId: number): Promise<MonthlyItem[]> {
  const rows = await db
    .selectFrom('monthly_update_items')
    .innerJoin('monthly_updates', 'monthly_updates.id', 'monthly_update_items.update_id')
    .leftJoin('recommendations', 'recommendations.id', 'monthly_update_items.recommendation_id')
    .select([
      'monthly_update_items.id',
      'monthly_updates.month',
      'monthly_update_items.item_date',
      'monthly_update_items.body',
      'monthly_update_items.recommendation_id',
      'recommendations.ref',
      'monthly_update_items.position',
    ])
    .where('monthly_update_items.update_id', '=', updateId)
    .orderBy('monthly_update_items.position')
    .orderBy('monthly_update_items.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    month: r.month,
    itemDate: r.item_date,
    body: r.body,
    recommendationId: r.recommendation_id,
    recommendationRef: r.ref,
    position: r.position,
  }));
}

export async function monthView(db: ReadDb, programmeId: number, month: Month): Promise<MonthView> {
  await assertProgramme(db, programmeId);
  const update = await findUpdate(db, programmeId, month);
  const items = update ? await listItems(db, update.id) : [];
  return {
    programmeId,
    month,
    status: update ? update.status : 'empty',
    publishedAt: update?.published_at ?? null,
    publishedBy: update?.published_by ?? null,
    items,
    changes: await monthChanges(db, programmeId, month, items),
    includeMeasures: update?.include_measures === 1,
    // A published month shows what it published; any other, the figures as they stand.
    publicMeasures:
      update?.status === 'published'
        ? ((JSON.parse(update.snapshot_json ?? '{}') as Partial<MonthlyUpdateModel>).publicMeasures ?? [])
        : await publicMeasureLines(db, month),
  };
}

export async function itemWithUpdate(db: ReadDb, itemId: number) {
  const item = await db
    .selectFrom('monthly_update_items')
    .innerJoin('monthly_updates', 'monthly_updates.id', 'monthly_update_items.update_id')
    .selectAll('monthly_update_items')
    .select(['monthly_updates.programme_id', 'monthly_updates.month', 'monthly_updates.status'])
    .where('monthly_update_items.id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw notFound('The item');
  return item;
}

export async function nextPosition(db: ReadDb, updateId: number): Promise<number> {
  const r = await db
    .selectFrom('monthly_update_items')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('update_id', '=', updateId)
    .executeTakeFirst();
  return Number(r?.p ?? 0) + 1;
}

/**
 * Every programme's current update, in one query (a landlord may run hundreds of programmes): the
 * latest month not after `month`, else the earliest after it. Programmes without updates are left out.
 */
export async function currentUpdates(db: ReadDb, month: string): Promise<CurrentUpdate[]> {
  const rows = (
    await sql<{ programme_id: number; month: string; status: MonthSummary['status']; published_at: string | null; items: number }>`
      select u.programme_id, u.month, u.status, u.published_at,
        (select count(*) from monthly_update_items i where i.update_id = u.id) as items
      from (
        select m.*, row_number() over (
          partition by m.programme_id
          order by case when m.month <= ${month} then 0 else 1 end, case when m.month <= ${month} then m.month end desc, m.month
        ) as rank
        from monthly_updates m
      ) u
      where u.rank = 1
      order by u.programme_id`.execute(sqlReader(db))
  ).rows;
  return rows.map((r) => ({
    programmeId: Number(r.programme_id),
    update: { month: r.month, status: r.status, itemCount: Number(r.items ?? 0), publishedAt: r.published_at },
  }));
}

export async function listMonths(db: ReadDb, programmeId: number): Promise<MonthSummary[]> {
  const rows = await db
    .selectFrom('monthly_updates')
    .select((eb) => [
      'monthly_updates.month',
      'monthly_updates.status',
      'monthly_updates.published_at',
      eb
        .selectFrom('monthly_update_items')
        .whereRef('monthly_update_items.update_id', '=', 'monthly_updates.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('items'),
    ])
    .where('programme_id', '=', programmeId)
    .orderBy('month', 'desc')
    .execute();
  return rows.map((r) => ({ month: r.month, status: r.status, itemCount: Number(r.items ?? 0), publishedAt: r.published_at }));
}
