import { REC_STATUS_LABELS, type RecStatus } from './actionPlan';
import { formatDateLong, type IsoDate } from './dates';

/** The columns of a recommendation that "what changed this month" reports on, as the audit log names them. */
export interface TrackedFields {
  status: RecStatus;
  original_target_date: IsoDate | null;
  revised_target_date: IsoDate | null;
  owner_id: number | null;
}
type Field = keyof TrackedFields;
const FIELDS: readonly Field[] = ['status', 'original_target_date', 'revised_target_date', 'owner_id'];

/** One audit row of a recommendation: an update keeps only the changed columns on each side. */
export interface AuditStep {
  action: 'create' | 'update' | 'delete';
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface NetChange {
  /** the record when the month began; null if it did not exist yet */
  start: TrackedFields | null;
  /** the record when the month ended; null if it had been deleted */
  end: TrackedFields | null;
  /** when the record was created in the month, if it was */
  createdAt: string | null;
  /** when each column last changed in the month */
  lastChangedAt: Partial<Record<Field, string>>;
}

const touches = (s: AuditStep, f: Field) => (s.before !== null && f in s.before) || (s.after !== null && f in s.after);
const sideOf = (side: Record<string, unknown> | null, f: Field) => (side?.[f] ?? null) as never;

/**
 * A recommendation's state at the start and the end of a month, from its audit rows: `inMonth`
 * and `later` (after the month), each oldest first, and `current` (the record now, null if
 * deleted). Only the first "before" and the last "after" of the month count, so a value that came
 * back to where it started is no change. A column the month did not touch is read from the first
 * later row that did, else from the record now. `createdWithProgramme`: a record created as its
 * programme was being set up is the programme's starting point, so its values at creation are the
 * start rather than news.
 */
export function netChange(inMonth: AuditStep[], later: AuditStep[], current: TrackedFields | null, createdWithProgramme = false): NetChange {
  const created = inMonth.find((s) => s.action === 'create') ?? null;
  const deletedInMonth = inMonth.at(-1)?.action === 'delete';
  const lastChangedAt: NetChange['lastChangedAt'] = {};
  const endValue = (f: Field) => {
    const last = inMonth.findLast((s) => touches(s, f));
    if (last) return sideOf(last.after, f);
    const next = later.find((s) => touches(s, f));
    return next ? sideOf(next.before, f) : (current?.[f] ?? null);
  };
  const startValue = (f: Field) => {
    const first = inMonth.find((s) => touches(s, f));
    return first ? sideOf(first.before, f) : endValue(f);
  };
  const end = deletedInMonth ? null : (Object.fromEntries(FIELDS.map((f) => [f, endValue(f)])) as unknown as TrackedFields);
  let start: TrackedFields | null = null;
  if (!created) start = Object.fromEntries(FIELDS.map((f) => [f, startValue(f)])) as unknown as TrackedFields;
  else if (createdWithProgramme) start = Object.fromEntries(FIELDS.map((f) => [f, sideOf(created.after, f)])) as unknown as TrackedFields;
  const counted = created && createdWithProgramme ? inMonth.filter((s) => s !== created) : inMonth;
  for (const f of FIELDS) {
    const last = counted.findLast((s) => touches(s, f));
    if (last) lastChangedAt[f] = last.at;
  }
  return { start, end, createdAt: created && !createdWithProgramme ? created.at : null, lastChangedAt };
}

export interface ChangeItem {
  kind: 'new' | 'status' | 'target' | 'owner';
  at: string;
  /** what happened, for the project manager */
  description: string;
  /** a plain-English bullet that names no one */
  suggestedText: string;
}

const targetOf = (r: TrackedFields) => r.revised_target_date ?? r.original_target_date;

/** The bullet for a change of status, worded from where it started as well as where it ended. */
export function statusBullet(from: RecStatus | null, to: RecStatus, ref: string, title: string): string {
  switch (to) {
    case 'completed':
      return `We have completed recommendation ${ref}: ${title}.`;
    case 'in_progress':
      if (from === 'completed') return `We have reopened recommendation ${ref} (${title}): there is more work to do.`;
      if (from === 'on_hold') return `Work on recommendation ${ref} (${title}) has resumed.`;
      return `Work has started on recommendation ${ref}: ${title}.`;
    case 'on_hold':
      return `Work on recommendation ${ref} (${title}) is paused for now.`;
    case 'not_started':
      if (from === 'completed') return `We have reopened recommendation ${ref} (${title}): work on it has not started yet.`;
      return `Recommendation ${ref} (${title}) is now recorded as not started.`;
  }
}

const NEW_STATUS_SENTENCE: Record<RecStatus, string> = {
  not_started: 'Work on it has not started yet',
  in_progress: 'Work on it has started',
  on_hold: 'Work on it is paused for now',
  completed: 'It has already been completed',
};

/**
 * What a month's net change of one recommendation offers as bullets: nothing when every value
 * came back to where it started, one "new recommendation" item (its values at the month's end) for
 * one added in the month, and nothing for one deleted (there is no record left to link a bullet to).
 */
export function changeItems(net: NetChange, ref: string, title: string): ChangeItem[] {
  const { start, end } = net;
  if (!end) return [];
  if (!start) {
    const target = targetOf(end);
    return [
      {
        kind: 'new',
        at: net.createdAt ?? '',
        description: `New recommendation: ${REC_STATUS_LABELS[end.status]}, target date ${formatDateLong(target) || 'none'}`,
        suggestedText:
          `We have added recommendation ${ref} to the plan: ${title}. ${NEW_STATUS_SENTENCE[end.status]}` +
          (target ? `; the target date is ${formatDateLong(target)}.` : '.'),
      },
    ];
  }
  const out: ChangeItem[] = [];
  const at = (...fields: Field[]) =>
    fields
      .map((f) => net.lastChangedAt[f] ?? '')
      .sort()
      .at(-1)!;
  if (start.status !== end.status) {
    out.push({
      kind: 'status',
      at: at('status'),
      description: `Status changed from ${REC_STATUS_LABELS[start.status]} to ${REC_STATUS_LABELS[end.status]}`,
      suggestedText: statusBullet(start.status, end.status, ref, title),
    });
  }
  const was = targetOf(start);
  const now = targetOf(end);
  if (was !== now) {
    out.push({
      kind: 'target',
      at: at('original_target_date', 'revised_target_date'),
      description: `Target date changed from ${formatDateLong(was) || 'none'} to ${formatDateLong(now) || 'none'}`,
      suggestedText: now
        ? `The target date for recommendation ${ref} (${title}) is now ${formatDateLong(now)}.`
        : `Recommendation ${ref} (${title}) no longer has a target date.`,
    });
  }
  // A removed owner is not news for the public: the bullet would only say that no one leads it.
  if (start.owner_id !== end.owner_id && end.owner_id !== null) {
    out.push({
      kind: 'owner',
      at: at('owner_id'),
      description: 'Owner changed',
      suggestedText: `A new lead officer is now responsible for recommendation ${ref} (${title}).`,
    });
  }
  return out;
}
