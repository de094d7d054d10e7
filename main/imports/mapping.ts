import { headerKey, type ColumnMapping } from '../../shared/domain/importFields';
import { importFieldsOf, mappingProblems, type ImportKind } from '../../shared/domain/importKinds';
import { AppError } from '../core/errors';
import { locateColumns } from './columns';
import type { ColumnMatch, ImportProblem } from './importTypes';
import type { Table } from './readTable';

export interface MappedTable {
  /** the table with mapped headers renamed to the fields' own headers, ignored ones blanked */
  table: Table;
  columns: ColumnMatch[];
  missing: string[];
  /** problems name a mapped column by the user's header, not the field's */
  relabel(problems: ImportProblem[]): void;
}

/**
 * Applies the user's column mapping ({ file header: field key, or null to ignore }) before the
 * importer reads the table, and says which field each header ended up with.
 */
export function applyMapping(table: Table, kind: ImportKind, mapping: ColumnMapping = {}): MappedTable {
  const fields = importFieldsOf(kind);
  const bad = mappingProblems(kind, mapping)[0];
  if (bad) throw new AppError('validation', bad.message, `mapping.${bad.header}`);
  for (const header of Object.keys(mapping)) {
    if (!table.headers.includes(header)) throw new AppError('validation', `The file has no column “${header}” to map.`, `mapping.${header}`);
  }
  // A header that would be recognised as a field the user has mapped elsewhere gives way.
  const mappedKeys = new Set(Object.values(mapping).filter((k): k is string => k !== null));
  const supersededNames = new Set([...mappedKeys].flatMap((k) => [fields[k]!.header, ...(fields[k]!.aliases ?? [])].map(headerKey)));
  const headers = table.headers.map((h) => {
    if (Object.prototype.hasOwnProperty.call(mapping, h)) {
      const key = mapping[h];
      return key ? fields[key]!.header : '';
    }
    return supersededNames.has(headerKey(h)) ? '' : h;
  });
  const mapped: Table = { headers, rows: table.rows };
  const { at } = locateColumns(mapped, fields);
  const fieldAt = new Map(Object.entries(at).flatMap(([k, i]) => (i === null ? [] : [[i, k]])));
  const columns = table.headers.map((header, i) => ({ header, field: fieldAt.get(i) ?? null, mapped: Object.prototype.hasOwnProperty.call(mapping, header) }));
  const missing = Object.entries(fields)
    .filter(([k, f]) => f.required && at[k] === null)
    .map(([k]) => k);
  const userName = new Map(Object.entries(mapping).flatMap(([h, k]) => (k ? [[fields[k]!.header, h]] : [])));
  return {
    table: mapped,
    columns,
    missing,
    relabel: (problems) => {
      for (const p of problems) p.column = userName.get(p.column) ?? p.column;
    },
  };
}
