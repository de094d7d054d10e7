import {
  addWorkingDays,
  type ComplaintOutcome,
  type ComplaintStage,
  type ComplaintTenure,
  EXTENSION_LIMIT,
  financialYearDates,
  financialYearOf,
  isComplaintWorkingDay,
  isTsmTenure,
  responseDue,
  workingDaysAfter,
} from '../../shared/domain/complaints';
import { addDays, daysBetween, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { writeAudit } from '../core/audit';
import type { Ctx, Db } from '../core/context';
import { clockColumns, readExtraDays } from '../complaints/clocks';

// The demo's complaints log: two financial years (2024/25 and 2025/26) of stages shaped like the
// annual complaints report in seed 003 (stage 1 on time 41% for all tenures and 47% for tenants
// and shared owners in the first year, stage 2 about 28%; about a quarter escalated), improving in
// the second year and kept up in each later year to today, and a few cases open now, some late and some about to be. A fixed sequence
// (mulberry32) and fixed quotas per group make every load the same.

function sequence(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

interface YearPlan {
  year: string;
  stage1: number;
  /** the share on time by stage, for the TSM tenures and for the others */
  onTime: Record<ComplaintStage, { tsm: number; other: number }>;
}

const YEARS: YearPlan[] = [
  { year: '2024/25', stage1: 170, onTime: { 1: { tsm: 0.47, other: 0.32 }, 2: { tsm: 0.26, other: 0.31 } } },
  { year: '2025/26', stage1: 190, onTime: { 1: { tsm: 0.74, other: 0.63 }, 2: { tsm: 0.55, other: 0.48 } } },
];

/** The two years above, then each later year up to today's like the second, so that the measures have figures for every month to date. */
function yearsTo(today: IsoDate): YearPlan[] {
  const plans = [...YEARS];
  const last = YEARS[YEARS.length - 1]!;
  for (let y = Number(last.year.slice(0, 4)) + 1; y <= Number(financialYearOf(today).slice(0, 4)); y++)
    plans.push({ ...last, year: `${y}/${String((y + 1) % 100).padStart(2, '0')}` });
  return plans;
}
const ESCALATED = 0.24;
const SERVICE_AREAS: [string, number][] = [
  ['Repairs', 0.51],
  ['Neighbourhoods', 0.24],
  ['Sustainability, Mechanical & Engineering', 0.17],
  ['Complex complaints', 0.08],
];
const TENURES: [ComplaintTenure, number][] = [
  ['tenant', 0.55],
  ['shared_ownership', 0.05],
  ['leaseholder', 0.34],
  ['other', 0.06],
];
/** The demo's social homes, for CH01 per 1,000 (its homes register holds a sample of a few streets and blocks). */
const SOCIAL_HOMES: Record<string, number> = { '2024/25': 1240, '2025/26': 1255 };
const socialHomes = (plans: YearPlan[]) => Object.fromEntries(plans.map((p) => [p.year, SOCIAL_HOMES[p.year] ?? 1255]));
const CLOSURE = { date: '2024-12-27', name: 'Council offices closed between Christmas and New Year' };

interface DemoStage {
  reference: string;
  stage: ComplaintStage;
  received: IsoDate;
  acknowledged: IsoDate | null;
  extension_days: number;
  responded: IsoDate | null;
  tenure: ComplaintTenure;
  service_area: string;
  outcome: ComplaintOutcome | null;
  compensation_pence: number | null;
}

export async function loadComplaintsDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>): Promise<number> {
  const { now, today } = ctx;
  if (!(await db.selectFrom('non_working_days').select('id').where('date', '=', CLOSURE.date).executeTakeFirst())) {
    const { id } = await db
      .insertInto('non_working_days')
      .values({ ...CLOSURE, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'non_working_day',
      entityId: id,
      action: 'create',
      label: `${formatDateLong(CLOSURE.date)} ${CLOSURE.name}`,
      after: CLOSURE,
    });
  }
  const plans = yearsTo(today);
  for (const [year, social_homes] of Object.entries(socialHomes(plans))) {
    const { id } = await db
      .insertInto('complaint_year_homes')
      .values({ year, social_homes, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('id')
      .executeTakeFirst()
      .then((r) => r ?? { id: 0 });
    if (id)
      await writeAudit(db, ctx, {
        entity: 'complaint_year_homes',
        entityId: id,
        action: 'create',
        label: `Social homes ${year}`,
        after: { socialHomes: social_homes },
      });
  }
  const extra = await readExtraDays(db);
  const next = sequence(2425);
  const pick = <T>(weights: [T, number][]): T => {
    let r = next();
    for (const [v, w] of weights) if ((r -= w) < 0) return v;
    return weights[weights.length - 1]![0];
  };
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  // on time or not by quota within each group, spread evenly through the year
  const quota = new Map<string, { n: number; on: number }>();
  const onTimeNext = (key: string, share: number) => {
    const q = quota.get(key) ?? { n: 0, on: 0 };
    q.n++;
    const on = Math.round(q.n * share) > q.on;
    if (on) q.on++;
    quota.set(key, q);
    return on;
  };

  /** The stage's acknowledgement, extension and response, on time or late as asked. */
  const answer = (stage: ComplaintStage, received: IsoDate, onTime: boolean) => {
    const a = next();
    const acknowledged = a < 0.8 ? addWorkingDays(received, between(1, 5), extra) : a < 0.92 ? addWorkingDays(received, between(6, 9), extra) : null;
    const e = next();
    const limit = EXTENSION_LIMIT[stage];
    const extension_days = e < 0.1 ? between(limit / 2, limit) : e < 0.12 ? limit + 5 : 0;
    const due = responseDue({ stage, received, acknowledged, extensionDays: extension_days }, extra);
    const span = workingDaysAfter(received, due, extra);
    const responded = addWorkingDays(received, onTime ? between(Math.max(1, span - 8), span) : span + between(1, 15), extra);
    return { acknowledged, extension_days, responded };
  };
  const outcomeOf = (stage: ComplaintStage): ComplaintOutcome =>
    pick<ComplaintOutcome>(
      stage === 1
        ? [
            ['upheld', 0.35],
            ['partly_upheld', 0.44],
            ['not_upheld', 0.21],
          ]
        : [
            ['upheld', 0.3],
            ['partly_upheld', 0.35],
            ['not_upheld', 0.35],
          ],
    );
  const compensation = (o: ComplaintOutcome) => (o !== 'not_upheld' && next() < 0.6 ? between(5, 120) * 500 : null);

  const stages: DemoStage[] = [];
  for (const plan of plans) {
    const { from, to } = financialYearDates(plan.year);
    const days = daysBetween(from, to);
    for (let i = 1; i <= plan.stage1; i++) {
      const received = addWorkingDays(addDays(from, Math.floor(((i - 1 + next()) / plan.stage1) * days) - 1), 1, extra);
      if (received > to || received > today) continue;
      const tenure = pick(TENURES);
      const group = isTsmTenure(tenure) ? 'tsm' : 'other';
      const s1 = answer(1, received, onTimeNext(`${plan.year}1${group}`, plan.onTime[1][group]));
      const outcome = outcomeOf(1);
      const reference = `HM-${plan.year.slice(2, 4)}-${String(i).padStart(4, '0')}`;
      const service_area = pick(SERVICE_AREAS);
      const answered = s1.responded <= today;
      stages.push({
        reference,
        stage: 1,
        received,
        ...s1,
        responded: answered ? s1.responded : null,
        tenure,
        service_area,
        outcome: answered ? outcome : null,
        compensation_pence: answered ? compensation(outcome) : null,
      });
      if (!answered || next() >= ESCALATED) continue;
      const received2 = addWorkingDays(s1.responded, between(2, 25), extra);
      if (received2 > today) continue;
      const s2 = answer(2, received2, onTimeNext(`${plan.year}2${group}`, plan.onTime[2][group]));
      const outcome2 = outcomeOf(2);
      const answered2 = s2.responded <= today;
      stages.push({
        reference,
        stage: 2,
        received: received2,
        ...s2,
        responded: answered2 ? s2.responded : null,
        tenure,
        service_area,
        outcome: answered2 ? outcome2 : null,
        compensation_pence: answered2 ? compensation(outcome2) : null,
      });
    }
  }
  // Cases open today: received over the last five weeks, so some are late and some about to be.
  for (let i = 1; i <= 14; i++) {
    let received = addDays(today, -between(1, 35));
    while (!isComplaintWorkingDay(received, extra)) received = addDays(received, -1);
    const acknowledged = next() < 0.85 ? addWorkingDays(received, between(1, 5), extra) : null;
    stages.push({
      reference: `HM-NOW-${String(i).padStart(3, '0')}`,
      stage: i % 5 === 0 ? 2 : 1,
      received,
      acknowledged: acknowledged !== null && acknowledged <= today ? acknowledged : null,
      extension_days: 0,
      responded: null,
      tenure: pick(TENURES),
      service_area: pick(SERVICE_AREAS),
      outcome: null,
      compensation_pence: null,
    });
  }

  for (const s of stages) {
    const clock = clockColumns(
      { stage: s.stage, received: s.received, acknowledged: s.acknowledged, extensionDays: s.extension_days, responded: s.responded },
      extra,
    );
    const { id } = await db
      .insertInto('complaint_stages')
      .values({ ...s, ...clock, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, { entity: 'complaint_stage', entityId: id, action: 'create', label: `${s.reference} stage ${s.stage}`, after: s });
  }
  return stages.length;
}
