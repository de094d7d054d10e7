// The columns each kind of spreadsheet import understands. Main reads files with them; the
// renderer lists them in the column-mapping step; the contract checks a mapping against them.

export type ImportKind = 'stock' | 'certificates';

/** The largest spreadsheet an import takes: 100,000 certificate rows are about 8 MB as CSV. */
export const MAX_IMPORT_FILE_MB = 60;
/** The file travels as base64: 4 characters per 3 bytes. */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil((MAX_IMPORT_FILE_MB * 1024 * 1024) / 3) * 4;

export interface ImportField {
  /** the header the app recognises (any case, spaces or underscores) */
  header: string;
  aliases?: string[];
  required: boolean;
}

export const STOCK_FIELDS = {
  uprn: { header: 'UPRN', required: true },
  address: { header: 'Address', required: true },
  estate: { header: 'Estate', required: true },
  block: { header: 'Block', required: true },
  tenure: { header: 'Tenure', required: true },
  gas: { header: 'Gas', required: true },
  storeys: { header: 'Storeys', required: false },
  yearBuilt: { header: 'Year built', required: false },
  tier: { header: 'Fire risk tier', required: false },
  lifts: { header: 'Passenger lifts', required: false },
  water: { header: 'Communal water', required: false },
  asbestos: { header: 'Asbestos present', required: false },
  electrics: { header: 'Communal electrics', aliases: ['Communal electrical supply', 'Communal supply'], required: false },
} satisfies Record<string, ImportField>;

export const CERTIFICATE_FIELDS = {
  checkType: { header: 'Check type', required: true },
  uprn: { header: 'UPRN', required: false },
  estate: { header: 'Estate', required: false },
  block: { header: 'Block', required: false },
  lift: { header: 'Lift', required: false },
  dateDone: { header: 'Date done', required: true },
  expiry: { header: 'Expiry date', aliases: ['Expiry'], required: false },
  outcome: { header: 'Outcome', aliases: ['Result'], required: false },
  codes: { header: 'EICR codes', aliases: ['Codes', 'Observation codes', 'Classification codes', 'Observations'], required: false },
  contractor: { header: 'Contractor', required: false },
  reference: { header: 'Reference', aliases: ['Certificate reference', 'Ref'], required: false },
  evidence: { header: 'Evidence file', aliases: ['Evidence', 'Certificate file', 'Document'], required: false },
} satisfies Record<string, ImportField>;

export const IMPORT_FIELDS: Record<ImportKind, Record<string, ImportField>> = { stock: STOCK_FIELDS, certificates: CERTIFICATE_FIELDS };

/** Headers match whatever their case, spaces and underscores. */
export const headerKey = (h: string) => h.toLowerCase().replace(/[\s_]+/g, '');

/** A file's header → a field key, or null to ignore the column. */
export type ColumnMapping = Record<string, string | null>;

/**
 * What is wrong with a mapping for this kind of file: a field that does not exist, or one field
 * chosen for two headers. Each problem names the header it concerns.
 */
export function mappingProblems(kind: ImportKind, mapping: ColumnMapping): { header: string; message: string }[] {
  const fields = IMPORT_FIELDS[kind];
  const out: { header: string; message: string }[] = [];
  const seen = new Map<string, string>();
  for (const [header, key] of Object.entries(mapping)) {
    if (key === null) continue;
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    if (!field) {
      out.push({
        header,
        message: `The column “${header}” is mapped to “${key}”, which is not a field of a ${kind === 'stock' ? 'stock' : 'certificates'} file.`,
      });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) out.push({ header, message: `The columns “${earlier}” and “${header}” are both mapped to ${field.header}: choose one.` });
    else seen.set(key, header);
  }
  return out;
}
