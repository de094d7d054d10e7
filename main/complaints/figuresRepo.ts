import { sql } from 'kysely';
import type { ComplaintFigures, ComplaintYearFigures, StageFigures } from '../../shared/contract';
import { financialYearDates, financialYearOf, percentOnTime, TSM_TENURES } from '../../shared/domain/complaints';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { socialTenureSql } from '../compliance/socialTenure';

const tsmTenure = sql`c.tenure in (${sql.join(TSM_TENURES.map((t) => sql.lit(t)))})`;

interface Counted {
  scope: 'all' | 'tsm';
  stage: number;
  received: number;
  responded: number;
  on_time: number;
}

/**
 * CH01 and CH02 for a financial year ("2024/25"), counted in SQL from the stored clocks: stages
 * received in the year; stages responded to in the year and how many of those on time. For all
 * tenures, and for the tenures the tenant satisfaction measures count. The measures register reads
 * the figures through this function.
 */
export async function complaintFigures(db: ReadDb, year: string): Promise<ComplaintFigures> {
  const { from, to } = financialYearDates(year);
  return { year, ...(await complaintFiguresBetween(db, from, to)) };
}

/** The same figures for any span of days (a month, for the measures register). */
export async function complaintFiguresBetween(db: ReadDb, from: IsoDate, to: IsoDate): Promise<Omit<ComplaintFigures, 'year'>> {
  const { rows } = await sql<Counted>`
    select s.scope, c.stage,
      sum(case when c.received between ${from} and ${to} then 1 else 0 end) as received,
      sum(case when c.responded between ${from} and ${to} then 1 else 0 end) as responded,
      sum(case when c.responded between ${from} and ${to} and c.on_time = 1 then 1 else 0 end) as on_time
    from complaint_stages c
    join (select 'all' as scope union all select 'tsm' as scope) s on s.scope = 'all' or ${tsmTenure}
    where c.received between ${from} and ${to} or c.responded between ${from} and ${to}
    group by s.scope, c.stage`.execute(sqlReader(db));
  const figure = (scope: 'all' | 'tsm', stage: number): StageFigures => {
    const r = rows.find((x) => x.scope === scope && Number(x.stage) === stage);
    const responded = Number(r?.responded ?? 0);
    const onTime = Number(r?.on_time ?? 0);
    return { received: Number(r?.received ?? 0), responded, onTime, percentOnTime: percentOnTime(onTime, responded) };
  };
  return {
    all: { stage1: figure('all', 1), stage2: figure('all', 2) },
    tsm: { stage1: figure('tsm', 1), stage2: figure('tsm', 2) },
  };
}

/** The figures exactly as `housing-desk complaints --json` prints them: percentages to one decimal place (41.0), null when none. */
export function complaintFiguresJson(f: ComplaintFigures): string {
  const stage = (s: StageFigures) =>
    `{"received":${s.received},"responded":${s.responded},"onTime":${s.onTime},"percentOnTime":${s.percentOnTime === null ? 'null' : s.percentOnTime.toFixed(1)}}`;
  const scope = (x: ComplaintFigures['all']) => `{"stage1":${stage(x.stage1)},"stage2":${stage(x.stage2)}}`;
  return `{"year":${JSON.stringify(f.year)},"all":${scope(f.all)},"tsm":${scope(f.tsm)}}`;
}

/** The year's figures with CH01 per 1,000 social homes: the number given for the year, else the social homes in stock today. */
export async function complaintYearFigures(db: ReadDb, year: string): Promise<ComplaintYearFigures> {
  const figures = await complaintFigures(db, year);
  const { homes, given } = await socialHomesFor(db, year);
  const perThousand = (n: number) => (homes === null ? null : Math.round((n * 10_000) / homes) / 10);
  return {
    ...figures,
    socialHomes: homes,
    socialHomesGiven: given,
    receivedPerThousand: { stage1: perThousand(figures.tsm.stage1.received), stage2: perThousand(figures.tsm.stage2.received) },
  };
}

/** The financial years with a stage received or responded to, and the year of `today`, latest first. */
export async function complaintYears(db: ReadDb, today: IsoDate): Promise<string[]> {
  const r = await db
    .selectFrom('complaint_stages')
    .select((eb) => [eb.fn.min('received').as('first'), eb.fn.max(eb.fn.coalesce('responded', 'received')).as('last')])
    .executeTakeFirstOrThrow();
  const years = new Set<string>([financialYearOf(today)]);
  if (r.first && r.last) {
    for (let y = Number(financialYearOf(r.first).slice(0, 4)); y <= Number(financialYearOf(String(r.last)).slice(0, 4)); y++) {
      years.add(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
    }
  }
  return [...years].sort().reverse();
}

/** The social homes CH01 is counted per 1,000 of in a financial year: the figure given for it, else those in stock today. */
export async function socialHomesFor(db: ReadDb, year: string): Promise<{ homes: number | null; given: boolean }> {
  const given = await db.selectFrom('complaint_year_homes').select('social_homes').where('year', '=', year).executeTakeFirst();
  if (given) return { homes: given.social_homes, given: true };
  const inStock = (await sql<{ n: number }>`select count(*) as n from dwellings d where d.active = 1 and ${socialTenureSql}`.execute(sqlReader(db))).rows[0];
  return { homes: Number(inStock?.n) || null, given: false };
}
