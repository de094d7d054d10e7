import { daysBetween, formatDateShort, type IsoDate } from './dates';

export const REC_STATUSES = ['not_started', 'in_progress', 'completed', 'on_hold'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];

export const REC_STATUS_LABELS: Record<RecStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  on_hold: 'On hold',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const RAGS = ['red', 'amber', 'green', 'complete'] as const;
export type Rag = (typeof RAGS)[number];

/** RAG is always shown as a word as well as a colour. */
export const RAG_LABELS: Record<Rag, string> = {
  red: 'Red – overdue',
  amber: 'Amber – due soon',
  green: 'Green – on track',
  complete: 'Complete',
};

/**
 * The RAG a report shows for an item. An item on hold is paused by decision, so the rule's rating
 * against its target ("Green – on track") would tell Members it is progressing when it is not: it
 * shows as "On hold" and is left out of the RAG counts, unless someone set its RAG by hand.
 */
export function ragShown(item: { status: RecStatus; rag: Rag; ragOverride: Rag | null }): { rag: Rag | null; label: string } {
  if (item.status === 'on_hold' && !item.ragOverride) return { rag: null, label: 'On hold' };
  return { rag: item.rag, label: RAG_LABELS[item.rag] };
}

export const NOTE_VISIBILITIES = ['public', 'internal'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** Days before the target date at which an open item turns amber. */
export const AMBER_WINDOW_DAYS = 30;

export interface RagInput {
  status: RecStatus;
  originalTargetDate: IsoDate | null;
  revisedTargetDate: IsoDate | null;
}

export function currentTargetDate(item: Pick<RagInput, 'originalTargetDate' | 'revisedTargetDate'>): IsoDate | null {
  return item.revisedTargetDate ?? item.originalTargetDate;
}

/**
 * Completed = complete; past the (revised) target and not complete = red; due within 30 days
 * and not complete = amber; otherwise green. An item with no target date is green.
 */
export function deriveRag(item: RagInput, today: IsoDate): Rag {
  if (item.status === 'completed') return 'complete';
  const target = currentTargetDate(item);
  if (!target) return 'green';
  const daysLeft = daysBetween(today, target);
  if (daysLeft < 0) return 'red';
  if (daysLeft <= AMBER_WINDOW_DAYS) return 'amber';
  return 'green';
}

export function effectiveRag(item: RagInput & { ragOverride: Rag | null }, today: IsoDate): Rag {
  return item.ragOverride ?? deriveRag(item, today);
}

/** Days past the current target date (0 when not overdue or complete). */
export function daysOverdue(item: RagInput, today: IsoDate): number {
  if (item.status === 'completed') return 0;
  const target = currentTargetDate(item);
  if (!target) return 0;
  return Math.max(0, daysBetween(target, today));
}

export interface RecommendationRuleInput {
  status: RecStatus;
  completionDate: IsoDate | null;
  originalTargetDate: IsoDate | null;
  revisedTargetDate: IsoDate | null;
  revisedReason: string | null;
  ragOverride: Rag | null;
  ragOverrideReason: string | null;
}

export interface RuleViolation {
  field: string;
  message: string;
}

/**
 * Completing a recommendation by its status alone (a grid cell) records today as its completion
 * date, unless it has one. The update handler applies it to every patch; a form that sends the
 * date as empty is still asked for it.
 */
export function completedToday<P extends { status?: unknown; completionDate?: unknown }>(
  before: { completionDate: IsoDate | null },
  patch: P,
  today: IsoDate,
): P {
  if (patch.status !== 'completed' || before.completionDate || patch.completionDate !== undefined) return patch;
  return { ...patch, completionDate: today };
}

/** Rules that involve more than one field, checked on the record as it would be saved: every one broken, in form order. */
export function recommendationRuleViolations(r: RecommendationRuleInput, today: IsoDate): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (r.revisedTargetDate && !r.originalTargetDate) {
    out.push({ field: 'originalTargetDate', message: 'Keep the original target date when a revised date is set.' });
  }
  if (r.revisedTargetDate && !r.revisedReason?.trim()) {
    out.push({ field: 'revisedReason', message: 'Give a reason for the revised target date.' });
  }
  if (r.status === 'completed' && !r.completionDate) {
    out.push({ field: 'completionDate', message: 'Enter the completion date when the status is Completed.' });
  } else if (r.status !== 'completed' && r.completionDate) {
    out.push({ field: 'completionDate', message: 'A completion date can only be set when the status is Completed.' });
  } else if (r.completionDate && r.completionDate > today) {
    out.push({ field: 'completionDate', message: 'The completion date cannot be in the future.' });
  }
  if (r.ragOverride === 'complete' && r.status !== 'completed') {
    out.push({ field: 'ragOverride', message: 'Only a completed recommendation can be shown as Complete. Change its status instead.' });
  }
  if (r.ragOverride && !r.ragOverrideReason?.trim()) {
    out.push({ field: 'ragOverrideReason', message: 'Give a reason for overriding the RAG status.' });
  }
  return out;
}

/** The first rule broken, or null. */
export function checkRecommendationRules(r: RecommendationRuleInput, today: IsoDate): RuleViolation | null {
  return recommendationRuleViolations(r, today)[0] ?? null;
}

/**
 * Members compare a revised target date against the original one, so once recorded the original
 * target date can be corrected but never removed.
 */
export function originalTargetDateKept(before: IsoDate | null, patch: { originalTargetDate?: IsoDate | null }): RuleViolation | null {
  if (before && 'originalTargetDate' in patch && patch.originalTargetDate === null) {
    return {
      field: 'originalTargetDate',
      message: `The original target date (${formatDateShort(before)}) cannot be removed: members compare any revised date against it. Correct it to another date instead.`,
    };
  }
  return null;
}

export interface ReasonPatch {
  revisedTargetDate?: IsoDate | null;
  revisedReason?: string | null;
  ragOverride?: Rag | null;
  ragOverrideReason?: string | null;
}

/**
 * A reason belongs to the change it explains: a new revised date or a new override needs a reason
 * given with it (an old one is not silently reused), and clearing either clears its reason.
 * Returns the patch to apply, or the rule it breaks.
 */
export function applyReasonRules<P extends ReasonPatch>(
  before: { revisedTargetDate: IsoDate | null; ragOverride: Rag | null },
  patch: P,
): { patch: P; violation: RuleViolation | null } {
  const out: P = { ...patch };
  if ('revisedTargetDate' in patch) {
    if (patch.revisedTargetDate === null) out.revisedReason = null;
    else if (patch.revisedTargetDate !== before.revisedTargetDate && !patch.revisedReason?.trim()) {
      return { patch, violation: { field: 'revisedReason', message: 'Give a reason for the revised target date.' } };
    }
  }
  if ('ragOverride' in patch) {
    if (patch.ragOverride === null) out.ragOverrideReason = null;
    else if (patch.ragOverride !== before.ragOverride && !patch.ragOverrideReason?.trim()) {
      return { patch, violation: { field: 'ragOverrideReason', message: 'Give a reason for overriding the RAG status.' } };
    }
  }
  return { patch: out, violation: null };
}
