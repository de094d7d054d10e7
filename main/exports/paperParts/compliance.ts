import type { CheckPositionRow, ComplianceTrend, OverdueChecks, RemedialSummary } from '../../../shared/contract';
import { lastYearEnd } from '../../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import type { Db } from '../../core/context';
import type { KeepingCtx } from '../../core/mutation';
import { compliancePosition } from '../../compliance/position';
import { buildingSafetyMeasures, type MeasuresResult } from '../../compliance/measures';
import { remedialSummary } from '../../compliance/remedials';
import { complianceTarget } from '../../compliance/checkSettingsHandlers';
import { overdueChecks } from '../../compliance/overdue';
import { complianceTrend } from '../../compliance/trend';
import { trendOffThread } from '../../compliance/trendOffThread';
import type { PaperAsAt } from './paperAsAt';

/** The building safety compliance part of a committee paper, as at the paper's data-as-at date. */
export interface ComplianceSection {
  target: number;
  position: CheckPositionRow[];
  /** BS01-BS05 as at the data-as-at date */
  measures: MeasuresResult;
  /** BS01-BS05 at the last 31 March before it, the year-end the regulator is told */
  measuresYearEnd: MeasuresResult;
  remedials: RemedialSummary;
  /** the longest-overdue checks (homes, blocks, lifts) and how many there are in all */
  overdue: OverdueChecks;
  trend: ComplianceTrend;
}

/** The months of the trend the paper draws. */
const TREND_MONTHS = 12;

/**
 * Works out and keeps, where they are not kept already, the trend's points and the position as at
 * the paper's date (on the host's read worker): the export's process, which only reads, then reads
 * them kept instead of working out 72 points over the whole stock (2-3 s at 60,000 homes).
 */
export async function keepComplianceFigures(ctx: KeepingCtx, asAt: IsoDate): Promise<void> {
  const offThread = trendOffThread(ctx);
  await complianceTrend(ctx.db, asAt, TREND_MONTHS, ctx.keeper, offThread);
  // the trend works the position out only when its last point is not kept, and a trend to a later
  // date keeps a month end's point without the position's counts due soon
  await compliancePosition(ctx.db, asAt, ctx.keeper, offThread.positions);
}

export async function loadCompliance(db: Db, { asAt }: PaperAsAt): Promise<ComplianceSection> {
  return {
    target: await complianceTarget(db),
    position: await compliancePosition(db, asAt),
    measures: await buildingSafetyMeasures(db, asAt),
    measuresYearEnd: await buildingSafetyMeasures(db, lastYearEnd(addDays(asAt, -1))),
    remedials: await remedialSummary(db, asAt),
    overdue: await overdueChecks(db, asAt, { limit: 40 }),
    trend: await complianceTrend(db, asAt, TREND_MONTHS),
  };
}
