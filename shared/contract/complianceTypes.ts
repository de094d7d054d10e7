import type { CheckStatus, CheckType } from '../domain/compliance';
import type { OverduePlace } from '../domain/overdueLabels';

export interface MeasureFigureResult {
  requiring: number;
  compliant: number;
  percent: number | null;
}

export interface BuildingSafetyMeasures {
  asAt: string;
  BS01: MeasureFigureResult;
  BS02: MeasureFigureResult;
  BS03: MeasureFigureResult;
  BS04: MeasureFigureResult;
  BS05: MeasureFigureResult;
}

export interface CheckPositionRow {
  checkType: CheckType;
  requiring: number;
  compliant: number;
  overdue: number;
  due30: number;
  due60: number;
  due90: number;
  percent: number | null;
}

/** One thing whose check has run out (or was never done), as at a date: a home, a block or a lift. */
export interface OverdueCheck extends OverduePlace {
  checkType: CheckType;
  /** when cover ran out; null when no check was ever recorded */
  coverUntil: string | null;
  /** days since cover ran out; null when never checked */
  daysOverdue: number | null;
  lastNoAccess: string | null;
  status: 'overdue' | 'no_access' | 'missing';
  ownerName: string | null;
}

export interface OverdueChecks {
  asAt: string;
  /** how many things are overdue in all, before the limit */
  total: number;
  rows: OverdueCheck[];
}

export interface ComplianceTrend {
  asAt: string;
  /** month ends, oldest first; the last is the as-at date */
  points: string[];
  series: { checkType: CheckType; percent: (number | null)[] }[];
}

export interface CheckOwner {
  checkType: CheckType;
  personId: number | null;
  personName: string | null;
  /** months between checks: one figure per check type, three (by fire risk tier) for FRA */
  intervals: { code: string; months: number }[];
}

export interface HomeCompliance {
  uprn: string;
  address: string;
  blockName: string | null;
  tenure: string;
  asAt: string;
  checks: {
    checkType: CheckType;
    status: CheckStatus;
    coverUntil: string | null;
    lastNoAccess: string | null;
    explanation: string;
  }[];
}

export interface RemedialSummary {
  asAt: string;
  open: number;
  overdue: number;
  /** overdue actions by priority and by how long overdue */
  byPriority: { priority: string; overdue: number; days0to30: number; days31to90: number; over90: number }[];
  oldest: {
    id: number;
    checkType: string;
    where: string;
    description: string;
    priority: string;
    dueDate: string;
    daysOverdue: number;
    ownerName: string | null;
  }[];
}
