import { ordinal } from './ordinal';
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
 * A home's gas checks after one of them was added, corrected or removed (`before` and `after` the
 * change, as recorded). A worked-out expiry is worked out again only where the check before it now
 * runs out on another date than it did, so an early renewal keeps the anniversary down the chain,
 * and an expiry nothing touched stays as it was, whatever interval applies now. The check before
 * one is the latest done on an earlier day, as when an expiry is first worked out. A check that
 * is new, or entered by hand, keeps its expiry. Returns the checks whose expiry changes.
 */
export function gasChainChanges(before: readonly GasLink[], after: readonly GasLink[], months: number): { id: number; before: IsoDate; after: IsoDate }[] {
  const byDate = (list: readonly GasLink[]) => [...list].sort((a, b) => ordinal(a.done, b.done) || a.id - b.id);
  const old = byDate(before);
  // the expiry of the latest check done before `done`, in a list in date order
  const previous = (list: readonly GasLink[], expiries: Map<number, IsoDate>, done: IsoDate): IsoDate | null => {
    let found: IsoDate | null = null;
    for (const c of list) {
      if (c.done >= done) break;
      found = expiries.get(c.id) ?? c.expiry;
    }
    return found;
  };
  const oldExpiries = new Map(old.map((c) => [c.id, c.expiry]));
  const known = new Set(old.map((c) => c.id));
  const ordered = byDate(after);
  const now = new Map<number, IsoDate>();
  const changes: { id: number; before: IsoDate; after: IsoDate }[] = [];
  for (const c of ordered) {
    let expiry = c.expiry;
    if (!c.given && known.has(c.id)) {
      const was = previous(old, oldExpiries, old.find((o) => o.id === c.id)!.done);
      const is = previous(ordered, now, c.done);
      if (was !== is) expiry = deriveExpiry('GAS', c.done, months, is);
    }
    if (expiry !== c.expiry) changes.push({ id: c.id, before: c.expiry, after: expiry });
    now.set(c.id, expiry);
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
