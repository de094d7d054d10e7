import { sql } from 'kysely';
import { measureFigure, type MeasureCode, type MeasureFigure } from '../../shared/domain/compliance';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { socialTenureSql } from './socialTenure';

export type MeasuresResult = { asAt: IsoDate } & Record<MeasureCode, MeasureFigure>;

/**
 * The regulator's building-safety measures as at a date, counted per home in SQL: the
 * denominator is the landlord's social homes that need the check; a home counts as compliant when
 * every required check of that kind serving it (in the home, or in its block) was done by the
 * date and is still in date on it. Flags are 0/1 numbers, not booleans, so that PostgreSQL can sum them too.
 */
export async function buildingSafetyMeasures(db: ReadDb, asAt: IsoDate): Promise<MeasuresResult> {
  const inDate = (type: string, column: 'dwelling_id' | 'block_id', ref: ReturnType<typeof sql.ref>) =>
    sql`exists (select 1 from certificates c where c.check_type = ${type} and c.${sql.ref(column)} = ${ref} and c.date_done <= ${asAt} and c.expiry_date >= ${asAt})`;
  const homes = sql`dwellings d join blocks b on b.id = d.block_id`;
  const social = sql`d.active = 1 and ${socialTenureSql}`;

  const gas = await sql<{ requiring: number; compliant: number }>`
    select count(*) as requiring, coalesce(sum(case when ${inDate('GAS', 'dwelling_id', sql.ref('d.id'))} then 1 else 0 end), 0) as compliant
    from dwellings d where ${social} and d.has_gas = 1`.execute(sqlReader(db));

  const blockMeasure = async (type: string, blockNeeds: ReturnType<typeof sql>) =>
    (
      await sql<{ requiring: number; compliant: number }>`
        with needing as (select b.id, case when ${inDate(type, 'block_id', sql.ref('b.id'))} then 1 else 0 end as ok from blocks b where ${blockNeeds})
        select count(*) as requiring, coalesce(sum(n.ok), 0) as compliant
        from ${homes} join needing n on n.id = b.id where ${social}`.execute(sqlReader(db))
    ).rows[0]!;

  const lifts = (
    await sql<{ requiring: number; compliant: number }>`
      with lift_blocks as (
        select b.id, case when exists (select 1 from lifts l where l.block_id = b.id) and not exists (
          select 1 from lifts l where l.block_id = b.id and not exists (
            select 1 from certificates c where c.check_type = 'LIFT' and c.lift_id = l.id and c.date_done <= ${asAt} and c.expiry_date >= ${asAt})
        ) then 1 else 0 end as ok
        from blocks b where b.passenger_lifts > 0)
      select count(*) as requiring, coalesce(sum(lb.ok), 0) as compliant
      from ${homes} join lift_blocks lb on lb.id = b.id where ${social}`.execute(sqlReader(db))
  ).rows[0]!;

  const figure = (r: { requiring: number; compliant: number }) => measureFigure(Number(r.requiring), Number(r.compliant));
  const result = {
    asAt,
    BS01: figure(gas.rows[0]!),
    BS02: figure(await blockMeasure('FRA', sql`1 = 1`)),
    BS03: figure(await blockMeasure('ASBESTOS', sql`b.asbestos_present = 1`)),
    BS04: figure(await blockMeasure('WATER', sql`b.communal_water = 1`)),
    BS05: figure(lifts),
  };
  return result;
}
