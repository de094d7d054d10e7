import type { CheckPositionRow, ComplianceTrend, OverdueChecks, RemedialSummary } from '../../../shared/contract';
import { lastYearEnd } from '../../../shared/domain/compliance';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import type { Db } from '../../core/context';
import type { KeepingCtx } from '../../core/mutation';
import { compliancePosition } from '../../compliance/position';
import { buildingSafetyMeasures, type MeasuresResult } from '../../compliance/measures';
import { remedialSummary } from '../../compliance/remedials';
import { measuresOnHost, overdueOnHost, remedialsOnHost } from '../../compliance/keptOnHost';
import { dataVersion } from '../../compliance/versionCache';
import { complianceTarget } from '../../compliance/checkSettingsHandlers';
import { overdueChecks } from '../../compliance/overdue';
import { complianceTrend } from '../../compliance/trend';
import { trendOffThread } from '../../compliance/trendOffThread';
import { currentFromHost, type PaperAsAt } from './paperAsAt';

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

/** The part's figures read over the whole stock, as the host read them at a version of the data. */
export type ComplianceFromHost = Pick<ComplianceSection, 'position' | 'trend' | 'measures' | 'measuresYearEnd' | 'remedials' | 'overdue'> & {
  asAt: IsoDate;
  version: string;
};

const OVERDUE_SHOWN = 40;
const yearEndOf = (asAt: IsoDate) => lastYearEnd(addDays(asAt, -1));

/**
 * The part's figures that the export's process would read on a cold connection, read by the host
 * on its read worker while the process starts and reads the paper's other parts. The trend's
 * points and the position are worked out and kept where they are not (after a change to the
 * stock, 66 points and six checks); the rest is kept in the host's memory until the next write,
 * as the compliance page's is (and shared with it).
 */
export async function complianceFromHost(ctx: KeepingCtx, asAt: IsoDate): Promise<ComplianceFromHost | undefined> {
  const version = await dataVersion(ctx.db);
  const offThread = trendOffThread(ctx);
  // side by side: the read workers take the overdue list and the measures on both cores
  const [trendAndPosition, overdue, measures, measuresYearEnd, remedials] = await Promise.all([
    (async () => {
      const trend = await complianceTrend(ctx.db, asAt, TREND_MONTHS, ctx.keeper, offThread);
      // the trend works the position out only when its last point is not kept, and a trend to a
      // later date keeps a month end's point without the position's counts due soon
      return { trend, position: await compliancePosition(ctx.db, asAt, ctx.keeper, offThread.positions) };
    })(),
    overdueOnHost(ctx, asAt, { limit: OVERDUE_SHOWN }),
    measuresOnHost(ctx, asAt),
    measuresOnHost(ctx, yearEndOf(asAt)),
    remedialsOnHost(ctx, asAt),
  ]);
  const figures = { asAt, version, ...trendAndPosition, measures, measuresYearEnd, remedials, overdue };
  // a write while they were read: they may not be of one state of the data, and the process reads them itself
  return (await dataVersion(ctx.db)) === version ? figures : undefined;
}

export async function loadCompliance(db: Db, { asAt, fromHost }: PaperAsAt): Promise<ComplianceSection> {
  const given = await currentFromHost(db, (await fromHost)?.compliance, asAt);
  return {
    target: await complianceTarget(db),
    position: given?.position ?? (await compliancePosition(db, asAt)),
    measures: given?.measures ?? (await buildingSafetyMeasures(db, asAt)),
    measuresYearEnd: given?.measuresYearEnd ?? (await buildingSafetyMeasures(db, yearEndOf(asAt))),
    remedials: given?.remedials ?? (await remedialSummary(db, asAt)),
    overdue: given?.overdue ?? (await overdueChecks(db, asAt, { limit: OVERDUE_SHOWN })),
    trend: given?.trend ?? (await complianceTrend(db, asAt, TREND_MONTHS)),
  };
}
