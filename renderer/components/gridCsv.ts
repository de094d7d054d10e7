import type { GridApi } from 'ag-grid-community';
import { spreadsheetSafe } from '../../shared/domain/spreadsheetSafe';

/**
 * How a register's CSV writes one of its columns when the cell's shown words are not enough: a
 * column may become several (`headers`), or take its words from the row (a badge has none).
 */
export interface CsvColumnRule<T> {
  headers?: string[];
  cells(row: T, shown: string): string[];
}
export type CsvColumnRules<T> = Partial<Record<string, CsvColumnRule<T>>>;

/** A column as the grid shows it: its field (the key of its rule) and its header. */
export interface CsvColumn {
  field: string | undefined;
  header: string;
}

const quote = (v: string) => `"${spreadsheetSafe(v).replace(/"/g, '""')}"`;

/** Every cell quoted and made safe from formula injection, lines ended with CRLF, as spreadsheets expect. */
export function csvText(lines: string[][]): string {
  return lines.map((cells) => cells.map(quote).join(',')).join('\r\n');
}

/** A row to write: its data (for the column rules) and the words its cells show. */
export interface CsvRow<T> {
  data: T;
  shown(column: number): string;
}

/** The header line, then one line per row. */
export function buildCsv<T>(columns: CsvColumn[], rows: CsvRow<T>[], rules: CsvColumnRules<T> = {}): string {
  const ruleOf = (c: CsvColumn) => (c.field === undefined ? undefined : rules[c.field]);
  const header = columns.flatMap((c) => ruleOf(c)?.headers ?? [c.header]);
  const lines = rows.map((row) =>
    columns.flatMap((c, i) => {
      const rule = ruleOf(c);
      return rule ? rule.cells(row.data, row.shown(i)) : [row.shown(i)];
    }),
  );
  return csvText([header, ...lines]);
}

/** The register as the grid shows it: its rows filtered and sorted, its columns in order, each value as its cell shows it. */
export function gridCsv<T>(api: GridApi<T>, rules: CsvColumnRules<T> = {}): string {
  const columns = api.getAllDisplayedColumns();
  const rows: CsvRow<T>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    const data = node.data;
    if (data) rows.push({ data, shown: (i) => String(api.getCellValue({ rowNode: node, colKey: columns[i]!, useFormatter: true }) ?? '') });
  });
  return buildCsv(
    columns.map((c) => ({ field: c.getColDef().field, header: api.getDisplayNameForColumn(c, 'csv') })),
    rows,
    rules,
  );
}
