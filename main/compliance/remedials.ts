import { sql } from 'kysely';
import type { RemedialSummary } from '../../shared/contract';
import { REMEDIAL_PRIORITIES } from '../../shared/domain/compliance';
import { addDays, daysBetween, type IsoDate } from '../../shared/domain/dates';
import { remedialWhere } from '../../shared/domain/overdueLabels';
import type { ReadDb } from '../core/context';
import { sqlReader } from '../core/readSql';

/** Open remedial actions as at a date: counts overdue by priority and age in SQL, and the oldest listed. */
export async function remedialSummary(db: ReadDb, asAt: IsoDate): Promise<RemedialSummary> {
  const open = sql`r.due_date is not null and (r.completed_date is null or r.completed_date > ${asAt})`;
  const counts = (
    await sql<{ priority: string; open: number; overdue: number; a: number; b: number; c: number }>`
      select r.priority, count(*) as open,
        sum(case when r.due_date < ${asAt} then 1 else 0 end) as overdue,
        sum(case when r.due_date < ${asAt} and r.due_date >= ${addDays(asAt, -30)} then 1 else 0 end) as a,
        sum(case when r.due_date < ${addDays(asAt, -30)} and r.due_date >= ${addDays(asAt, -90)} then 1 else 0 end) as b,
        sum(case when r.due_date < ${addDays(asAt, -90)} then 1 else 0 end) as c
      from remedial_actions r join certificates ce on ce.id = r.certificate_id
      where ${open} and ce.date_done <= ${asAt}
      group by r.priority`.execute(sqlReader(db))
  ).rows;
  const by = new Map(counts.map((c) => [c.priority, c]));
  const oldest = (
    await sql<{
      id: number;
      check_type: string;
      uprn: string | null;
      address: string | null;
      block: string | null;
      estate: string | null;
      lift: string | null;
      description: string;
      priority: string;
      due_date: string;
      owner: string | null;
    }>`
      select r.id, ce.check_type, d.uprn, d.address, b.name as block, e.name as estate, l.name as lift, r.description, r.priority, r.due_date, p.name as owner
      from remedial_actions r join certificates ce on ce.id = r.certificate_id
      left join dwellings d on d.id = ce.dwelling_id left join blocks b on b.id = ce.block_id left join estates e on e.id = b.estate_id
      left join lifts l on l.id = ce.lift_id left join people p on p.id = r.owner_id
      where ${open} and ce.date_done <= ${asAt} and r.due_date < ${asAt}
      order by r.due_date, r.id limit 50`.execute(sqlReader(db))
  ).rows;
  return {
    asAt,
    open: counts.reduce((n, c) => n + Number(c.open), 0),
    overdue: counts.reduce((n, c) => n + Number(c.overdue), 0),
    byPriority: REMEDIAL_PRIORITIES.map((p) => {
      const c = by.get(p);
      return { priority: p, overdue: Number(c?.overdue ?? 0), days0to30: Number(c?.a ?? 0), days31to90: Number(c?.b ?? 0), over90: Number(c?.c ?? 0) };
    }),
    oldest: oldest.map((r) => ({
      id: r.id,
      checkType: r.check_type,
      where: remedialWhere({ uprn: r.uprn, address: r.address, blockName: r.block, estateName: r.estate, liftName: r.lift }),
      description: r.description,
      priority: r.priority,
      dueDate: r.due_date,
      daysOverdue: daysBetween(r.due_date, asAt),
      ownerName: r.owner,
    })),
  };
}
