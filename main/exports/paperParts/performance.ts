import type { Scorecard } from '../../../shared/contract';
import type { IsoDate } from '../../../shared/domain/dates';
import type { FinancialYear, Frequency } from '../../../shared/domain/measures';
import { reportPeriod } from '../../../shared/domain/performanceReport';
import type { ReadDb } from '../../core/context';
import { listMeasures } from '../../measures/measuresRepo';
import { buildScorecard } from '../../measures/scorecard';
import type { PaperAsAt } from './paperAsAt';

/**
 * Performance against target for a year to a month: the scorecard as the Performance page shows
 * it (every measure in the register), with each measure's frequency for the appendix's tables.
 * The committee paper's part and the scorecard document are both drawn from it.
 */
export interface PerformanceSection {
  card: Scorecard;
  /** by measure id */
  frequencies: Record<number, Frequency>;
}

export async function performanceModel(db: ReadDb, year: FinancialYear, period: string | undefined, today: IsoDate): Promise<PerformanceSection> {
  const card = await buildScorecard(db, year, period, today);
  const frequencies = Object.fromEntries((await listMeasures(db)).map((m) => [m.id, m.frequency]));
  return { card, frequencies };
}

/** The paper's part: the financial year of the last month complete at its data-as-at date, to that month. */
export async function loadPerformance(db: ReadDb, { asAt }: PaperAsAt): Promise<PerformanceSection> {
  const { year, period } = reportPeriod(asAt);
  return performanceModel(db, year, period, asAt);
}
