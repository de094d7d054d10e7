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
    // two columns with the field's header: which one is meant is the user's to say, not the last one's
    const same = found === undefined ? [] : table.headers.flatMap((h, i) => (h !== '' && headerKey(h) === headerKey(table.headers[found]!) ? [i] : []));
    if (same.length > 1)
      problems.push({
        row: 1,
        column: s.header,
        message: `Two columns are headed “${table.headers[found!]}” (columns ${same.map(columnLetter).join(' and ')}): rename or remove one.`,
      });
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

/** A spreadsheet column's letters: 0 is A, 25 Z, 26 AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
