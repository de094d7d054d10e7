import type { ImportKindSpec } from './importFields';

/** Contractors' certificate spreadsheets: one row per check, or per visit that could not get in. */
export const certificateImport = {
  label: 'Certificates from a contractor',
  columnsHint:
    'Check type, UPRN or Block, Lift, Date done, Expiry date, Outcome (or “No access” for a visit that could not get in), EICR codes (C1, C2, C3, FI), Contractor, Reference, Evidence file (a row already recorded is matched by its reference, else by type, home or block, and date)',
  fields: {
    checkType: { header: 'Check type', required: true },
    uprn: { header: 'UPRN', required: false, maxLength: 20 },
    estate: { header: 'Estate', required: false, maxLength: 200 },
    block: { header: 'Block', required: false, maxLength: 200 },
    lift: { header: 'Lift', required: false, maxLength: 100 },
    dateDone: { header: 'Date done', required: true },
    expiry: { header: 'Expiry date', aliases: ['Expiry'], required: false },
    outcome: { header: 'Outcome', aliases: ['Result'], required: false },
    codes: { header: 'EICR codes', aliases: ['Codes', 'Observation codes', 'Classification codes', 'Observations'], required: false, maxLength: 100 },
    contractor: { header: 'Contractor', required: false, maxLength: 200 },
    reference: { header: 'Reference', aliases: ['Certificate reference', 'Ref'], required: false, maxLength: 100 },
    evidence: { header: 'Evidence file', aliases: ['Evidence', 'Certificate file', 'Document'], required: false, maxLength: 500 },
  },
} satisfies ImportKindSpec;
