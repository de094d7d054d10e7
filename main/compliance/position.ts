import { sql, type RawBuilder } from 'kysely';
import { CHECK_TYPES, checkStatus, type CheckStatus, type CheckType } from '../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../shared/domain/dates';
import type { Db } from '../core/context';
import { notFound } from '../core/errors';

// Each home's position for each kind of check: the date its cover runs out (the earliest expiry
// among the checks that serve it, in the home and in its block), as at a date.

export interface CheckPosition {
  checkType: CheckType;
  requiring: number;
  compliant: number;
  overdue: number;
  due30: number;
  due60: number;
  due90: number;
  percent: number | null;
}

const latest = (type: string, where: RawBuilder<unknown>, asAt: IsoDate) =>
  sql`(select max(c.expiry_date) from certificates c where c.check_type = ${type} and ${where} and c.date_done <= ${asAt})`;

/** For one check type: the homes that need it and the date their cover runs out (null: never checked). */
function coverQuery(type: CheckType, asAt: IsoDate): RawBuilder<{ id: number; cover: string | null }> {
  const home = sql`d.active = 1`;
  const social = sql`d.tenure in ('tenant', 'shared_ownership')`;
  switch (type) {
    case 'GAS':
      return sql`select d.id, ${latest('GAS', sql`c.dwelling_id = d.id`, asAt)} as cover from dwellings d where ${home} and ${social} and d.has_gas = 1`;
    case 'EICR':
      return sql`select d.id,
          case when b.communal_electrics = 1 then min(coalesce(${latest('EICR', sql`c.dwelling_id = d.id`, asAt)}, ''), coalesce(${latest('EICR', sql`c.block_id = b.id and c.dwelling_id is null`, asAt)}, ''))
               else ${latest('EICR', sql`c.dwelling_id = d.id`, asAt)} end as cover
        from dwellings d left join blocks b on b.id = d.block_id where ${home} and (${social} or b.communal_electrics = 1)`;
    case 'LIFT':
      return sql`select d.id, (select min(coalesce(${latest('LIFT', sql`c.lift_id = l.id`, asAt)}, '')) from lifts l where l.block_id = b.id) as cover
        from dwellings d join blocks b on b.id = d.block_id where ${home} and b.passenger_lifts > 0`;
    default: {
      const needs = type === 'WATER' ? sql`b.communal_water = 1` : type === 'ASBESTOS' ? sql`b.asbestos_present = 1` : sql`1 = 1`;
      return sql`select d.id, ${latest(type, sql`c.block_id = b.id and c.dwelling_id is null`, asAt)} as cover
        from dwellings d join blocks b on b.id = d.block_id where ${home} and ${needs}`;
    }
  }
}

export async function compliancePosition(db: Db, asAt: IsoDate): Promise<CheckPosition[]> {
  const out: CheckPosition[] = [];
  for (const type of CHECK_TYPES) {
    const r = (
      await sql<{ requiring: number; compliant: number; due30: number; due60: number; due90: number }>`
        with cover as (${coverQuery(type, asAt)})
        select count(*) as requiring,
          coalesce(sum(case when cover >= ${asAt} then 1 else 0 end), 0) as compliant,
          coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 30)} then 1 else 0 end), 0) as due30,
          coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 60)} then 1 else 0 end), 0) as due60,
          coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 90)} then 1 else 0 end), 0) as due90
        from cover`.execute(db)
    ).rows[0]!;
    const requiring = Number(r.requiring);
    const compliant = Number(r.compliant);
    out.push({
      checkType: type,
      requiring,
      compliant,
      overdue: requiring - compliant,
      due30: Number(r.due30),
      due60: Number(r.due60),
      due90: Number(r.due90),
      percent: requiring ? Math.round((compliant / requiring) * 1000) / 10 : null,
    });
  }
  return out;
}

export interface HomeCheck {
  checkType: CheckType;
  status: CheckStatus;
  /** when cover runs (or ran) out */
  coverUntil: IsoDate | null;
  lastNoAccess: IsoDate | null;
  /** why, in words */
  explanation: string;
}

/** One home's position for every check, with the reason for each non-compliance. */
export async function homeChecks(db: Db, uprn: string, asAt: IsoDate) {
  const home = await db.selectFrom('dwellings').leftJoin('blocks', 'blocks.id', 'dwellings.block_id').selectAll('dwellings').select('blocks.name as block_name').where('uprn', '=', uprn).executeTakeFirst();
  if (!home) throw notFound(`The home with UPRN ${uprn}`);
  const checks: HomeCheck[] = [];
  for (const type of CHECK_TYPES) {
    const row = (await sql<{ id: number; cover: string | null }>`with cover as (${coverQuery(type, asAt)}) select * from cover where id = ${home.id}`.execute(db)).rows[0];
    const cover = row?.cover || null;
    const noAccess = await db
      .selectFrom('no_access_visits')
      .select((eb) => eb.fn.max('visit_date').as('d'))
      .where('check_type', '=', type)
      .where((eb) => eb.or([eb('dwelling_id', '=', home.id), eb('block_id', '=', home.block_id ?? -1)]))
      .where('visit_date', '<=', asAt)
      .executeTakeFirst();
    const lastNoAccess = (noAccess?.d as string | null) ?? null;
    const status = checkStatus(row !== undefined, cover, lastNoAccess, asAt);
    const where = ['GAS'].includes(type) ? 'in the home' : type === 'EICR' ? 'in the home or its block' : `for ${home.block_name ?? 'its block'}`;
    const explanation =
      status === 'not_required' ? 'Not needed for this home.'
      : status === 'missing' ? `No check has been recorded ${where}.`
      : status === 'overdue' ? `Overdue since ${cover}: the last check ${where} ran out then.`
      : status === 'no_access' ? `No access on ${lastNoAccess}; cover ${cover ? `ran out on ${cover}` : 'was never recorded'}.`
      : `In date until ${cover}.`;
    checks.push({ checkType: type, status, coverUntil: cover, lastNoAccess, explanation });
  }
  return { uprn: home.uprn, address: home.address, blockName: home.block_name, tenure: home.tenure, asAt, checks };
}
