import ExcelJS from 'exceljs';

// Reads a spreadsheet as contractors send it: CSV (UTF-8 with or without a BOM, or Windows-1252)
// or the first sheet of an .xlsx workbook. Rows are arrays of cells; blank rows are dropped.

export type Cell = string | number | Date | boolean | null;

export interface Table {
  headers: string[];
  /** data rows with their 1-based line (CSV) or row number (spreadsheet) */
  rows: { line: number; cells: Cell[] }[];
}

// Windows-1252's characters at 0x80-0x9F (Node decodes that range as Latin-1 control codes).
const CP1252: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += CP1252[b] ?? String.fromCharCode(b);
  return out;
}

function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Excel on Windows saves CSV as Windows-1252.
    return decodeWindows1252(bytes);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push({ line: rowLine, cells: row });
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    out.push({ line: rowLine, cells: row });
  }
  return out;
}

const blank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/**
 * One .xlsx cell as a plain value: rich text and hyperlinks as their text, a formula as its result,
 * an error cell (#N/A, #REF!) as its code, so that the problem names what the user sees.
 */
function excelCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: unknown; formula?: unknown; sharedFormula?: unknown };
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if (o.error !== undefined) return String(o.error);
  if (o.formula !== undefined || o.sharedFormula !== undefined) return excelCell(o.result);
  if (o.text !== undefined) return excelCell(o.text);
  return null;
}

export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  let rows: { line: number; cells: Cell[] }[];
  if (/\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) return { headers: [], rows: [] };
    rows = [];
    sheet.eachRow({ includeEmpty: false }, (r, n) => {
      const values = (r.values as unknown[]).slice(1).map(excelCell);
      rows.push({ line: n, cells: values });
    });
  } else if (/\.csv$/i.test(fileName)) {
    rows = parseCsv(decodeText(bytes));
  } else {
    throw new Error('unsupported');
  }
  const kept = rows.filter((r) => !blank(r.cells));
  const [head, ...data] = kept;
  return { headers: (head?.cells ?? []).map((c) => String(c ?? '').trim()), rows: data };
}
