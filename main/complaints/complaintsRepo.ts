import { sql, type Selectable } from 'kysely';
import type { ComplaintCase, ComplaintRow, ComplaintsPage, ComplaintStatus } from '../../shared/contract';
import { complaintCaseClock, complaintStatus } from '../../shared/domain/complaintCase';
import { openDaysLate, type ExtraDays } from '../../shared/domain/complaints';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';
import { notFound } from '../core/errors';
import type { ComplaintStagesTable } from './tables';

export interface ComplaintsQuery {
  search: string;
  stage: 1 | 2 | null;
  tenure: ComplaintRow['tenure'] | null;
  show: 'all' | 'open' | 'responded';
  offset: number;
  limit: number;
}

type Stored = Selectable<ComplaintStagesTable>;

const toRow = (r: Stored, status: ComplaintStatus, daysLate: number): ComplaintRow => ({
  id: r.id,
  reference: r.reference,
  stage: r.stage,
  received: r.received,
  acknowledged: r.acknowledged,
  acknowledgementDue: r.acknowledgement_due,
  extensionDays: r.extension_days,
  responseDue: r.response_due,
  responded: r.responded,
  daysLate,
  onTime: r.on_time === null ? null : r.on_time === 1,
  status,
  tenure: r.tenure,
  serviceArea: r.service_area,
  outcome: r.outcome,
  compensationPence: r.compensation_pence,
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The log a page at a time, filtered in SQL: open cases already late first, then those due by
 * `soonUntil` (five working days from today), each by due date; then the rest, latest received first.
 */
export async function listComplaints(db: ReadDb, q: ComplaintsQuery, today: IsoDate, soonUntil: IsoDate, extra: ExtraDays): Promise<ComplaintsPage> {
  const status = sql<ComplaintStatus>`case
    when c.responded is not null then case when c.on_time = 1 then 'on_time' else 'late' end
    when c.response_due < ${today} then 'open_late'
    when c.response_due <= ${soonUntil} then 'due_soon'
    else 'open' end`;
  const rank = sql`case when c.responded is not null then 2 when c.response_due <= ${soonUntil} then 1 else 2 end`;
  const base = db
    .selectFrom('complaint_stages as c')
    .$if(q.search !== '', (s) => s.where(sql<boolean>`lower(c.reference) like ${`%${escapeLike(q.search.toLowerCase())}%`} escape '\\'`))
    .$if(q.stage !== null, (s) => s.where('c.stage', '=', q.stage!))
    .$if(q.tenure !== null, (s) => s.where('c.tenure', '=', q.tenure!))
    .$if(q.show === 'open', (s) => s.where('c.responded', 'is', null))
    .$if(q.show === 'responded', (s) => s.where('c.responded', 'is not', null));
  const rows = await base
    .selectAll('c')
    .select(status.as('status'))
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy(rank)
    .orderBy(sql`case when ${rank} < 2 then c.response_due end`)
    .orderBy('c.received', 'desc')
    .orderBy('c.reference')
    .orderBy('c.stage')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const total = rows.length
    ? Number(rows[0]!.total)
    : q.offset === 0
      ? 0
      : Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const open = await db
    .selectFrom('complaint_stages')
    .select([
      sql<number>`sum(case when response_due < ${today} then 1 else 0 end)`.as('late'),
      sql<number>`sum(case when response_due >= ${today} and response_due <= ${soonUntil} then 1 else 0 end)`.as('soon'),
    ])
    .where('responded', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    rows: rows.map((r) => toRow(r, r.status, r.days_late ?? openDaysLate(r.response_due, today, extra))),
    total,
    openLate: Number(open.late ?? 0),
    dueSoon: Number(open.soon ?? 0),
  };
}

/** One stage with its clock laid out step by step, and the other stage of its reference, if any. */
export async function getComplaint(db: ReadDb, id: number, today: IsoDate, soonUntil: IsoDate, extra: ExtraDays): Promise<ComplaintCase> {
  const r = await db.selectFrom('complaint_stages').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('That complaint stage');
  const clock = complaintCaseClock(
    { stage: r.stage, received: r.received, acknowledged: r.acknowledged, extensionDays: r.extension_days, responded: r.responded },
    today,
    soonUntil,
    extra,
  );
  const others = await db
    .selectFrom('complaint_stages')
    .select(['id', 'stage', 'received', 'responded', 'on_time', 'response_due'])
    .where('reference', '=', r.reference)
    .where('id', '!=', r.id)
    .orderBy('stage')
    .execute();
  return {
    ...toRow(r, clock.status, clock.daysLate),
    clock,
    otherStages: others.map((o) => ({
      id: o.id,
      stage: o.stage,
      received: o.received,
      status: complaintStatus({ responded: o.responded, onTime: o.on_time === null ? null : o.on_time === 1, responseDue: o.response_due }, today, soonUntil),
    })),
  };
}
