import { sql, type RawBuilder } from 'kysely';
import type { OverdueChecks } from '../../shared/contract';
import { CHECK_TYPES, checkStatus, type CheckType } from '../../shared/domain/compliance';
import { daysBetween, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { latest } from './position';
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

type OverdueOptions = { checkType?: CheckType | null; limit?: number };

/**
 * The rows shown, as one query. Each item's cover is worked out once (`items` is materialized:
 * flattened, the look-up ran again for each place the outer query names the cover).
 */
export function overdueQuery(asAt: IsoDate, opts: OverdueOptions = {}): RawBuilder<OverdueRow> {
  const social = socialTenureSql;
  const blockCheck = (type: CheckType, needs: ReturnType<typeof sql>) =>
    sql`select ${sql.lit(type)} as check_type, 'block' as scope, cast(null as integer) as dwelling_id, b.id as block_id, cast(null as integer) as lift_id, hc.homes,
        ${latest(type, sql`c.block_id = b.id and c.dwelling_id is null`, asAt)} as cover
      from blocks b join home_counts hc on hc.block_id = b.id where ${needs}`;
  const sources = {
    GAS: [
      sql`select 'GAS' as check_type, 'home' as scope, d.id as dwelling_id, d.block_id, cast(null as integer) as lift_id, 1 as homes,
          ${latest('GAS', sql`c.dwelling_id = d.id`, asAt)} as cover
        from dwellings d where d.active = 1 and ${social} and d.has_gas = 1`,
    ],
    EICR: [
      sql`select 'EICR' as check_type, 'home' as scope, d.id as dwelling_id, d.block_id, cast(null as integer) as lift_id, 1 as homes,
          ${latest('EICR', sql`c.dwelling_id = d.id`, asAt)} as cover
        from dwellings d where d.active = 1 and ${social}`,
      blockCheck('EICR', sql`b.communal_electrics = 1`),
    ],
    FRA: [blockCheck('FRA', sql`1 = 1`)],
    WATER: [blockCheck('WATER', sql`b.communal_water = 1`)],
    ASBESTOS: [blockCheck('ASBESTOS', sql`b.asbestos_present = 1`)],
    LIFT: [
      sql`select 'LIFT' as check_type, 'lift' as scope, cast(null as integer) as dwelling_id, b.id as block_id, l.id as lift_id, hc.homes,
          ${latest('LIFT', sql`c.lift_id = l.id`, asAt)} as cover
        from lifts l join blocks b on b.id = l.block_id join home_counts hc on hc.block_id = b.id where b.passenger_lifts > 0`,
    ],
  } satisfies Record<CheckType, ReturnType<typeof sql>[]>;
  const types = opts.checkType ? [opts.checkType] : CHECK_TYPES;
  const items = sql.join(
    types.flatMap((t) => sources[t]),
    sql` union all `,
  );
  const limit = Math.min(Math.max(opts.limit ?? 200, 1), 1000);

  return sql<OverdueRow>`
      with home_counts as (select block_id, count(*) as homes from dwellings where active = 1 and block_id is not null group by block_id),
      items as materialized (${items}),
      due as (select * from items where cover is null or cover < ${asAt}),
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
        limit ${limit}
      )
      -- the last no-access visit, looked up for the rows shown only: a home's own, else its block's communal one
      select page.*,
        case when page.scope = 'home'
          then (select max(v.visit_date) from no_access_visits v where v.check_type = page.check_type and v.dwelling_id = page.dwelling_id and v.visit_date <= ${asAt})
          else (select max(v.visit_date) from no_access_visits v
            where v.check_type = page.check_type and v.block_id = page.block_id and v.dwelling_id is null and v.visit_date <= ${asAt})
        end as visit
      from page
      order by case when page.cover is null then 0 else 1 end, page.cover, page.check_type, page.estate_name, page.block_name, page.lift_name, page.uprn`;
}

/**
 * Everything whose check has run out or was never done, as at a date: a home's gas or electrical
 * check, a block's communal check (with the number of homes it serves), or one lift. The unit is
 * what the owner has to get done, so an overdue fire risk assessment is one row, not a row per flat.
 */
export async function overdueChecks(db: ReadDb, asAt: IsoDate, opts: OverdueOptions = {}): Promise<OverdueChecks> {
  const rows = (await overdueQuery(asAt, opts).execute(sqlReader(db))).rows;

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
