import type { MonthChange, MonthlyItem } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { changeItems, netChange, type AuditStep } from '../../shared/domain/monthChanges';
import { firstDay, nextMonth, type Month } from '../../shared/domain/months';
import type { AuditEntity } from '../../shared/domain/auditEntities';
import type { ReadDb } from '../core/context';

const RECOMMENDATION = 'recommendation' satisfies AuditEntity;

/**
 * What changed in a month: the net change of each of the programme's recommendations over the
 * month, read from the audit log (status, target date, owner; one item for one added), and public
 * notes dated in the month. Each comes with a bullet that names no one, ready for the public update.
 */
export async function monthChanges(db: ReadDb, programmeId: number, month: Month, items: MonthlyItem[]): Promise<MonthChange[]> {
  const from = firstDay(month);
  const to = firstDay(nextMonth(month));
  // Audit times are UTC; the month runs from local midnight to local midnight, as "today" does.
  const localMidnight = (date: string) => new Date(`${date}T00:00:00`).toISOString();
  const [start, end] = [localMidnight(from), localMidnight(to)];
  const programme = await db.selectFrom('programmes').select('created_at').where('id', '=', programmeId).executeTakeFirst();
  const programmeSetUpInMonth = !!programme && programme.created_at >= start && programme.created_at < end;
  // A deleted recommendation has nothing a bullet could link to, so only those still recorded are read.
  const audits = await db
    .selectFrom('audit_log')
    .innerJoin('recommendations', 'recommendations.id', 'audit_log.entity_id')
    .select([
      'audit_log.at',
      'audit_log.action',
      'audit_log.before_json',
      'audit_log.after_json',
      'recommendations.id',
      'recommendations.ref',
      'recommendations.title',
      'recommendations.status',
      'recommendations.original_target_date',
      'recommendations.revised_target_date',
      'recommendations.owner_id',
    ])
    .where('audit_log.entity', '=', RECOMMENDATION)
    .where('audit_log.at', '>=', start)
    // Rows after the month are read only for records the month changed: they tell its end state.
    .where('audit_log.entity_id', 'in', (eb) =>
      eb.selectFrom('audit_log as m').select('m.entity_id').where('m.entity', '=', RECOMMENDATION).where('m.at', '>=', start).where('m.at', '<', end),
    )
    .where('recommendations.programme_id', '=', programmeId)
    .orderBy('audit_log.id')
    .execute();

  const byRecord = new Map<number, { row: (typeof audits)[number]; inMonth: AuditStep[]; later: AuditStep[] }>();
  for (const a of audits) {
    const rec = byRecord.get(a.id) ?? { row: a, inMonth: [], later: [] };
    byRecord.set(a.id, rec);
    const step: AuditStep = {
      action: a.action,
      at: a.at,
      before: a.before_json ? (JSON.parse(a.before_json) as Record<string, unknown>) : null,
      after: a.after_json ? (JSON.parse(a.after_json) as Record<string, unknown>) : null,
    };
    (a.at < end ? rec.inMonth : rec.later).push(step);
  }

  const out: Omit<MonthChange, 'alreadyUsed'>[] = [];
  for (const { row, inMonth, later } of byRecord.values()) {
    if (inMonth.length === 0) continue;
    const current = {
      status: row.status,
      original_target_date: row.original_target_date,
      revised_target_date: row.revised_target_date,
      owner_id: row.owner_id,
    };
    const net = netChange(inMonth, later, current, programmeSetUpInMonth);
    for (const c of changeItems(net, row.ref, row.title)) out.push({ ...c, recommendationId: row.id, ref: row.ref, title: row.title });
  }
  out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const notes = await db
    .selectFrom('progress_notes')
    .innerJoin('recommendations', 'recommendations.id', 'progress_notes.recommendation_id')
    .select(['progress_notes.note_date', 'progress_notes.body', 'recommendations.id', 'recommendations.ref', 'recommendations.title'])
    .where('recommendations.programme_id', '=', programmeId)
    .where('progress_notes.visibility', '=', 'public')
    .where('progress_notes.note_date', '>=', from)
    .where('progress_notes.note_date', '<', to)
    .orderBy('progress_notes.note_date')
    .orderBy('progress_notes.id')
    .execute();
  for (const n of notes) {
    out.push({
      kind: 'note',
      at: n.note_date,
      recommendationId: n.id,
      ref: n.ref,
      title: n.title,
      description: `New public note of ${formatDateLong(n.note_date)}`,
      suggestedText: n.body,
    });
  }

  const used = new Set(items.map((i) => `${i.recommendationId}|${i.body.trim()}`));
  return out.map((c) => ({ ...c, alreadyUsed: used.has(`${c.recommendationId}|${c.suggestedText.trim()}`) }));
}
