import { addDays, type IsoDate } from './dates';
import { SOCIAL_TENURES } from './compliance';
import { isWorkingDay } from './workingDays';

// The Complaint Handling Code's clocks (Housing Ombudsman, 2024), in working days: Monday to
// Friday, not a bank holiday in England and Wales, not one of the landlord's own closure days.
// Day 1 is the first working day after the start date.

export const COMPLAINT_STAGES = [1, 2] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const COMPLAINT_TENURES = ['tenant', 'shared_ownership', 'leaseholder', 'other'] as const;
export type ComplaintTenure = (typeof COMPLAINT_TENURES)[number];
export const COMPLAINT_TENURE_LABELS: Record<ComplaintTenure, string> = {
  tenant: 'Tenant',
  shared_ownership: 'Shared ownership',
  leaseholder: 'Leaseholder',
  other: 'Other',
};
/** The tenures the regulator's tenant satisfaction measures count: social housing (tenant and shared ownership). */
export const TSM_TENURES: readonly ComplaintTenure[] = SOCIAL_TENURES;
export const isTsmTenure = (t: ComplaintTenure) => TSM_TENURES.includes(t);

export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
};

/** Working days to acknowledge a complaint, at either stage. */
export const ACKNOWLEDGE_DAYS = 5;
/** Working days to respond after the acknowledgement, by stage; an extension counts up to as many again. */
export const RESPONSE_DAYS: Record<ComplaintStage, number> = { 1: 10, 2: 20 };
export const EXTENSION_LIMIT: Record<ComplaintStage, number> = { 1: 10, 2: 20 };
/** An open case due within this many working days is about to go late. */
export const DUE_SOON_DAYS = 5;

/** The landlord's own non-working days (office closures), besides weekends and bank holidays. */
export type ExtraDays = ReadonlySet<IsoDate>;
export const NO_EXTRA_DAYS: ExtraDays = new Set();

export const isComplaintWorkingDay = (date: IsoDate, extra: ExtraDays) => isWorkingDay(date) && !extra.has(date);

/** The n-th working day after `start` (n = 0 is `start` itself). */
export function addWorkingDays(start: IsoDate, n: number, extra: ExtraDays): IsoDate {
  let d = start;
  for (let i = 0; i < n;) {
    d = addDays(d, 1);
    if (isComplaintWorkingDay(d, extra)) i++;
  }
  return d;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysAfter(from: IsoDate, to: IsoDate, extra: ExtraDays): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isComplaintWorkingDay(d, extra)) n++;
  return n;
}

/** The extension that counts: at most the stage's limit, never below nothing. */
export const countedExtension = (stage: ComplaintStage, extensionDays: number) => Math.min(Math.max(extensionDays, 0), EXTENSION_LIMIT[stage]);

export interface ComplaintDates {
  stage: ComplaintStage;
  received: IsoDate;
  acknowledged: IsoDate | null;
  extensionDays: number;
  responded: IsoDate | null;
}

export interface ComplaintClock {
  acknowledgementDue: IsoDate;
  responseDue: IsoDate;
  /** null while no response is recorded */
  onTime: boolean | null;
  /** working days after the due day up to the response; null while no response is recorded */
  daysLate: number | null;
}

export function acknowledgementDue(received: IsoDate, extra: ExtraDays): IsoDate {
  return addWorkingDays(received, ACKNOWLEDGE_DAYS, extra);
}

/**
 * The response is due 10 (stage 1) or 20 (stage 2) working days after the acknowledgement, or
 * after the acknowledgement's due date when it was late or is not recorded (whichever is earlier),
 * plus the recorded extension up to the stage's limit.
 */
export function responseDue(c: Omit<ComplaintDates, 'responded'>, extra: ExtraDays): IsoDate {
  const ackDue = acknowledgementDue(c.received, extra);
  const from = c.acknowledged !== null && c.acknowledged < ackDue ? c.acknowledged : ackDue;
  return addWorkingDays(from, RESPONSE_DAYS[c.stage] + countedExtension(c.stage, c.extensionDays), extra);
}

export function complaintClock(c: ComplaintDates, extra: ExtraDays): ComplaintClock {
  const due = responseDue(c, extra);
  return {
    acknowledgementDue: acknowledgementDue(c.received, extra),
    responseDue: due,
    onTime: c.responded === null ? null : c.responded <= due,
    daysLate: c.responded === null ? null : workingDaysAfter(due, c.responded, extra),
  };
}

/** An open case's days late so far, as at `today` (0 while not yet due). */
export const openDaysLate = (responseDueOn: IsoDate, today: IsoDate, extra: ExtraDays) => workingDaysAfter(responseDueOn, today, extra);

/** The last day an open case counts as about to go late: DUE_SOON_DAYS working days after today. */
export const dueSoonUntil = (today: IsoDate, extra: ExtraDays) => addWorkingDays(today, DUE_SOON_DAYS, extra);

// Financial years, 1 April to 31 March, written 2024/25.

const YEAR = /^(\d{4})\/(\d{2})$/;

export function isFinancialYear(year: string): boolean {
  const m = YEAR.exec(year);
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** The first and last day of a financial year "2024/25": 2024-04-01 and 2025-03-31. */
export function financialYearDates(year: string): { from: IsoDate; to: IsoDate } {
  if (!isFinancialYear(year)) throw new RangeError(`Not a financial year: ${year}`);
  const start = Number(year.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The financial year a date falls in: 2025-03-31 is in 2024/25, 2025-04-01 in 2025/26. */
export function financialYearOf(date: IsoDate): string {
  const y = Number(date.slice(0, 4));
  const start = date.slice(5) >= '04-01' ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The share on time as a percentage to one decimal place, or null when nothing was responded to. */
export const percentOnTime = (onTime: number, responded: number): number | null => (responded === 0 ? null : Math.round((onTime * 1000) / responded) / 10);
