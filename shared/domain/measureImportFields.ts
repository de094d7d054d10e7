import type { ImportKindSpec } from './importFields';

/** Values of performance measures, one row per measure and period; a ratio measure gives its numerator and denominator. */
export const measureImport = {
  label: 'Performance measure values',
  columnsHint:
    'Measure (its code, e.g. CALLS), Period (2025-10, a financial quarter 2025-Q3 where Q1 is April to June, or a financial year 2025/26), Value, Note; Numerator and Denominator for a ratio measure',
  fields: {
    measure: { header: 'Measure', aliases: ['Code', 'Measure code'], required: true },
    period: { header: 'Period', aliases: ['Month'], required: true },
    value: { header: 'Value', required: false },
    numerator: { header: 'Numerator', required: false },
    denominator: { header: 'Denominator', required: false },
    note: { header: 'Note', aliases: ['Notes', 'Comment'], required: false },
  },
} satisfies ImportKindSpec;
