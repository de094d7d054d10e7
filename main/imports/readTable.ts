import { AppError } from '../core/errors';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import { unpackedSize } from './zipSize';

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

/** As many columns as Excel allows; more is a broken file (and would take the memory of millions of cells). */
export const MAX_COLUMNS = 16_384;
/** A cell as long as Excel allows; a longer one is a broken file, not a value. */
export const MAX_CELL_CHARS = 32_767;
/** An .xlsx is unpacked in memory: refused before unpacking when it would take more than this. */
const MAX_UNPACKED_BYTES = MAX_IMPORT_FILE_MB * 4 * 1024 * 1024;

const refuse = (message: string) => new AppError('validation', message, 'fileName');

/** Control characters other than tab, line feed and carriage return: text files have (almost) none. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length / 100;
}

function decodeText(fileName: string, bytes: Buffer): string {
  const text = decodeBytes(bytes);
  if (looksBinary(text)) throw refuse(`${fileName} is not a text file: save it from your spreadsheet as CSV (UTF-8) or as .xlsx.`);
  return text;
}

/** UTF-16 without a byte-order mark: mostly-Latin text has a zero in every other byte. */
function utf16Unmarked(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Buffer): string {
  // Excel's "Unicode text" and some exports are UTF-16, marked by a byte-order mark (or not).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const unmarked = utf16Unmarked(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Excel on Windows saves CSV as Windows-1252.
    return decodeWindows1252(bytes);
  }
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A quote never closed
 * would swallow the rest of the file into one cell: it is refused, naming its line.
 */
export function parseCsv(text: string, fileName = 'The file'): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
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
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      if (row.length >= MAX_COLUMNS)
        throw refuse(
          `${fileName}: line ${rowLine} has more than ${MAX_COLUMNS.toLocaleString('en-GB')} columns, more than a spreadsheet can hold. Check that it is the right file.`,
        );
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
  if (quoted)
    throw refuse(
      `${fileName}: line ${quoteLine} opens a quote (") that is never closed, so the rest of the file would be one cell. Check the quotes on that line.`,
    );
  if (field !== '' || row.length) {
    row.push(field);
    out.push({ line: rowLine, cells: row });
  }
  return out;
}

const blank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** A formula saved without its result (by a program that does not calculate): it cannot be read as a value. */
class UnsavedResult {
  constructor(readonly formula: string) {}
}

/**
 * One .xlsx cell as a plain value: rich text and hyperlinks as their text, a formula as its result,
 * an error cell (#N/A, #REF!) as its code, so that the problem names what the user sees.
 */
function excelCell(v: unknown): Cell | UnsavedResult {
  if (v === undefined || v === null) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: unknown; formula?: unknown; sharedFormula?: unknown };
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if (o.error !== undefined) return String(o.error);
  if (o.formula !== undefined || o.sharedFormula !== undefined) {
    if (o.result === undefined || o.result === null) return new UnsavedResult(String(o.formula ?? o.sharedFormula));
    return excelCell(o.result);
  }
  if (o.text !== undefined) return excelCell(o.text);
  return null;
}

/** Refuses a workbook with formulas saved without their results, naming the first (its row and column). */
function refuseUnsavedResults(fileName: string, headers: string[], found: { line: number; column: number; formula: string }[]) {
  const [first, ...more] = found;
  if (!first) return;
  const others = more.length ? `, and ${more.length} more ${more.length === 1 ? 'cell' : 'cells'} like it` : '';
  throw refuse(
    `${fileName}, row ${first.line}, ${headers[first.column] || `column ${first.column + 1}`}: the cell holds a formula (=${first.formula}) with no saved result${others}. Open the workbook in Excel and save it again, so that each formula’s result is saved with it, or paste the values over the formulas.`,
  );
}

/** Files that are plainly not a spreadsheet of the kind their name says, named for what they are. */
function refuseWrongFormat(fileName: string, bytes: Buffer) {
  if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0')
    throw refuse(`${fileName} is a database file (such as a Housing Desk backup), not a spreadsheet: to bring back a backup, use Restore in Settings.`);
  if (/\.xlsx$/i.test(fileName) && bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
    throw refuse(`${fileName} is not an Excel workbook inside, whatever its name: open it in Excel and save it as .xlsx, or as CSV.`);
}

export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  let rows: { line: number; cells: Cell[] }[];
  const unsaved: { line: number; column: number; formula: string }[] = [];
  refuseWrongFormat(fileName, bytes);
  if (/\.xlsx$/i.test(fileName)) {
    const unpacked = unpackedSize(bytes);
    if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES)
      throw refuse(
        `${fileName} would unpack to ${Math.round(unpacked / 1024 / 1024)} MB, more than an import can take (${MAX_UNPACKED_BYTES / 1024 / 1024} MB): split the workbook, or save it as CSV.`,
      );
    // loaded for a workbook only: 0.24 s that a CSV file's import, in a process of its own, does not wait for
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) return { headers: [], rows: [] };
    rows = [];
    sheet.eachRow({ includeEmpty: false }, (r, n) => {
      // Array.from, not map: a blank cell is a hole in ExcelJS's sparse array, and map keeps holes
      const values = Array.from((r.values as unknown[]).slice(1), (v, column) => {
        const cell = excelCell(v);
        if (!(cell instanceof UnsavedResult)) return cell;
        unsaved.push({ line: n, column, formula: cell.formula });
        return null;
      });
      rows.push({ line: n, cells: values });
    });
  } else if (/\.csv$/i.test(fileName)) {
    rows = parseCsv(decodeText(fileName, bytes), fileName);
  } else {
    throw new Error('unsupported');
  }
  const kept = rows.filter((r) => !blank(r.cells));
  const [head, ...data] = kept;
  const headers = (head?.cells ?? []).map((c) => String(c ?? '').trim());
  refuseUnsavedResults(fileName, headers, unsaved);
  for (const r of kept)
    r.cells.forEach((c, i) => {
      if (typeof c === 'string' && c.length > MAX_CELL_CHARS)
        throw refuse(
          `${fileName}, row ${r.line}, ${headers[i] || `column ${i + 1}`}: the cell holds ${c.length.toLocaleString('en-GB')} characters; a spreadsheet cell holds at most ${MAX_CELL_CHARS.toLocaleString('en-GB')}.`,
        );
    });
  return { headers, rows: data };
}
