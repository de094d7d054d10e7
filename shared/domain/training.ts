import { addDays, addMonths, daysBetween, type IsoDate } from './dates';

// The training matrix's rules: the status of one person x course cell as at a date. The SQL that
// works out the whole matrix follows these rules and is tested against them.

export const TRAINING_STATUSES = ['in_date', 'due_soon', 'due', 'expired', 'missing', 'waived', 'not_required'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  in_date: 'In date',
  due_soon: 'Due soon',
  due: 'Due',
  expired: 'Expired',
  missing: 'Missing',
  waived: 'Waived',
  not_required: 'Not required',
};

/** New starters have this long to complete a required course, unless the settings say otherwise. */
export const DEFAULT_GRACE_DAYS = 90;
/** After a new version of a linked policy is approved, staff have this long to do the course again. */
export const DEFAULT_POLICY_REFRESH_DAYS = 60;
/** An in-date course whose expiry falls within this many days after the date is "due soon". */
export const DUE_SOON_DAYS = 30;

export interface TrainingPerson {
  /** null for someone recorded without a start date: counted as employed, and past any new-starter grace */
  startDate: IsoDate | null;
  /** the last day of employment, or null */
  leaveDate: IsoDate | null;
}

export interface TrainingCourse {
  /** months until it must be done again; null for a course done once only */
  refreshMonths: number | null;
  /** days staff have to do it again after a linked policy's new version is approved */
  policyRefreshDays?: number;
}

export interface TrainingCompletion {
  dateCompleted: IsoDate;
  /** as recorded; when null it is derived from the course's refresh interval */
  expiryDate: IsoDate | null;
}

export interface TrainingWaiver {
  /** the day the waiver was agreed */
  agreedOn: IsoDate;
  /** the last day it covers */
  until: IsoDate;
}

export interface TrainingCellInput {
  person: TrainingPerson;
  course: TrainingCourse;
  /** whether the person's job role (and team) requires the course */
  required: boolean;
  /** in the order they were recorded */
  completions: readonly TrainingCompletion[];
  waivers: readonly TrainingWaiver[];
  /** the latest approval, on or before the date, of a new version of the policy the course is linked to */
  policyApprovedOn: IsoDate | null;
  graceDays?: number;
}

export interface TrainingCell {
  status: TrainingStatus;
  /** the expiry (in date, due soon, expired: null for a once-only course), the deadline (due), else null */
  date: IsoDate | null;
}

/** Whether the person is employed on the date: started on or before it and not left before it. */
export function employedOn(p: TrainingPerson, asAt: IsoDate): boolean {
  return (p.startDate === null || p.startDate <= asAt) && (p.leaveDate === null || p.leaveDate >= asAt);
}

/** When a completion runs out: as recorded, else by the course's interval; null for a once-only course. */
export function completionExpiry(course: TrainingCourse, c: TrainingCompletion): IsoDate | null {
  if (c.expiryDate) return c.expiryDate;
  return course.refreshMonths === null ? null : addMonths(c.dateCompleted, course.refreshMonths);
}

/**
 * The cell as at `asAt`, or null when the person is not employed on that date (a leaver or a
 * future starter is not in the matrix).
 */
export function trainingCell(input: TrainingCellInput, asAt: IsoDate): TrainingCell | null {
  const { person, course } = input;
  if (!employedOn(person, asAt)) return null;
  if (!input.required) return { status: 'not_required', date: null };
  if (input.waivers.some((w) => w.agreedOn <= asAt && asAt <= w.until)) return { status: 'waived', date: null };

  const approval = input.policyApprovedOn !== null && input.policyApprovedOn <= asAt ? input.policyApprovedOn : null;
  const counted = input.completions.filter((c) => c.dateCompleted <= asAt && (approval === null || c.dateCompleted >= approval));
  // The latest counts; of two on the same day, the one recorded last (completions come in the order recorded).
  const latest = counted.reduce<TrainingCompletion | null>((a, c) => (a === null || c.dateCompleted >= a.dateCompleted ? c : a), null);
  if (latest) {
    const expiry = completionExpiry(course, latest);
    if (expiry === null) return { status: 'in_date', date: null };
    if (expiry < asAt) return { status: 'expired', date: expiry };
    return { status: daysBetween(asAt, expiry) <= DUE_SOON_DAYS ? 'due_soon' : 'in_date', date: expiry };
  }

  // Nothing that counts: a new starter, or everyone after a policy change, has until the deadline.
  const deadlines = [
    person.startDate === null ? null : addDays(person.startDate, input.graceDays ?? DEFAULT_GRACE_DAYS),
    approval === null ? null : addDays(approval, course.policyRefreshDays ?? DEFAULT_POLICY_REFRESH_DAYS),
  ].filter((d): d is IsoDate => d !== null);
  const deadline = deadlines.sort().at(-1);
  return deadline !== undefined && asAt < deadline ? { status: 'due', date: deadline } : { status: 'missing', date: null };
}

/** A required cell that counts towards compliance: in date (due soon included) or waived. */
export function countsAsCompliant(status: TrainingStatus): boolean {
  return status === 'in_date' || status === 'due_soon' || status === 'waived';
}

/** Required cells and those compliant, as a percentage to one decimal place (null when nothing is required). */
export function trainingFigure(required: number, compliant: number): { required: number; compliant: number; percent: number | null } {
  return { required, compliant, percent: required ? Math.round((compliant / required) * 1000) / 10 : null };
}

/** The share of required training in date or waived that the dashboard and papers measure against (a setting to come). */
export const DEFAULT_TRAINING_TARGET = 95;
