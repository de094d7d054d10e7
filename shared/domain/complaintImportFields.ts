import type { ImportKindSpec } from './importFields';

/** A CRM's export of complaint stages: one row per stage, keyed by reference and stage. */
export const complaintImport = {
  label: 'Complaints log (one row per complaint stage)',
  columnsHint:
    'Reference, Stage (1 or 2), Received, Acknowledged, Extension (working days), Responded, Tenure, and optionally Service area, Outcome (upheld, partly upheld, not upheld), Compensation (£)',
  allOrNothing: true,
  fields: {
    reference: { header: 'Reference', aliases: ['Complaint reference', 'Case reference', 'Case ref'], required: true },
    stage: { header: 'Stage', required: true },
    received: { header: 'Received', aliases: ['Date received'], required: true },
    acknowledged: { header: 'Acknowledged', aliases: ['Date acknowledged'], required: true },
    extension: { header: 'Extension (working days)', aliases: ['Extension', 'Extension days'], required: true },
    responded: { header: 'Responded', aliases: ['Date responded', 'Response date'], required: true },
    tenure: { header: 'Tenure', required: true },
    serviceArea: { header: 'Service area', aliases: ['Service', 'Division'], required: false },
    outcome: { header: 'Outcome', required: false },
    compensation: { header: 'Compensation', aliases: ['Compensation (£)', 'Compensation paid'], required: false },
  },
} satisfies ImportKindSpec;
