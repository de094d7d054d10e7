import { IMPORT_FIELDS, type ImportKind } from '../../shared/domain/importFields';
import { locateColumns } from './columns';

/**
 * The other kind of import, when a file lacks columns this kind needs but has every column the
 * other kind needs (a certificates file given to the stock import, or the reverse); else null.
 */
export function looksLikeOtherKind(headers: string[], kind: ImportKind, missing: readonly string[]): ImportKind | null {
  if (missing.length === 0) return null;
  const other: ImportKind = kind === 'stock' ? 'certificates' : 'stock';
  const fields = IMPORT_FIELDS[other];
  const { at } = locateColumns({ headers, rows: [] }, fields);
  return Object.entries(fields).every(([key, f]) => !f.required || at[key] !== null) ? other : null;
}
