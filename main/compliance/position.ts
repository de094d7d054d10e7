import { sql, type RawBuilder } from 'kysely';
import { CHECK_TYPES, checkStatus, type CheckStatus, type CheckType } from '../../shared/domain/compliance';
import { addDays, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { notFound } from '../core/errors';
import { versionCache } from './versionCache';
import type { Keeper } from '../db/keeper';
import { socialTenureSql } from './socialTenure';
import { blockChecks, blockNeeds, latest, least } from './coverSql';
import { keepPoints, readKeptPoints, type KeptPoint } from './stockCarry';

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

/** The latest expiry per block of its communal checks of one type done by the date: one pass over that type's certificates, grouped. */
const blockCover = (type: string, asAt: IsoDate) =>
  sql`(select c.block_id, max(c.expiry_date) as cover from certificates c where ${blockChecks(type)} and c.date_done <= ${asAt} group by c.block_id)`;

/** Per block with lifts: the earliest, over its lifts, of each lift's latest expiry ('' when a lift was never examined). */
const liftCover = (asAt: IsoDate) =>
  sql`(select l.block_id, min(coalesce(lc.cover, '')) as cover from lifts l
        left join (select c.lift_id, max(c.expiry_date) as cover from certificates c where c.check_type = 'LIFT' and c.date_done <= ${asAt} group by c.lift_id) lc on lc.lift_id = l.id
        group by l.block_id)`;

/**
 * For one check type: the homes that need it and the date their cover runs out (null or '':
 * never checked). Communal covers are worked out once per block, not once per home.
 */
export function coverQuery(type: CheckType, asAt: IsoDate, onlyHomes?: readonly number[]): RawBuilder<{ id: number; cover: string | null }> {
  const home = onlyHomes === undefined ? sql`d.active = 1` : sql`d.active = 1 and d.id in (${sql.join(onlyHomes)})`;
  const social = socialTenureSql;
  switch (type) {
    case 'GAS':
      return sql`select d.id, ${latest('GAS', sql`c.dwelling_id = d.id`, asAt)} as cover from dwellings d where ${home} and ${social} and d.has_gas = 1`;
    case 'EICR': {
      // A social home needs its own report and, where the block has a communal supply, the
      // block's; a leaseholder's flat is the leaseholder's own, so only the communal one counts.
      // Each home's own and communal cover worked out once (materialised: else SQLite copies the
      // own look-up into every place the choice below names it).
      const own = sql`e.own`;
      const communal = sql`e.communal`;
      return sql`with e as materialized (
          select d.id, case when ${social} then 1 else 0 end as social, coalesce(b.communal_electrics, 0) as communal_electrics,
            coalesce(${latest('EICR', sql`c.dwelling_id = d.id`, asAt)}, '') as own, coalesce(bc.cover, '') as communal
          from dwellings d left join blocks b on b.id = d.block_id left join ${blockCover('EICR', asAt)} bc on bc.block_id = d.block_id
          where ${home} and (${social} or b.communal_electrics = 1))
        select e.id, nullif(
          case when e.social = 0 then ${communal}
               when e.communal_electrics = 1 then ${least(own, communal)}
               else ${own} end, '') as cover
        from e`;
    }
    case 'LIFT':
      return sql`select d.id, lc.cover from dwellings d join blocks b on b.id = d.block_id left join ${liftCover(asAt)} lc on lc.block_id = b.id
        where ${home} and b.passenger_lifts > 0`;
    default: {
      return sql`select d.id, bc.cover from dwellings d join blocks b on b.id = d.block_id left join ${blockCover(type, asAt)} bc on bc.block_id = b.id
        where ${home} and ${blockNeeds(type)}`;
    }
  }
}

const positions = versionCache<CheckPosition[]>();

/**
 * Per check type, as at a date: kept in memory until the next write (the dashboard and the
 * compliance page both ask), and each check type's figures in its trend point's row (migration
 * 016), which the triggers drop when a write could change them, so after a write only the check
 * types it touched are worked out again. With a keeper, what is worked out is kept.
 */
export async function compliancePosition(db: ReadDb, asAt: IsoDate, keeper?: Keeper, countPositions?: CountPositions): Promise<CheckPosition[]> {
  return positions(db, asAt, () => computePosition(db, asAt, keeper, countPositions));
}

/** Works out the counts of the check types asked for, as at a date (the hosts do it on the read worker: readTasks.ts). */
export type CountPositions = (types: CheckType[], asAt: IsoDate) => Promise<[CheckType, PositionCounts][]>;

/** The counts of each check type asked for, one query each. */
export async function positionCounts(db: ReadDb, types: CheckType[], asAt: IsoDate): Promise<[CheckType, PositionCounts][]> {
  const out: [CheckType, PositionCounts][] = [];
  for (const type of types) out.push([type, (await positionQuery(type, asAt).execute(sqlReader(db))).rows[0]!]);
  return out;
}

/**
 * One check type's counts as at a date. The covers are materialised: SQLite would otherwise copy
 * each home's look-up into every count that names it (seven look-ups a home instead of one).
 */
export function positionQuery(type: CheckType, asAt: IsoDate) {
  return sql<{ requiring: number; compliant: number; due30: number; due60: number; due90: number }>`
    with cover as materialized (${coverQuery(type, asAt)})
    select count(*) as requiring,
      coalesce(sum(case when cover >= ${asAt} then 1 else 0 end), 0) as compliant,
      coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 30)} then 1 else 0 end), 0) as due30,
      coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 60)} then 1 else 0 end), 0) as due60,
      coalesce(sum(case when cover >= ${asAt} and cover <= ${addDays(asAt, 90)} then 1 else 0 end), 0) as due90
    from cover`;
}

export type PositionCounts = { requiring: number; compliant: number; due30: number; due60: number; due90: number };

/** A check type's row of the position from its counts (as positionQuery gives them). */
export function checkPosition(type: CheckType, r: PositionCounts): CheckPosition {
  const requiring = Number(r.requiring);
  const compliant = Number(r.compliant);
  return {
    checkType: type,
    requiring,
    compliant,
    overdue: requiring - compliant,
    due30: Number(r.due30),
    due60: Number(r.due60),
    due90: Number(r.due90),
    percent: requiring ? Math.round((compliant / requiring) * 1000) / 10 : null,
  };
}

async function computePosition(db: ReadDb, asAt: IsoDate, keeper?: Keeper, countPositions?: CountPositions): Promise<CheckPosition[]> {
  const read = await readKeptPoints(db, [asAt], true, keeper);
  const mark = read.mark;
  const kept = new Map(read.points.map((p) => [p.check_type, p as PositionCounts]));
  const missing = CHECK_TYPES.filter((type) => !kept.has(type));
  // On the read worker when the host has one, off the thread that answers calls: the one check type
  // a write changed (up to 85 ms, gas at 60,000 homes), or all six after a change to the stock.
  const workedOut = missing.length === 0 ? [] : countPositions ? await countPositions(missing, asAt) : await positionCounts(db, missing, asAt);
  for (const [type, r] of workedOut) kept.set(type, r);
  const out = CHECK_TYPES.map((type) => checkPosition(type, kept.get(type)!));
  if (keeper && mark && (workedOut.length > 0 || read.carried))
    keeper.keep(mark, (sqlite) =>
      keepPoints(
        sqlite,
        read.carried,
        workedOut.map(([type, r]): KeptPoint => ({
          check_type: type,
          as_at: asAt,
          requiring: Number(r.requiring),
          compliant: Number(r.compliant),
          due30: Number(r.due30),
          due60: Number(r.due60),
          due90: Number(r.due90),
        })),
      ),
    );
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
export async function homeChecks(db: ReadDb, uprn: string, asAt: IsoDate) {
  const home = await db
    .selectFrom('dwellings')
    .leftJoin('blocks', 'blocks.id', 'dwellings.block_id')
    .selectAll('dwellings')
    .select('blocks.name as block_name')
    .where('uprn', '=', uprn)
    .executeTakeFirst();
  if (!home) throw notFound(`The home with UPRN ${uprn}`);
  const checks: HomeCheck[] = [];
  for (const type of CHECK_TYPES) {
    const row = (await sql<{ id: number; cover: string | null }>`${coverQuery(type, asAt, [home.id])}`.execute(sqlReader(db))).rows[0];
    const cover = row?.cover || null;
    const noAccess = await db
      .selectFrom('no_access_visits')
      .select((eb) => eb.fn.max('visit_date').as('d'))
      .where('check_type', '=', type)
      // gas visits are to the home, communal ones to the block, electrical ones to either
      .where((eb) => {
        const toHome = eb('dwelling_id', '=', home.id);
        const toBlock = eb.and([eb('block_id', '=', home.block_id ?? -1), eb('dwelling_id', 'is', null)]);
        return type === 'GAS' ? toHome : type === 'EICR' ? eb.or([toHome, toBlock]) : toBlock;
      })
      .where('visit_date', '<=', asAt)
      .executeTakeFirst();
    const lastNoAccess = (noAccess?.d as string | null) ?? null;
    const status = checkStatus(row !== undefined, cover, lastNoAccess, asAt);
    const leaseholder = home.tenure === 'leaseholder';
    const where =
      type === 'GAS'
        ? 'in the home'
        : type === 'EICR'
          ? leaseholder
            ? 'of the block’s communal supply'
            : 'in the home or its block'
          : `for ${home.block_name ?? 'its block'}`;
    const explanation =
      status === 'not_required'
        ? 'Not needed for this home.'
        : status === 'missing'
          ? `No check has been recorded ${where}.`
          : status === 'overdue'
            ? `Overdue since ${formatDateLong(cover)}: the last check ${where} ran out then.`
            : status === 'no_access'
              ? `No access on ${formatDateLong(lastNoAccess)}; cover ${cover ? `ran out on ${formatDateLong(cover)}` : 'was never recorded'}.`
              : `In date until ${formatDateLong(cover)}.`;
    checks.push({ checkType: type, status, coverUntil: cover, lastNoAccess, explanation });
  }
  return { uprn: home.uprn, address: home.address, blockName: home.block_name, tenure: home.tenure, asAt, checks };
}
