import { sql, type RawBuilder } from 'kysely';
import type { OverdueChecks } from '../../shared/contract';
import { CHECK_TYPES, checkStatus, type CheckType } from '../../shared/domain/compliance';
import { daysBetween, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { checkVersions, perCheckType, type StockChanges } from './checkVersions';
import { latest } from './coverSql';
import { socialTenureSql } from './socialTenure';

interface OverdueRow {
  check_type: CheckType;
  scope: 'home' | 'block' | 'lift';
  homes: number;
  cover: string | null;
  visit: string | null;
  total: number;
  uprn: string | null;
  address: string | null;
  block_name: string | null;
  estate_name: string | null;
  lift_name: string | null;
  owner: string | null;
}

export type OverdueOptions = { checkType?: CheckType | null; limit?: number };

/** A check that has run out or was never done: a home's, a block's communal one or a lift's, with the homes it serves. */
export interface DueItem {
  check_type: CheckType;
  scope: 'home' | 'block' | 'lift';
  dwelling_id: number | null;
  block_id: number;
  lift_id: number | null;
  homes: number;
  cover: string | null;
}

/** Some homes' own checks and some blocks' communal and lift checks: the items a few changes to the stock can move. */
export interface DueItemsOf {
  homes: readonly number[];
  blocks: readonly number[];
}

const idIn = (column: RawBuilder<unknown>, ids: readonly number[]) => (ids.length ? sql`${column} in (${sql.join(ids)})` : sql`0 = 1`);

/**
 * One check type's items whose cover has run out by the date, or that were never checked, worked
 * out over the whole stock. Each item's cover is worked out once (`items` is materialized:
 * flattened, the look-up ran again for each place the outer query names the cover).
 */
export function dueItemsQuery(type: CheckType, asAt: IsoDate, only?: DueItemsOf): RawBuilder<DueItem> {
  const social = socialTenureSql;
  const homesIn = only ? idIn(sql`d.id`, only.homes) : sql`1 = 1`;
  const blocksIn = only ? idIn(sql`b.id`, only.blocks) : sql`1 = 1`;
  const blockCheck = (needs: ReturnType<typeof sql>) =>
    sql`select ${sql.lit(type)} as check_type, 'block' as scope, cast(null as integer) as dwelling_id, b.id as block_id, cast(null as integer) as lift_id, hc.homes,
        ${latest(type, sql`c.block_id = b.id and c.dwelling_id is null`, asAt)} as cover
      from blocks b join home_counts hc on hc.block_id = b.id where ${needs} and ${blocksIn}`;
  const ownCheck = (homes: ReturnType<typeof sql>) =>
    sql`select ${sql.lit(type)} as check_type, 'home' as scope, d.id as dwelling_id, d.block_id, cast(null as integer) as lift_id, 1 as homes,
        ${latest(type, sql`c.dwelling_id = d.id`, asAt)} as cover
      from dwellings d where d.active = 1 and ${social} and ${homes} and ${homesIn}`;
  const sources = {
    GAS: () => [ownCheck(sql`d.has_gas = 1`)],
    EICR: () => [ownCheck(sql`1 = 1`), blockCheck(sql`b.communal_electrics = 1`)],
    FRA: () => [blockCheck(sql`1 = 1`)],
    WATER: () => [blockCheck(sql`b.communal_water = 1`)],
    ASBESTOS: () => [blockCheck(sql`b.asbestos_present = 1`)],
    LIFT: () => [
      sql`select 'LIFT' as check_type, 'lift' as scope, cast(null as integer) as dwelling_id, b.id as block_id, l.id as lift_id, hc.homes,
          ${latest('LIFT', sql`c.lift_id = l.id`, asAt)} as cover
        from lifts l join blocks b on b.id = l.block_id join home_counts hc on hc.block_id = b.id where b.passenger_lifts > 0 and ${blocksIn}`,
    ],
  } satisfies Record<CheckType, () => ReturnType<typeof sql>[]>;
  return sql<DueItem>`
    with home_counts as (select block_id, count(*) as homes from dwellings where active = 1 and block_id is not null and ${only ? idIn(sql`block_id`, only.blocks) : sql`1 = 1`} group by block_id),
    items as materialized (${sql.join(sources[type](), sql` union all `)})
    select * from items where cover is null or cover < ${asAt}`;
}

/**
 * The rows shown, from the items due (passed in as JSON, as kept per check type): named, ordered,
 * the first `limit`, with the last no-access visit looked up for those rows only.
 */
export function overduePageQuery(asAt: IsoDate, items: readonly DueItem[], limit = 200): RawBuilder<OverdueRow> {
  const shown = Math.min(Math.max(limit, 1), 1000);
  const packed = JSON.stringify(items.map((i) => [i.check_type, i.scope, i.dwelling_id, i.block_id, i.lift_id, i.homes, i.cover]));
  const field = (n: number) => sql.raw(`json_extract(j.value, '$[${n}]')`);
  return sql<OverdueRow>`
      with due as (
        select ${field(0)} as check_type, ${field(1)} as scope, ${field(2)} as dwelling_id, ${field(3)} as block_id,
          ${field(4)} as lift_id, ${field(5)} as homes, ${field(6)} as cover
        from json_each(${packed}) j
      ),
      page as (
        select due.*, count(*) over () as total,
          d.uprn, d.address, b.name as block_name, e.name as estate_name, l.name as lift_name, p.name as owner
        from due
        left join dwellings d on d.id = due.dwelling_id
        left join blocks b on b.id = due.block_id
        left join estates e on e.id = b.estate_id
        left join lifts l on l.id = due.lift_id
        left join check_owners co on co.check_type = due.check_type
        left join people p on p.id = co.person_id
        order by case when due.cover is null then 0 else 1 end, due.cover, due.check_type, e.name, b.name, l.name, d.uprn
        limit ${shown}
      )
      -- a home's own last no-access visit, else its block's communal one
      select page.*,
        case when page.scope = 'home'
          then (select max(v.visit_date) from no_access_visits v where v.check_type = page.check_type and v.dwelling_id = page.dwelling_id and v.visit_date <= ${asAt})
          else (select max(v.visit_date) from no_access_visits v
            where v.check_type = page.check_type and v.block_id = page.block_id and v.dwelling_id is null and v.visit_date <= ${asAt})
        end as visit
      from page
      order by case when page.cover is null then 0 else 1 end, page.cover, page.check_type, page.estate_name, page.block_name, page.lift_name, page.uprn`;
}

const dueKept = perCheckType<DueItem[]>();

/** The items due of each check type asked for, each worked out again only when a write has touched its check type. */
async function dueItems(db: ReadDb, asAt: IsoDate, types: readonly CheckType[]): Promise<DueItem[]> {
  const versions = await checkVersions(db);
  const out: DueItem[] = [];
  for (const type of types) {
    const items = (only?: DueItemsOf) => dueItemsQuery(type, asAt, only).execute(sqlReader(db));
    out.push(
      ...(await dueKept(
        db,
        versions,
        type,
        asAt,
        async () => (await items()).rows,
        (kept, changes) => carryDueItems(kept, changes, items),
      )),
    );
  }
  return out;
}

/**
 * The items kept, with those of the changed homes and of the blocks concerned (changed, or a home
 * left or joined: its number of homes) replaced by theirs now.
 */
export async function carryDueItems(
  kept: readonly DueItem[],
  changes: StockChanges,
  items: (only: DueItemsOf) => Promise<{ rows: DueItem[] }>,
): Promise<DueItem[]> {
  const homes = new Set(changes.homes);
  const blocks = new Set([...changes.blocks, ...changes.blocksOfHomes]);
  const unmoved = kept.filter((i) => (i.scope === 'home' ? !homes.has(i.dwelling_id!) : !blocks.has(i.block_id)));
  return [...unmoved, ...(await items({ homes: [...homes], blocks: [...blocks] })).rows];
}

/**
 * Everything whose check has run out or was never done, as at a date: a home's gas or electrical
 * check, a block's communal check (with the number of homes it serves), or one lift. The unit is
 * what the owner has to get done, so an overdue fire risk assessment is one row, not a row per flat.
 */
export async function overdueChecks(db: ReadDb, asAt: IsoDate, opts: OverdueOptions = {}): Promise<OverdueChecks> {
  const items = await dueItems(db, asAt, opts.checkType ? [opts.checkType] : CHECK_TYPES);
  const rows = (await overduePageQuery(asAt, items, opts.limit).execute(sqlReader(db))).rows;

  return {
    asAt,
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      checkType: r.check_type,
      scope: r.scope,
      uprn: r.uprn,
      address: r.address,
      blockName: r.block_name,
      estateName: r.estate_name,
      liftName: r.lift_name,
      homes: Number(r.homes),
      coverUntil: r.cover,
      daysOverdue: r.cover ? daysBetween(r.cover, asAt) : null,
      lastNoAccess: r.visit,
      status: checkStatus(true, r.cover, r.visit, asAt) as 'overdue' | 'no_access' | 'missing',
      ownerName: r.owner,
    })),
  };
}
