import type { CheckPositionRow, ComplianceTrend, OverdueChecks, RemedialSummary } from '../../../shared/contract';
import { lastYearEnd } from '../../../shared/domain/compliance';
import { addDays } from '../../../shared/domain/dates';
import type { Db } from '../../core/context';
import { compliancePosition } from '../../compliance/position';
import { buildingSafetyMeasures, type MeasuresResult } from '../../compliance/measures';
import { remedialSummary } from '../../compliance/remedials';
import { complianceTarget } from '../../compliance/checkSettingsHandlers';
import { overdueChecks } from '../../compliance/overdue';
import { complianceTrend } from '../../compliance/trend';
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

export async function loadCompliance(db: Db, { asAt }: PaperAsAt): Promise<ComplianceSection> {
  return {
    target: await complianceTarget(db),
    position: await compliancePosition(db, asAt),
    measures: await buildingSafetyMeasures(db, asAt),
    measuresYearEnd: await buildingSafetyMeasures(db, lastYearEnd(addDays(asAt, -1))),
    remedials: await remedialSummary(db, asAt),
    overdue: await overdueChecks(db, asAt, { limit: 40 }),
    trend: await complianceTrend(db, asAt, 12),
  };
}
