import ExcelJS from 'exceljs';
import type { Scorecard } from '../../../shared/contract';
import { DIRECTION_LABELS, STATUS_LABELS, UNIT_LABELS } from '../../../shared/domain/measures';
import { formatMonth } from '../../../shared/domain/dates';
import { spreadsheetSafe } from '../../../shared/domain/spreadsheetSafe';

// The scorecard as a spreadsheet: a row per measure, as the Performance page shows it. Figures are
// numbers in the .xlsx (a spreadsheet can sum and chart them) and as written in the .csv.

const HEAD = ['Code', 'Measure', 'Unit', 'Last year to date', 'Last year in full', 'This year to date', 'Target', 'Status', 'Direction'];

function rows(card: Scorecard): (string | number | null)[][] {
  return card.rows.map((r) => [
    spreadsheetSafe(r.code),
    spreadsheetSafe(r.name),
    UNIT_LABELS[r.unit],
    r.lastYear,
    r.lastYearFull,
    r.thisYear,
    r.target,
    r.status ? STATUS_LABELS[r.status] : '',
    r.direction ? DIRECTION_LABELS[r.direction] : '',
  ]);
}

export function scorecardCsv(card: Scorecard): Buffer {
  const quote = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [HEAD, ...rows(card)].map((r) => r.map(quote).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function scorecardXlsx(card: Scorecard): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Housing Desk';
  const sheet = book.addWorksheet(`Scorecard ${card.year.replace('/', '-')}`, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.addRow(HEAD);
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows(card));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: card.rows.length + 1, column: HEAD.length } };
  sheet.columns.forEach((col, i) => {
    col.width = [10, 46, 18, 14, 14, 14, 10, 16, 12][i];
  });
  sheet.addRow([]);
  sheet.addRow([`Financial year ${card.year}, to the end of ${formatMonth(card.upTo)}.`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
