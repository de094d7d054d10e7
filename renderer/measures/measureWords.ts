import { financialYearOf, monthsOfYear, previousYear, type FinancialYear, type MeasureStatus } from '../../shared/domain/measures';
import { lastDay } from '../../shared/domain/months';

export const STATUS_CLASS: Record<MeasureStatus, string> = { on_target: 'rag-green', within_tolerance: 'rag-amber', off_target: 'rag-red' };

/** This financial year and the two before it, newest first. */
export function yearChoices(today: string): FinancialYear[] {
  const now = financialYearOf(today);
  return [now, previousYear(now), previousYear(previousYear(now))];
}

/** The months of a year that have begun. */
export const monthsBegun = (year: FinancialYear, today: string) => monthsOfYear(year).filter((m) => `${m}-01` <= today);

/** The months of a year that have ended. */
export const monthsEnded = (year: FinancialYear, today: string) => monthsOfYear(year).filter((m) => lastDay(m) < today);
