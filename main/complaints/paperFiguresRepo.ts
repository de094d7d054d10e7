import { sql } from 'kysely';
import type { ComplaintFigures } from '../../shared/contract';
import { COMPLAINT_OUTCOMES, financialYearDates, TSM_TENURES, type ComplaintOutcome, type ComplaintStage } from '../../shared/domain/complaints';
import { LATE_BANDS } from '../../shared/domain/complaintsReport';
import type { IsoDate } from '../../shared/domain/dates';
import { bankHolidays } from '../../shared/domain/workingDays';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';
import { complaintFigures } from './figuresRepo';

// The annual complaints report's figures for a financial year (seed 003), each counted by one
// group-by over the complaints log's stored clocks: the CH01/CH02 figures of figuresRepo.ts with
// the average working days to respond, the share on time by quarter, late responses by how late,
// outcomes, service areas, and the late responses themselves.

type Scope = 'all' | 'tsm';
const tsmTenure = sql`c.tenure in (${sql.join(TSM_TENURES.map((t) => sql.lit(t)))})`;
const scopes = sql`(select 'all' as scope union all select 'tsm' as scope) s on s.scope = 'all' or ${tsmTenure}`;

export interface LateResponse {
  reference: string;
  stage: ComplaintStage;
  received: IsoDate;
  due: IsoDate;
  responded: IsoDate;
  daysLate: number;
}

export interface ServiceAreaFigures {
  /** '' when the log did not record one */
  serviceArea: string;
  received: Record<ComplaintStage, number>;
  responded: Record<ComplaintStage, number>;
  onTime: Record<ComplaintStage, number>;
}

export interface ComplaintsYearReport {
  figures: ComplaintFigures;
  /** average working days from receipt to response, of the stages responded to in the year, to one decimal place; null when none */
  averageDays: Record<Scope, Record<ComplaintStage, number | null>>;
  /** all tenures: stages responded to in each financial quarter (1 = April-June) and how many on time */
  quarters: { stage: ComplaintStage; quarter: 1 | 2 | 3 | 4; responded: number; onTime: number }[];
  /** all tenures: late responses in the year by LATE_BANDS, per stage */
  lateBands: Record<ComplaintStage, number[]>;
  /** all tenures: responses in the year by outcome, per stage; `notRecorded` without one */
  outcomes: Record<ComplaintStage, Record<ComplaintOutcome | 'notRecorded', number>>;
  /** all tenures, most complaints received first */
  serviceAreas: ServiceAreaFigures[];
  /** every late response in the year, latest (most working days late) first, up to `lateShown` */
  late: LateResponse[];
  lateTotal: number;
}

const stageRecord = <T>(make: () => T): Record<ComplaintStage, T> => ({ 1: make(), 2: make() });

/**
 * The working days from receipt to response, averaged in SQL over a calendar of the working days
 * (weekends, bank holidays and the landlord's closures left out). Each day, receipt and response is
 * one row of a list in date order, and a running count of the working days gives each receipt and
 * response its place: a stage's working days are the difference, and their sum the sum of the
 * responses' places less the receipts'. (Looking each date up in the calendar instead scanned the
 * whole calendar once per stage: 140 ms a year at 17,000 stages, against 14 ms.)
 */
async function averageDays(db: ReadDb, from: IsoDate, to: IsoDate): Promise<ComplaintsYearReport['averageDays']> {
  const years = Array.from({ length: Number(to.slice(0, 4)) - 2017 }, (_, i) => 2018 + i);
  const holidays = years.flatMap((y) => bankHolidays(y).map((h) => sql.lit(h.date)));
  const { rows } = await sql<{ scope: Scope; stage: number; average_days: number | null }>`
    with recursive
      bounds(first) as (select min(received) from complaint_stages where responded between ${from} and ${to}),
      days(d) as (select first from bounds where first is not null union all select date(d, '+1 day') from days where d < ${to}),
      stages as materialized (
        select c.stage, c.tenure, c.received, c.responded from complaint_stages c where c.responded between ${from} and ${to}),
      -- sign: 0 a day of the calendar, -1 a receipt, 1 a response
      dated(d, working, stage, tenure, sign) as (
        select d, strftime('%w', d) not in ('0', '6') and d not in (${sql.join(holidays)}) and d not in (select date from non_working_days), null, null, 0
        from days
        union all select received, 0, stage, tenure, -1 from stages
        union all select responded, 0, stage, tenure, 1 from stages),
      -- the working days up to and including each row's date (a date's peers share its count)
      placed as (select stage, tenure, sign, sum(working) over (order by d) as worked from dated)
    select s.scope, c.stage, round(cast(sum(c.sign * c.worked) as real) / sum(c.sign = 1), 1) as average_days
    from placed c join ${scopes}
    where c.sign <> 0
    group by s.scope, c.stage`.execute(sqlReader(db));
  const of = (scope: Scope, stage: ComplaintStage) => {
    const v = rows.find((r) => r.scope === scope && Number(r.stage) === stage)?.average_days;
    return v === null || v === undefined ? null : Number(v);
  };
  return { all: { 1: of('all', 1), 2: of('all', 2) }, tsm: { 1: of('tsm', 1), 2: of('tsm', 2) } };
}

async function quarters(db: ReadDb, from: IsoDate, to: IsoDate): Promise<ComplaintsYearReport['quarters']> {
  const { rows } = await sql<{ stage: number; quarter: number; responded: number; on_time: number }>`
    select c.stage,
      case when substr(c.responded, 6, 2) in ('04', '05', '06') then 1
           when substr(c.responded, 6, 2) in ('07', '08', '09') then 2
           when substr(c.responded, 6, 2) in ('10', '11', '12') then 3 else 4 end as quarter,
      count(*) as responded, sum(c.on_time) as on_time
    from complaint_stages c
    where c.responded between ${from} and ${to}
    group by c.stage, quarter`.execute(sqlReader(db));
  return ([1, 2] as const).flatMap((stage) =>
    ([1, 2, 3, 4] as const).map((quarter) => {
      const r = rows.find((x) => Number(x.stage) === stage && Number(x.quarter) === quarter);
      return { stage, quarter, responded: Number(r?.responded ?? 0), onTime: Number(r?.on_time ?? 0) };
    }),
  );
}

async function lateBands(db: ReadDb, from: IsoDate, to: IsoDate): Promise<ComplaintsYearReport['lateBands']> {
  const band = sql.join(
    LATE_BANDS.map(
      (b, i) => sql`when c.days_late >= ${sql.lit(b.from)}${b.to === null ? sql`` : sql` and c.days_late <= ${sql.lit(b.to)}`} then ${sql.lit(i)}`,
    ),
    sql` `,
  );
  const { rows } = await sql<{ stage: number; band: number; n: number }>`
    select c.stage, case ${band} end as band, count(*) as n
    from complaint_stages c
    where c.responded between ${from} and ${to} and c.on_time = 0
    group by c.stage, band`.execute(sqlReader(db));
  const out = stageRecord(() => LATE_BANDS.map(() => 0));
  for (const r of rows) out[Number(r.stage) as ComplaintStage][Number(r.band)] = Number(r.n);
  return out;
}

async function outcomes(db: ReadDb, from: IsoDate, to: IsoDate): Promise<ComplaintsYearReport['outcomes']> {
  const { rows } = await sql<{ stage: number; outcome: ComplaintOutcome | null; n: number }>`
    select c.stage, c.outcome, count(*) as n
    from complaint_stages c
    where c.responded between ${from} and ${to}
    group by c.stage, c.outcome`.execute(sqlReader(db));
  const out = stageRecord(
    () => ({ ...Object.fromEntries(COMPLAINT_OUTCOMES.map((o) => [o, 0])), notRecorded: 0 }) as Record<ComplaintOutcome | 'notRecorded', number>,
  );
  for (const r of rows) out[Number(r.stage) as ComplaintStage][r.outcome ?? 'notRecorded'] += Number(r.n);
  return out;
}

async function serviceAreas(db: ReadDb, from: IsoDate, to: IsoDate): Promise<ServiceAreaFigures[]> {
  const { rows } = await sql<{ service_area: string; stage: number; received: number; responded: number; on_time: number }>`
    select c.service_area, c.stage,
      sum(case when c.received between ${from} and ${to} then 1 else 0 end) as received,
      sum(case when c.responded between ${from} and ${to} then 1 else 0 end) as responded,
      sum(case when c.responded between ${from} and ${to} and c.on_time = 1 then 1 else 0 end) as on_time
    from complaint_stages c
    where c.received between ${from} and ${to} or c.responded between ${from} and ${to}
    group by c.service_area, c.stage`.execute(sqlReader(db));
  const byArea = new Map<string, ServiceAreaFigures>();
  for (const r of rows) {
    const area = r.service_area.trim();
    const f = byArea.get(area) ?? { serviceArea: area, received: stageRecord(() => 0), responded: stageRecord(() => 0), onTime: stageRecord(() => 0) };
    const stage = Number(r.stage) as ComplaintStage;
    f.received[stage] += Number(r.received);
    f.responded[stage] += Number(r.responded);
    f.onTime[stage] += Number(r.on_time);
    byArea.set(area, f);
  }
  const total = (f: ServiceAreaFigures) => f.received[1] + f.received[2];
  return [...byArea.values()].sort(
    (a, b) => total(b) - total(a) || (a.serviceArea === '' ? 1 : b.serviceArea === '' ? -1 : a.serviceArea.localeCompare(b.serviceArea)),
  );
}

async function lateResponses(db: ReadDb, from: IsoDate, to: IsoDate, shown: number): Promise<{ late: LateResponse[]; lateTotal: number }> {
  const late = db.selectFrom('complaint_stages').where('responded', '>=', from).where('responded', '<=', to).where('on_time', '=', 0);
  const rows = await late
    .select(['reference', 'stage', 'received', 'response_due', 'responded', 'days_late'])
    .orderBy('days_late', 'desc')
    .orderBy('responded')
    .orderBy('reference')
    .orderBy('stage')
    .limit(shown)
    .execute();
  const { n } = await late.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    late: rows.map((r) => ({
      reference: r.reference,
      stage: r.stage,
      received: r.received,
      due: r.response_due,
      responded: r.responded!,
      daysLate: r.days_late ?? 0,
    })),
    lateTotal: Number(n),
  };
}

/** The annual report's figures for a financial year ("2025/26"), listing at most `lateShown` late responses. */
export async function complaintsYearReport(db: ReadDb, year: string, lateShown: number): Promise<ComplaintsYearReport> {
  const { from, to } = financialYearDates(year);
  return {
    figures: await complaintFigures(db, year),
    averageDays: await averageDays(db, from, to),
    quarters: await quarters(db, from, to),
    lateBands: await lateBands(db, from, to),
    outcomes: await outcomes(db, from, to),
    serviceAreas: await serviceAreas(db, from, to),
    ...(await lateResponses(db, from, to, lateShown)),
  };
}
