import { IMPORT_KINDS, importFieldsOf, type ImportKind } from '../../shared/domain/importKinds';
import { locateColumns } from './columns';

/**
 * Another kind of import, when a file lacks columns this kind needs but has every column the
 * other kind needs (a certificates file given to the stock import, or the reverse); else null.
 */
export function looksLikeOtherKind(headers: string[], kind: ImportKind, missing: readonly string[]): ImportKind | null {
  if (missing.length === 0) return null;
  for (const other of IMPORT_KINDS.filter((k) => k !== kind)) {
    const fields = importFieldsOf(other);
    const { at } = locateColumns({ headers, rows: [] }, fields);
    if (Object.entries(fields).every(([key, f]) => !f.required || at[key] !== null)) return other;
  }
  return null;
}
