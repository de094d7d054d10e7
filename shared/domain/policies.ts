import { addMonths, type IsoDate } from './dates';
import { monthOf } from './months';

export const POLICY_STAGES = [
  'identified_missing',
  'drafting',
  'staff_consultation',
  'resident_consultation',
  'awaiting_committee',
  'approved',
  'published',
  'review_due',
  'extended',
  'superseded',
  'withdrawn',
] as const;
export type PolicyStage = (typeof POLICY_STAGES)[number];

export const POLICY_STAGE_LABELS: Record<PolicyStage, string> = {
  identified_missing: 'Identified as missing',
  drafting: 'Drafting',
  staff_consultation: 'Staff consultation',
  resident_consultation: 'Resident consultation',
  awaiting_committee: 'Awaiting committee',
  approved: 'Approved',
  published: 'Published',
  review_due: 'Review due',
  extended: 'Extended',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

export const POLICY_CATEGORIES = ['building_safety', 'tenancy', 'customer_service', 'repairs', 'equality', 'governance', 'other'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];
export const POLICY_CATEGORY_LABELS: Record<PolicyCategory, string> = {
  building_safety: 'Building safety',
  tenancy: 'Tenancy',
  customer_service: 'Customer service',
  repairs: 'Repairs',
  equality: 'Equality',
  governance: 'Governance',
  other: 'Other',
};

export const DEFAULT_REVIEW_MONTHS = 36;
/** Reviews due in one month above which the schedule warns of a cluster (the user can change it). */
export const DEFAULT_CLUSTER_THRESHOLD = 3;

/** Stages in which a policy is in force and so has a review date. */
const IN_FORCE: readonly PolicyStage[] = ['approved', 'published', 'review_due', 'extended'];
export const isInForce = (stage: PolicyStage) => IN_FORCE.includes(stage);

/** Stages from which a committee may approve a policy. */
export const APPROVABLE_STAGES: readonly PolicyStage[] = ['awaiting_committee', 'review_due', 'extended', 'approved', 'published'];

export interface ReviewInput {
  stage: PolicyStage;
  approvalDate: IsoDate | null;
  reviewPeriodMonths: number;
  /** an approved extension's new review date */
  extendedTo: IsoDate | null;
}

/**
 * The next review date: an approved extension's date when there is one, else the approval date
 * plus the review period. A policy not in force (or never approved) has none.
 */
export function nextReviewDate(p: ReviewInput): IsoDate | null {
  if (!isInForce(p.stage)) return null;
  if (p.extendedTo) return p.extendedTo;
  if (!p.approvalDate) return null;
  return addMonths(p.approvalDate, p.reviewPeriodMonths);
}

export type ReviewState = 'overdue' | 'due_3' | 'due_6' | 'due_12' | 'later' | 'none';

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  overdue: 'Review overdue',
  due_3: 'Due within 3 months',
  due_6: 'Due within 6 months',
  due_12: 'Due within 12 months',
  later: 'Not due for 12 months or more',
  none: 'No review date',
};

export function reviewState(next: IsoDate | null, today: IsoDate): ReviewState {
  if (!next) return 'none';
  if (next < today) return 'overdue';
  if (next <= addMonths(today, 3)) return 'due_3';
  if (next <= addMonths(today, 6)) return 'due_6';
  if (next <= addMonths(today, 12)) return 'due_12';
  return 'later';
}

export interface ClusterMonth {
  month: string;
  count: number;
  clustered: boolean;
}

/**
 * Reviews falling due by month, from this month for `months` months, each flagged when more than
 * `threshold` fall in it (committees complain of such clusters).
 */
export function reviewTimeline(dates: (IsoDate | null)[], today: IsoDate, months: number, threshold: number): ClusterMonth[] {
  const counts = new Map<string, number>();
  for (const d of dates) if (d) counts.set(monthOf(d), (counts.get(monthOf(d)) ?? 0) + 1);
  const out: ClusterMonth[] = [];
  for (let i = 0; i < months; i++) {
    const m = monthOf(addMonths(`${monthOf(today)}-01`, i));
    const count = counts.get(m) ?? 0;
    out.push({ month: m, count, clustered: count > threshold });
  }
  return out;
}
