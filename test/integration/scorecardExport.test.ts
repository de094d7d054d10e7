import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/domain/measures';
import { makeCore, tempDir, type TestCore } from '../helpers/testCore';

// The performance scorecard as a spreadsheet: the rows the Performance page shows, from the app
// and the command line.

let t: TestCore;
beforeAll(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
});
afterAll(async () => t.close());

describe('the scorecard export', () => {
  it('has a row per measure with the scorecard’s figures, numbers as numbers in the .xlsx and as written in the .csv', async () => {
    const card = await t.call('measures.scorecard', { year: '2025/26' });
    const file = await t.call('exports.scorecard', { year: '2025/26' });
    expect(file.fileName).toBe(`scorecard-2025-26-to-${card.upTo}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Code',
      'Measure',
      'Unit',
      'Last year to date',
      'Last year in full',
      'This year to date',
      'Target',
      'Status',
      'Direction',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    card.rows.forEach((r, i) => {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(values[0]).toBe(r.code);
      expect(values[5] ?? null).toBe(r.thisYear);
      expect(values[6] ?? null).toBe(r.target);
      expect(values[7] ?? '').toBe(r.status ? STATUS_LABELS[r.status] : '');
    });
    const calls = card.rows.find((r) => r.code === 'CALLS')!;
    const csv = Buffer.from((await t.call('exports.scorecard', { year: '2025/26', format: 'csv' })).base64, 'base64').toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(card.rows.length + 1);
    expect(lines.find((l) => l.startsWith('CALLS,'))).toContain(`,${calls.thisYear},${calls.target},${STATUS_LABELS[calls.status!]},`);
  });

  it('refuses a year or a period that is not one, by field', async () => {
    expect(await t.raw('exports.scorecard', { year: '2025' })).toMatchObject({ ok: false, error: { field: 'year' } });
    expect(await t.raw('exports.scorecard', { year: '2025/26', period: 'October' })).toMatchObject({ ok: false, error: { field: 'period' } });
  });

  it('is written by housing-desk export scorecard --year, and --year is required', () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
    const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(cli(['demo', '--db', db]).status).toBe(0);
    const out = path.join(tempDir(), 'card.csv');
    const r = cli(['export', 'scorecard', '--db', db, '--year', '2025/26', '--period', '2025-10', '--out', out]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFCode,Measure,Unit,/);
    expect(cli(['export', 'scorecard', '--db', db, '--out', out]).stderr).toMatch(/--year/);
  });
});
