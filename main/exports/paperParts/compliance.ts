import type { CheckPositionRow, ComplianceTrend, OverdueChecks, RemedialSummary } from '../../../shared/contract';
import { lastYearEnd } from '../../../shared/domain/compliance';
import type { Db } from '../../core/context';
import { compliancePosition } from '../../compliance/position';
import { buildingSafetyMeasures, type MeasuresResult } from '../../compliance/measures';
import { remedialSummary } from '../../compliance/remedials';
import { complianceTarget } from '../../compliance/checkSettingsHandlers';
import { overdueChecks } from '../../compliance/overdue';
import { complianceTrend } from '../../compliance/trend';
import type { PaperAsAt } from './paperAsAt';

/** The building safety compliance part of a committee paper, as at the meeting date. */
export interface ComplianceSection {
  target: number;
  position: CheckPositionRow[];
  measures: MeasuresResult;
  remedials: RemedialSummary;
  /** the longest-overdue checks (homes, blocks, lifts) and how many there are in all */
  overdue: OverdueChecks;
  trend: ComplianceTrend;
}

export async function loadCompliance(db: Db, { asAt }: PaperAsAt): Promise<ComplianceSection> {
  return {
    target: await complianceTarget(db),
    position: await compliancePosition(db, asAt),
    measures: await buildingSafetyMeasures(db, lastYearEnd(asAt)),
    remedials: await remedialSummary(db, asAt),
    overdue: await overdueChecks(db, asAt, { limit: 40 }),
    trend: await complianceTrend(db, asAt, 12),
  };
}
