import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../main/core/errors';
import { runImport } from '../../main/imports/runImport';
import type { ImportKind } from '../../shared/domain/importKinds';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import { makeCore, snapshot, tempDir, type TestCore } from '../helpers/testCore';

// Files made to break the importers, or that bad luck makes: each is read or refused with a
// sentence naming the row, column or line, and nothing is written when it is refused.

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-12-04' });
});
afterEach(async () => t.close());

const HEAD = 'UPRN,Address,Estate,Block,Tenure,Gas';
const ROW = '1001,1 Ash House,Northgate,Ash House,Tenant,Yes';
const options = { dryRun: false, validOnly: false, actor: 'Test', today: '2026-12-04', now: '2026-12-04T10:00:00.000Z' };
const run = (fileName: string, bytes: Buffer, kind: ImportKind = 'stock') => runImport(t.database.sqlite, kind, fileName, bytes, options);
async function refused(fileName: string, bytes: Buffer, kind: ImportKind = 'stock'): Promise<AppError> {
  const before = snapshot(t.database);
  const e = await run(fileName, bytes, kind).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect(snapshot(t.database)).toBe(before);
  return e as AppError;
}

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Homes');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('headers', () => {
  it('reads an .xlsx with a blank header cell between two headers (the blank column is ignored)', async () => {
    const file = await xlsx([
      ['UPRN', null, 'Address', 'Estate', 'Block', 'Tenure', 'Gas'],
      [1001, 'note', '1 Ash House', 'Northgate', 'Ash House', 'Tenant', 'Yes'],
    ]);
    const r = await run('homes.xlsx', file);
    expect(r).toMatchObject({ new: 1, problems: [], applied: true });
  });

  it('reports two columns with the same header, naming both, and imports nothing', async () => {
    const before = snapshot(t.database);
    const r = await run('homes.csv', Buffer.from(`UPRN,Address,Estate,Block,Tenure,Gas,Address\n${ROW},2 Ash House\n`));
    expect(r.applied).toBe(false);
    expect(r.problems).toContainEqual({ row: 1, column: 'Address', message: 'Two columns are headed “Address” (columns B and G): rename or remove one.' });
    expect(snapshot(t.database)).toBe(before);
  });
});

describe('encodings and broken text', () => {
  it('reads a UTF-16 CSV (Excel’s “Unicode text”) with its byte-order mark', async () => {
    const text = `${HEAD}\r\n1001,1 Ash House – Flat A,Northgate,Ash House,Tenant,Yes\r\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await run('homes.csv', le)).toMatchObject({ rows: 1, new: 1, problems: [] });
    const be = Buffer.from(le);
    be.swap16();
    expect(await run('homes-be.csv', be)).toMatchObject({ rows: 1, problems: [] });
  });

  it('reads UTF-16 without a byte-order mark too', async () => {
    const text = `${HEAD}\r\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\r\n`;
    expect(await run('homes.csv', Buffer.from(text, 'utf16le'))).toMatchObject({ rows: 1, new: 1, problems: [] });
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    expect(await run('homes-be.csv', be)).toMatchObject({ rows: 1, unchanged: 1, problems: [] });
  });

  it('says what a file is when it is plainly not the spreadsheet its name says', async () => {
    const database = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080)]);
    for (const name of ['homes.csv', 'homes.xlsx'])
      expect((await refused(name, database)).message).toBe(
        `${name} is a database file (such as a Housing Desk backup), not a spreadsheet: to bring back a backup, use Restore in Settings.`,
      );
    expect((await refused('homes.xlsx', Buffer.from(`${HEAD}\n${ROW}\n`))).message).toBe(
      'homes.xlsx is not an Excel workbook inside, whatever its name: open it in Excel and save it as .xlsx, or as CSV.',
    );
  });

  it('refuses a file with a header row and nothing under it, rather than reporting it imported', async () => {
    expect((await refused('homes.csv', Buffer.from(`${HEAD}\n`))).message).toBe('homes.csv has a header row but no rows under it: there is nothing to import.');
  });

  it('refuses a line with more columns than a spreadsheet holds before keeping them all', async () => {
    expect((await refused('homes.csv', Buffer.alloc(5 * 1024 * 1024, 'abc,'))).message).toBe(
      'homes.csv: line 1 has more than 16,384 columns, more than a spreadsheet can hold. Check that it is the right file.',
    );
  });

  it('refuses bytes that are not text, by name, rather than counting rows of garbage', async () => {
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    const e = await refused('homes.csv', noise);
    expect(e.message).toBe('homes.csv is not a text file: save it from your spreadsheet as CSV (UTF-8) or as .xlsx.');
  });

  it('refuses a quote that is never closed, naming the line it opens on', async () => {
    const e = await refused(
      'homes.csv',
      Buffer.from(`${HEAD}\n${ROW}\n1002,"2 Ash House,Northgate,Ash House,Tenant,Yes\n1003,3 Ash House,Northgate,Ash House,Tenant,Yes\n`),
    );
    expect(e.message).toBe(
      'homes.csv: line 3 opens a quote (") that is never closed, so the rest of the file would be one cell. Check the quotes on that line.',
    );
  });

  it('refuses a cell longer than a spreadsheet cell can be, naming its row and column', async () => {
    const e = await refused('homes.csv', Buffer.from(`${HEAD}\n1001,${'x'.repeat(40_000)},Northgate,Ash House,Tenant,Yes\n`));
    expect(e.message).toBe('homes.csv, row 2, Address: the cell holds 40,000 characters; a spreadsheet cell holds at most 32,767.');
  });
});

describe('sizes', () => {
  it('refuses an .xlsx that would unpack to far more than its size (a zip bomb) before unpacking it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(400 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const e = await refused('homes.xlsx', bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.message).toMatch(/^homes\.xlsx would unpack to 400 MB, more than an import can take \(\d+ MB\)/);
  }, 60_000);

  it('the command line refuses a file over the same limit as the app, before reading it', () => {
    const big = path.join(tempDir(), 'big.csv');
    fs.writeFileSync(big, HEAD);
    fs.truncateSync(big, (MAX_IMPORT_FILE_MB + 1) * 1024 * 1024);
    const r = spawnSync(
      process.execPath,
      [path.resolve(__dirname, '../../bin/housing-desk.js'), 'import', 'stock', '--db', path.join(tempDir(), 'x.sqlite'), big],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `housing-desk: big.csv is ${MAX_IMPORT_FILE_MB + 1} MB; files over ${MAX_IMPORT_FILE_MB} MB cannot be imported. Split the file and import the parts.`,
    );
  });
});

describe('doubtful dates', () => {
  it('reports a two-digit year that could be 1970 or 2070, and a number where a date should be, instead of guessing', async () => {
    await run('homes.csv', Buffer.from(`${HEAD}\n${ROW}\n`));
    const r = await run(
      'checks.csv',
      Buffer.from('UPRN,Check type,Date done,Outcome\n1001,Gas,09/02/70,Pass\n1001,Gas,20001,Pass\n1001,Gas,09/02/26,Pass\n'),
      'certificates',
    );
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          message: expect.stringMatching(/^“09\/02\/70” has a two-digit year that could be 1970 or 2070: write the year in full/),
        }),
        expect.objectContaining({ row: 3, message: expect.stringMatching(/^“20001” is a number, not a date/) }),
      ]),
    );
    expect(r.problems.some((p) => p.row === 4)).toBe(false);
  });
});

describe('cells longer than the app’s own forms allow', () => {
  it('are refused by row and column, nothing imported; with valid rows only, the rest go in', async () => {
    const file = Buffer.from(`${HEAD}\n${ROW}\n1002,${'x'.repeat(5000)},Northgate,Ash House,Tenant,Yes\n`);
    const before = snapshot(t.database);
    const r = await run('homes.csv', file);
    expect(r).toMatchObject({ rows: 2, applied: false });
    expect(r.problems).toEqual([{ row: 3, column: 'Address', message: 'Address must be 300 characters or fewer; this cell has 5,000.' }]);
    expect(snapshot(t.database)).toBe(before);
    const valid = await runImport(t.database.sqlite, 'stock', 'homes.csv', file, { ...options, validOnly: true });
    expect(valid).toMatchObject({ rows: 2, new: 1, applied: true });
    expect(t.database.sqlite.prepare('select max(length(address)) as n from dwellings').get()).toEqual({ n: 11 });
  });

  it('hold for certificates’ contractor and reference too', async () => {
    await run('homes.csv', Buffer.from(`${HEAD}\n${ROW}\n`));
    const r = await run(
      'checks.csv',
      Buffer.from(`UPRN,Check type,Date done,Contractor,Reference\n1001,Gas,01/02/2026,${'C'.repeat(201)},${'R'.repeat(101)}\n`),
      'certificates',
    );
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Contractor'],
      [2, 'Reference'],
    ]);
  });
});
