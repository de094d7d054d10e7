import { addDays, addMonths, daysBetween, type IsoDate } from './dates';

// The Big Six checks and the regulator's building-safety measures (TSM BS01-BS05).

export const CHECK_TYPES = ['GAS', 'EICR', 'FRA', 'WATER', 'LIFT', 'ASBESTOS'] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export const CHECK_TYPE_LABELS: Record<CheckType, string> = {
  GAS: 'Gas safety record',
  EICR: 'Electrical installation condition report',
  FRA: 'Fire risk assessment',
  WATER: 'Legionella (water) risk assessment',
  LIFT: 'Lift thorough examination',
  ASBESTOS: 'Asbestos re-inspection',
};

/** Short names, where a list of checks must fit a grid cell. */
export const CHECK_TYPE_SHORT: Record<CheckType, string> = { GAS: 'gas', EICR: 'electrical', FRA: 'fire', WATER: 'water', LIFT: 'lifts', ASBESTOS: 'asbestos' };

/** Default intervals in months; fire risk assessments go by the block's risk tier. */
export const DEFAULT_INTERVALS: Record<Exclude<CheckType, 'FRA'>, number> = { GAS: 12, EICR: 60, WATER: 24, LIFT: 6, ASBESTOS: 12 };
export const FIRE_RISK_TIERS = ['high', 'medium', 'low'] as const;
export type FireRiskTier = (typeof FIRE_RISK_TIERS)[number];
export const DEFAULT_FRA_MONTHS: Record<FireRiskTier, number> = { high: 12, medium: 24, low: 36 };

/** A gas check done in the two months before the due date keeps the original anniversary. */
export const GAS_EARLY_WINDOW_MONTHS = 2;

export const TENURES = ['tenant', 'shared_ownership', 'leaseholder'] as const;
export type Tenure = (typeof TENURES)[number];
/** The measures count the landlord's social homes, not right-to-buy leaseholders. */
export const SOCIAL_TENURES: readonly Tenure[] = ['tenant', 'shared_ownership'];

/**
 * When the next check falls due after one done on `done`: the interval on from the day it was
 * done, except a gas check done early (within the window before the previous due date), which
 * keeps the previous anniversary.
 */
export function deriveExpiry(type: CheckType, done: IsoDate, intervalMonths: number, previousExpiry: IsoDate | null): IsoDate {
  if (type === 'GAS' && previousExpiry && done <= previousExpiry && done >= addMonths(previousExpiry, -GAS_EARLY_WINDOW_MONTHS)) {
    return addMonths(previousExpiry, intervalMonths);
  }
  return addMonths(done, intervalMonths);
}

/** One gas check of a home, as the renewal chain needs it. */
export interface GasLink {
  id: number;
  done: IsoDate;
  expiry: IsoDate;
  /** entered by hand (kept), rather than worked out */
  given: boolean;
}

/**
 * A home's gas checks in date order, after one of them was added, moved or removed: each worked-out
 * expiry from `from` on is worked out again from the check before it (an early renewal keeps the
 * anniversary), so that a check recorded late, or corrected, carries on down the chain. Returns
 * the checks whose expiry changes. The current interval applies to those it works out again.
 */
export function gasChainChanges(checks: readonly GasLink[], months: number, from: IsoDate): { id: number; before: IsoDate; after: IsoDate }[] {
  const ordered = [...checks].sort((a, b) => a.done.localeCompare(b.done) || a.id - b.id);
  const changes: { id: number; before: IsoDate; after: IsoDate }[] = [];
  let previous: IsoDate | null = null;
  for (const c of ordered) {
    let expiry = c.expiry;
    if (!c.given && c.done >= from) {
      expiry = deriveExpiry('GAS', c.done, months, previous);
      if (expiry !== c.expiry) changes.push({ id: c.id, before: c.expiry, after: expiry });
    }
    previous = expiry;
  }
  return changes;
}

export type CheckStatus = 'in_date' | 'due_soon' | 'overdue' | 'no_access' | 'missing' | 'not_required';

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  in_date: 'In date',
  due_soon: 'Due within 30 days',
  overdue: 'Overdue',
  no_access: 'No access',
  missing: 'No check recorded',
  not_required: 'Not required',
};

/**
 * A check's status on a date: in date until its expiry (due within 30 days in the last month),
 * then overdue, or "no access" when the last visit since it fell due could not get in.
 */
export function checkStatus(required: boolean, expiry: IsoDate | null, lastNoAccess: IsoDate | null, asAt: IsoDate): CheckStatus {
  if (!required) return 'not_required';
  if (expiry && expiry >= asAt) return daysBetween(asAt, expiry) <= 30 ? 'due_soon' : 'in_date';
  if (lastNoAccess && (!expiry || lastNoAccess >= addMonths(expiry, -GAS_EARLY_WINDOW_MONTHS)) && lastNoAccess <= asAt) return 'no_access';
  return expiry ? 'overdue' : 'missing';
}

export interface MeasureFigure {
  requiring: number;
  compliant: number;
  /** percentage to one decimal place, or null when no home requires the check */
  percent: number | null;
}

export function measureFigure(requiring: number, compliant: number): MeasureFigure {
  return { requiring, compliant, percent: requiring === 0 ? null : Math.round((compliant / requiring) * 1000) / 10 };
}

export const MEASURES = { BS01: 'GAS', BS02: 'FRA', BS03: 'ASBESTOS', BS04: 'WATER', BS05: 'LIFT' } as const satisfies Record<string, CheckType>;
export type MeasureCode = keyof typeof MEASURES;

/** The last 31 March on or before a date: the regulator's year end. */
export function lastYearEnd(today: IsoDate): IsoDate {
  const y = Number(today.slice(0, 4));
  return today >= `${y}-03-31` ? `${y}-03-31` : `${y - 1}-03-31`;
}

export const REMEDIAL_PRIORITIES = ['immediate', '24h', '28_days', '3_months', 'advisory'] as const;
export type RemedialPriority = (typeof REMEDIAL_PRIORITIES)[number];
export const REMEDIAL_PRIORITY_LABELS: Record<RemedialPriority, string> = {
  immediate: 'Immediate',
  '24h': 'Within 24 hours',
  '28_days': 'Within 28 days',
  '3_months': 'Within 3 months',
  advisory: 'Advisory',
};

/** The due date a priority gives a remedial action found on a given day. */
export function remedialDueDate(priority: RemedialPriority, found: IsoDate): IsoDate {
  const due: Record<RemedialPriority, () => IsoDate> = {
    immediate: () => found,
    '24h': () => addDays(found, 1),
    '28_days': () => addDays(found, 28),
    '3_months': () => addMonths(found, 3),
    advisory: () => addMonths(found, 12),
  };
  return due[priority]();
}
