import {
  acknowledgementDue,
  countedExtension,
  EXTENSION_LIMIT,
  openDaysLate,
  RESPONSE_DAYS,
  responseDue,
  workingDaysAfter,
  type ComplaintDates,
  type ExtraDays,
} from './complaints';
import type { IsoDate } from './dates';

// One complaint stage's Complaint Handling Code clock laid out step by step, as the case's panel
// reads it: when the acknowledgement was due and how late it came, where the response clock
// started, how much of the extension counts, and where the case stands today.

/** Where a complaint stage stands: answered on time or late, or still open (late, due within five working days, or not yet). */
export type ComplaintStatus = 'on_time' | 'late' | 'open_late' | 'due_soon' | 'open';

export interface ComplaintCaseClock {
  acknowledgementDue: IsoDate;
  /** working days the acknowledgement came after its due day (0: in time); null when none is recorded */
  acknowledgedLateBy: number | null;
  /** the day the response clock starts: the acknowledgement, or its due day when that is earlier (late or not recorded) */
  responseFrom: IsoDate;
  responseFromDueDay: boolean;
  /** working days to respond by the Code, before any extension */
  responseDays: number;
  extensionAsked: number;
  /** the part of the extension that counts: at most the stage's limit */
  extensionCounted: number;
  extensionLimit: number;
  responseDue: IsoDate;
  /** null while open */
  onTime: boolean | null;
  /** working days after the due day: to the response, or (while open) to today */
  daysLate: number;
  /** open and not past its due day: working days from today to the due day (0: due today); else null */
  daysLeft: number | null;
  status: ComplaintStatus;
}

/** The status from the stored clock: `soonUntil` is the last day an open case counts as about to go late. */
export function complaintStatus(
  c: { responded: IsoDate | null; onTime: boolean | null; responseDue: IsoDate },
  today: IsoDate,
  soonUntil: IsoDate,
): ComplaintStatus {
  if (c.responded !== null) return c.onTime ? 'on_time' : 'late';
  if (c.responseDue < today) return 'open_late';
  return c.responseDue <= soonUntil ? 'due_soon' : 'open';
}

export function complaintCaseClock(c: ComplaintDates, today: IsoDate, soonUntil: IsoDate, extra: ExtraDays): ComplaintCaseClock {
  const ackDue = acknowledgementDue(c.received, extra);
  const due = responseDue(c, extra);
  const fromDueDay = c.acknowledged === null || c.acknowledged >= ackDue;
  const onTime = c.responded === null ? null : c.responded <= due;
  return {
    acknowledgementDue: ackDue,
    acknowledgedLateBy: c.acknowledged === null ? null : workingDaysAfter(ackDue, c.acknowledged, extra),
    responseFrom: fromDueDay ? ackDue : c.acknowledged!,
    responseFromDueDay: fromDueDay,
    responseDays: RESPONSE_DAYS[c.stage],
    extensionAsked: c.extensionDays,
    extensionCounted: countedExtension(c.stage, c.extensionDays),
    extensionLimit: EXTENSION_LIMIT[c.stage],
    responseDue: due,
    onTime,
    daysLate: c.responded === null ? openDaysLate(due, today, extra) : workingDaysAfter(due, c.responded, extra),
    daysLeft: c.responded === null && due >= today ? workingDaysAfter(today, due, extra) : null,
    status: complaintStatus({ responded: c.responded, onTime, responseDue: due }, today, soonUntil),
  };
}
