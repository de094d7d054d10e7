import type { Cell, Table } from './readTable';
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

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * Reports each cell of a row that holds one of Excel's errors (#N/A, #REF! …), from an .xlsx or a
 * CSV saved from one, rather than storing it as text or reading it as a bad value. True when the
 * row had one: the rest of its checks would only repeat the same cells.
 */
export function reportExcelErrors<K extends string>(
  row: number,
  cells: Cell[],
  at: Record<K, number | null>,
  spec: Record<K, { header: string }>,
  problem: (row: number, column: string, message: string) => void,
): boolean {
  let found = false;
  for (const key of Object.keys(spec) as K[]) {
    const i = at[key];
    const v = i === null ? null : cells[i];
    if (typeof v === 'string' && EXCEL_ERROR.test(v.trim())) {
      problem(row, spec[key].header, `The cell holds Excel’s error ${v.trim()}: correct the formula or type the value.`);
      found = true;
    }
  }
  return found;
}
