import type { Table } from './readTable';
import { headerKey } from './values';
import type { ImportProblem } from './importTypes';

/** Finds each expected column by its header (case, spaces and underscores ignored) or an alias. */
export function locateColumns<K extends string>(table: Table, spec: Record<K, { header: string; aliases?: string[]; required: boolean }>) {
  const index = new Map(table.headers.map((h, i) => [headerKey(h), i]));
  const at = {} as Record<K, number | null>;
  const problems: ImportProblem[] = [];
  for (const [key, s] of Object.entries(spec) as [K, { header: string; aliases?: string[]; required: boolean }][]) {
    const found = [s.header, ...(s.aliases ?? [])].map((h) => index.get(headerKey(h))).find((i) => i !== undefined);
    at[key] = found ?? null;
    if (found === undefined && s.required) problems.push({ row: 1, column: s.header, message: `The file has no “${s.header}” column.` });
  }
  return { at, problems };
}
