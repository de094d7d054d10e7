import { certificateImport } from './certificateImportFields';
import { complaintImport } from './complaintImportFields';
import type { ColumnMapping, ImportField, ImportKindSpec } from './importFields';
import { measureImport } from './measureImportFields';
import { stockImport } from './stockImportFields';
import { courseImport, requirementImport, staffImport, trainingImport } from './trainingImportFields';

/**
 * The kinds of spreadsheet import, keyed by the word the command line and the contract use
 * (`import certificates`), in the order the import screen offers them. A new kind is one entry
 * here and one in main's `importers` (a missing one there does not compile).
 */
export const importKinds = {
  certificates: certificateImport,
  stock: stockImport,
  measures: measureImport,
  complaints: complaintImport,
  courses: courseImport,
  requirements: requirementImport,
  staff: staffImport,
  training: trainingImport,
} satisfies Record<string, ImportKindSpec>;

export type ImportKind = keyof typeof importKinds;

export const IMPORT_KINDS = Object.keys(importKinds) as [ImportKind, ...ImportKind[]];

export const isImportKind = (s: string | undefined): s is ImportKind => s !== undefined && Object.prototype.hasOwnProperty.call(importKinds, s);

/** Whether the user may import a file's valid rows and skip the rest. */
export const validRowsOnlyAllowed = (kind: ImportKind): boolean => !('allOrNothing' in importKinds[kind] && importKinds[kind].allOrNothing);

/** A kind's fields, by key. */
export const importFieldsOf = (kind: ImportKind): Record<string, ImportField> => importKinds[kind].fields;

/**
 * What is wrong with a mapping for this kind of file: a field that does not exist, or one field
 * chosen for two headers. Each problem names the header it concerns.
 */
export function mappingProblems(kind: ImportKind, mapping: ColumnMapping): { header: string; message: string }[] {
  const fields = importFieldsOf(kind);
  const out: { header: string; message: string }[] = [];
  const seen = new Map<string, string>();
  for (const [header, key] of Object.entries(mapping)) {
    if (key === null) continue;
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    if (!field) {
      out.push({ header, message: `The column “${header}” is mapped to “${key}”, which is not a field of a ${kind} file.` });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) out.push({ header, message: `The columns “${earlier}” and “${header}” are both mapped to ${field.header}: choose one.` });
    else seen.set(key, header);
  }
  return out;
}
