import type { ExportCall, ExportKindSpec } from './exportKind';

// Each kind of document's name on the command line, its options and files, apart from how it is
// built (exportKinds.ts, whose kinds spread these): the command line's usage text and checks read
// this list without loading any document's code. A call without its entry does not compile.
export const EXPORT_KIND_SPECS = {
  'exports.monthlyUpdate': { command: 'monthly-update', label: 'monthly update', drawsCharts: true, options: { programme: 'required', month: 'required' } },
  'exports.recommendations': { command: 'recommendations', label: 'recommendations document', drawsCharts: true, options: { programme: 'required' } },
  'exports.policySchedule': { command: 'policy-schedule', label: 'policy schedule', drawsCharts: true, options: {} },
  'exports.committeePaper': { command: 'committee-paper', label: 'committee paper', drawsCharts: true, options: { meeting: 'required', paper: 'optional' } },
  'exports.trainingMatrix': {
    command: 'training-matrix',
    label: 'training matrix',
    formats: ['xlsx', 'csv'],
    options: { 'as-at': 'optional', team: 'optional' },
  },
  'exports.scorecard': {
    command: 'scorecard',
    label: 'performance scorecard',
    formats: ['xlsx', 'csv', 'docx'],
    options: { year: 'required', period: 'optional' },
  },
} as const satisfies { [N in ExportCall]: ExportKindSpec };

/** The export calls in the order the command line lists them. */
export const EXPORT_CALLS = Object.keys(EXPORT_KIND_SPECS) as ExportCall[];
