import { sql } from 'kysely';
import type { ComplaintRow, ComplaintsPage, ComplaintStatus } from '../../shared/contract';
import { openDaysLate, type ExtraDays } from '../../shared/domain/complaints';
import type { IsoDate } from '../../shared/domain/dates';
import type { ReadDb } from '../core/context';

export interface ComplaintsQuery {
  search: string;
  stage: 1 | 2 | null;
  tenure: ComplaintRow['tenure'] | null;
  show: 'all' | 'open' | 'responded';
  offset: number;
  limit: number;
}

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
    rows: rows.map((r): ComplaintRow => ({
      id: r.id,
      reference: r.reference,
      stage: r.stage,
      received: r.received,
      acknowledged: r.acknowledged,
      acknowledgementDue: r.acknowledgement_due,
      extensionDays: r.extension_days,
      responseDue: r.response_due,
      responded: r.responded,
      daysLate: r.days_late ?? openDaysLate(r.response_due, today, extra),
      onTime: r.on_time === null ? null : r.on_time === 1,
      status: r.status,
      tenure: r.tenure,
      serviceArea: r.service_area,
      outcome: r.outcome,
      compensationPence: r.compensation_pence,
    })),
    total,
    openLate: Number(open.late ?? 0),
    dueSoon: Number(open.soon ?? 0),
  };
}
