import { CODE_EXPECTATION, reportedComplaintsYear } from '../../../shared/domain/complaintsReport';
import type { IsoDate } from '../../../shared/domain/dates';
import { previousYear, type MeasureUnit } from '../../../shared/domain/measures';
import type { Db } from '../../core/context';
import { complaintsYearReport, type ComplaintsYearReport } from '../../complaints/paperFiguresRepo';
import { buildScorecard } from '../../measures/scorecard';
import type { PaperAsAt } from './paperAsAt';

/** Late responses listed in the appendix; the rest are counted. */
export const LATE_RESPONSES_SHOWN = 60;

/** The measures the report takes from the register, in its order. */
export const REPORT_MEASURES = ['HOS-DET', 'HOS-MAL', 'COMPENSATION'] as const;

export interface ReportMeasure {
  code: string;
  name: string;
  unit: MeasureUnit;
  /** the year as recorded in the measures register (by the measure's own rule for a year); null: not recorded */
  thisYear: number | null;
  lastYear: number | null;
}

/** The annual complaints performance part of a committee paper: the last financial year ended by the data-as-at date, and the year before. */
export interface ComplaintsSection {
  asAt: IsoDate;
  year: string;
  previousYear: string;
  thisYear: ComplaintsYearReport;
  lastYear: ComplaintsYearReport;
  measures: ReportMeasure[];
  /** the share on time the chart is set against, by stage: the CH02 measure's target for the year, else the Code's 100% */
  onTimeTarget: { 1: { value: number; from: 'measure' | 'code' }; 2: { value: number; from: 'measure' | 'code' } };
}

export async function loadComplaints(db: Db, { asAt }: PaperAsAt): Promise<ComplaintsSection> {
  const year = reportedComplaintsYear(asAt);
  const last = previousYear(year);
  // the reported year has ended by asAt, so the scorecard takes it whole
  const card = await buildScorecard(db, year, undefined, asAt);
  const row = (code: string) => card.rows.find((r) => r.code === code);
  const target = (code: string) => {
    const t = row(code)?.target;
    return t === null || t === undefined ? { value: CODE_EXPECTATION, from: 'code' as const } : { value: t, from: 'measure' as const };
  };
  return {
    asAt,
    year,
    previousYear: last,
    thisYear: await complaintsYearReport(db, year, LATE_RESPONSES_SHOWN),
    lastYear: await complaintsYearReport(db, last, 0),
    measures: REPORT_MEASURES.flatMap((code) => {
      const r = row(code);
      return r ? [{ code, name: r.name, unit: r.unit, thisYear: r.thisYear, lastYear: r.lastYearFull }] : [];
    }),
    onTimeTarget: { 1: target('CH02-S1'), 2: target('CH02-S2') },
  };
}
