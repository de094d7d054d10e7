import type { MonthChange, MonthlyItem } from '../../shared/contract';
import { REC_STATUS_LABELS, type RecStatus } from '../../shared/domain/actionPlan';
import { formatDateLong } from '../../shared/domain/dates';
import { firstDay, nextMonth, type Month } from '../../shared/domain/months';
import type { Db } from '../core/context';

const STATUS_BULLETS: Record<RecStatus, (ref: string, title: string) => string> = {
  completed: (ref, title) => `We have completed recommendation ${ref}: ${title}.`,
  in_progress: (ref, title) => `Work has started on recommendation ${ref}: ${title}.`,
  on_hold: (ref, title) => `Work on recommendation ${ref} (${title}) is paused for now.`,
  not_started: (ref, title) => `Recommendation ${ref} (${title}) has not started yet.`,
};

/**
 * What changed in a month, read from the audit log: status, target date and owner changes of the
 * programme's recommendations, and public notes dated in the month. Each comes with a bullet that
 * names no one, ready for the public update.
 */
export async function monthChanges(db: Db, programmeId: number, month: Month, items: MonthlyItem[]): Promise<MonthChange[]> {
  const from = firstDay(month);
  const to = firstDay(nextMonth(month));
  // Audit times are UTC; the month runs from local midnight to local midnight, as "today" does.
  const localMidnight = (date: string) => new Date(`${date}T00:00:00`).toISOString();
  const audits = await db
    .selectFrom('audit_log')
    .innerJoin('recommendations', 'recommendations.id', 'audit_log.entity_id')
    .select([
      'audit_log.at',
      'audit_log.before_json',
      'audit_log.after_json',
      'recommendations.id',
      'recommendations.ref',
      'recommendations.title',
      'recommendations.original_target_date',
      'recommendations.revised_target_date',
    ])
    .where('audit_log.entity', '=', 'recommendation')
    .where('audit_log.action', '=', 'update')
    .where('audit_log.at', '>=', localMidnight(from))
    .where('audit_log.at', '<', localMidnight(to))
    .where('recommendations.programme_id', '=', programmeId)
    .orderBy('audit_log.id')
    .execute();

  const out: Omit<MonthChange, 'alreadyUsed'>[] = [];
  for (const a of audits) {
    const before = JSON.parse(a.before_json ?? '{}') as Record<string, unknown>;
    const after = JSON.parse(a.after_json ?? '{}') as Record<string, unknown>;
    const base = { at: a.at, recommendationId: a.id, ref: a.ref, title: a.title };
    if ('status' in after) {
      const status = after.status as RecStatus;
      out.push({
        ...base,
        kind: 'status',
        description: `Status changed from ${REC_STATUS_LABELS[before.status as RecStatus] ?? 'none'} to ${REC_STATUS_LABELS[status]}`,
        suggestedText: STATUS_BULLETS[status](a.ref, a.title),
      });
    }
    if ('revised_target_date' in after || 'original_target_date' in after) {
      // The target is the revised date, else the original; a side the change did not touch is read from the record.
      const side = (s: Record<string, unknown>, key: 'revised_target_date' | 'original_target_date') => (key in s ? (s[key] as string | null) : a[key]);
      const was = side(before, 'revised_target_date') ?? side(before, 'original_target_date');
      const now = side(after, 'revised_target_date') ?? side(after, 'original_target_date');
      if (now && now !== was) {
        out.push({
          ...base,
          kind: 'target',
          description: `Target date changed from ${formatDateLong(was) || 'none'} to ${formatDateLong(now)}`,
          suggestedText: `The target date for recommendation ${a.ref} (${a.title}) is now ${formatDateLong(now)}.`,
        });
      }
    }
    if ('owner_id' in after && after.owner_id !== null) {
      out.push({
        ...base,
        kind: 'owner',
        description: 'Owner changed',
        suggestedText: `A new lead officer is now responsible for recommendation ${a.ref} (${a.title}).`,
      });
    }
  }

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
