import type { ExportCall, ExportKind } from './exportKind';
import { committeePaperExport } from './kinds/committeePaper';
import { monthlyUpdateExport } from './kinds/monthlyUpdate';
import { policyScheduleExport } from './kinds/policySchedule';
import { recommendationsExport } from './kinds/recommendations';
import { trainingMatrixExport } from './kinds/trainingMatrix';
import { scorecardExport } from './kinds/scorecard';

// Every kind of Word document and spreadsheet, keyed by its export call: the handlers and the
// command line's `export` build with these, and an export call without its kind does not compile. Each
// kind loads its document builders (docx, exceljs, echarts) when it builds, not with this list: the
// command line reads its usage text from exportKindSpecs.ts, without loading any of these.
export const exportKinds: { [N in ExportCall]: ExportKind<N> } = {
  'exports.monthlyUpdate': monthlyUpdateExport,
  'exports.recommendations': recommendationsExport,
  'exports.policySchedule': policyScheduleExport,
  'exports.committeePaper': committeePaperExport,
  'exports.trainingMatrix': trainingMatrixExport,
  'exports.scorecard': scorecardExport,
};
