import ExcelJS from 'exceljs';
import type { MatrixCell, TrainingMatrix } from '../../../shared/contract';
import { spreadsheetSafe } from '../../../shared/domain/spreadsheetSafe';
import type { TrainingStatus } from '../../../shared/domain/training';

// The training matrix as a spreadsheet, the same shape as the screen: a row per person employed
// on the date (Name, Email, Team, Job role), a column per course, each cell exactly one of
// "In date YYYY-MM-DD" ("In date" alone for a once-only course), "Due soon YYYY-MM-DD",
// "Expired YYYY-MM-DD", "Due YYYY-MM-DD" (the deadline), "Missing", "Waived", "Not required".

const WORDS: Record<TrainingStatus, string> = {
  in_date: 'In date',
  due_soon: 'Due soon',
  expired: 'Expired',
  due: 'Due',
  missing: 'Missing',
  waived: 'Waived',
  not_required: 'Not required',
};

/** The cell's words: the status, and its date where it has one. */
export function matrixCellText(cell: MatrixCell): string {
  return cell.date ? `${WORDS[cell.status]} ${cell.date}` : WORDS[cell.status];
}

// Tints that keep black text at 4.5:1 or more; the words carry the meaning, the colour helps the eye.
const FILLS: Record<TrainingStatus, string> = {
  in_date: 'FFDFF0E3',
  due_soon: 'FFFDF0C8',
  due: 'FFE3ECFA',
  expired: 'FFF9DCD9',
  missing: 'FFF9DCD9',
  waived: 'FFECECEC',
  not_required: 'FFFFFFFF',
};

export interface MatrixPersonEmail {
  id: number;
  email: string;
}

const HEAD = ['Name', 'Email', 'Team', 'Job role'];

export function matrixRows(m: TrainingMatrix, emails: Map<number, string>): string[][] {
  return [
    [...HEAD, ...m.courses.map((c) => c.name)],
    ...m.people.map((p) => [p.name, emails.get(p.id) ?? '', p.teamName ?? '', p.jobRoleName ?? '', ...p.cells.map(matrixCellText)]),
  ].map((row) => row.map(spreadsheetSafe));
}

export function matrixCsv(m: TrainingMatrix, emails: Map<number, string>): Buffer {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = matrixRows(m, emails).map((r) => r.map((v) => quote(v)).join(','));
  // A byte-order mark, so that Excel reads the names as UTF-8.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function matrixXlsx(m: TrainingMatrix, emails: Map<number, string>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Housing Desk';
  const sheet = book.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const rows = matrixRows(m, emails);
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: rows[0]!.length } };
  sheet.columns.forEach((col, i) => {
    col.width = i < HEAD.length ? [24, 32, 22, 24][i] : 20;
  });
  m.people.forEach((p, r) => {
    p.cells.forEach((cell, c) => {
      const target = sheet.getCell(r + 2, HEAD.length + c + 1);
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[cell.status] } };
      if (cell.status === 'missing' || cell.status === 'expired') target.font = { bold: true };
    });
  });

  const totals = book.addWorksheet('Totals', { views: [{ state: 'frozen', ySplit: 1 }] });
  totals.addRow(['Course', 'Category', 'Mandatory', 'Required', 'In date or waived', 'Percentage']);
  totals.getRow(1).font = { bold: true };
  for (const c of m.courses)
    totals.addRow([
      spreadsheetSafe(c.name),
      spreadsheetSafe(c.category),
      c.mandatory ? 'Yes' : 'No',
      c.required,
      c.compliant,
      c.percent === null ? '' : c.percent / 100,
    ]);
  totals.addRow([
    'All mandatory courses',
    '',
    'Yes',
    m.mandatory.required,
    m.mandatory.compliant,
    m.mandatory.percent === null ? '' : m.mandatory.percent / 100,
  ]);
  totals.lastRow!.font = { bold: true };
  totals.getColumn(6).numFmt = '0.0%';
  totals.columns.forEach((col, i) => {
    col.width = [36, 24, 12, 12, 18, 12][i];
  });
  totals.addRow([]);
  totals.addRow([`As at ${m.asAt}. In date or waived counts every cell of a person who needs the course.`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
