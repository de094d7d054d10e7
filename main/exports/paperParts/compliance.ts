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

/** BS01-BS05 at the paper's date and its year end, the remedials and the overdue checks, as the host read them at a version of the data. */
export type ComplianceFromHost = Pick<ComplianceSection, 'measures' | 'measuresYearEnd' | 'remedials' | 'overdue'> & { asAt: IsoDate; version: string };

const OVERDUE_SHOWN = 40;
const yearEndOf = (asAt: IsoDate) => lastYearEnd(addDays(asAt, -1));

/**
 * The part's figures that the export's process would read on a cold connection (about 0.7 s at
 * 60,000 homes), read by the host instead: on its read worker, kept in its memory until the next
 * write, as the compliance page's are (and shared with it).
 */
export async function complianceFromHost(ctx: KeepingCtx, asAt: IsoDate): Promise<ComplianceFromHost | undefined> {
  const version = await dataVersion(ctx.db);
  const figures = {
    asAt,
    version,
    measures: await measuresOnHost(ctx, asAt),
    measuresYearEnd: await measuresOnHost(ctx, yearEndOf(asAt)),
    remedials: await remedialsOnHost(ctx, asAt),
    overdue: await overdueOnHost(ctx, asAt, { limit: OVERDUE_SHOWN }),
  };
  // a write while they were read: they may not be of one state of the data, and the process reads them itself
  return (await dataVersion(ctx.db)) === version ? figures : undefined;
}

export async function loadCompliance(db: Db, { asAt, fromHost }: PaperAsAt): Promise<ComplianceSection> {
  // Read again when given for another date (a clock that moved on between the host and the process)
  // or another state of the data (a write since): the paper's figures are all of the state its read began in.
  const offered = fromHost?.compliance;
  const given = offered?.asAt === asAt && offered.version === (await dataVersion(db)) ? offered : undefined;
  return {
    target: await complianceTarget(db),
    position: await compliancePosition(db, asAt),
    measures: given?.measures ?? (await buildingSafetyMeasures(db, asAt)),
    measuresYearEnd: given?.measuresYearEnd ?? (await buildingSafetyMeasures(db, yearEndOf(asAt))),
    remedials: given?.remedials ?? (await remedialSummary(db, asAt)),
    overdue: given?.overdue ?? (await overdueChecks(db, asAt, { limit: OVERDUE_SHOWN })),
    trend: await complianceTrend(db, asAt, TREND_MONTHS),
  };
}
