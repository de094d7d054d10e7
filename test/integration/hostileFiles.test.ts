import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../main/core/errors';
import { restoreDatabase, writeBackup } from '../../main/db/backup';
import { importers } from '../../main/imports/importers';
import { runImport } from '../../main/imports/runImport';
import { importFieldsOf, type ImportKind } from '../../shared/domain/importKinds';
import { makeCore, snapshot, tempDir, type TestCore } from '../helpers/testCore';

// The corpus of hostile files: every one given to every importer in the registry and to restore.
// Each ends in a problem saying what is wrong (with its row or column where there is one), never a
// crash or a stack trace; nothing is written, and the database passes integrity_check after.
// hostileImports.test.ts holds the exact sentences for the cases it covers.

const KINDS = Object.keys(importers) as ImportKind[];
const headersOf = (kind: ImportKind) => Object.values(importFieldsOf(kind)).map((f) => f.header);
const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);

function noise(length: number): Buffer {
  const b = Buffer.alloc(length);
  for (let i = 0; i < length; i++) b[i] = (i * 7919 + 13) % 256;
  return b;
}

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An .xlsx whose second row's first cell holds `chars` characters: small packed, huge unpacked. */
async function xlsxWithHugeCell(kind: ImportKind, chars: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await xlsx([headersOf(kind), ['HUGE-CELL']]));
  const files = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  for (const name of files) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes('HUGE-CELL')) zip.file(name, xml.replace('HUGE-CELL', 'x'.repeat(chars)));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

let zipBomb: Buffer;
let databaseFile: Buffer;
let truncatedDatabase: Buffer;

interface Hostile {
  name: string;
  /** a sound Housing Desk database, whatever its name: restore takes it */
  isBackup?: boolean;
  file(kind: ImportKind): Promise<[fileName: string, bytes: Buffer]> | [string, Buffer];
}

const HOSTILE: Hostile[] = [
  { name: 'an empty file', file: () => ['empty.csv', Buffer.alloc(0)] },
  { name: 'a header row only', file: (k) => ['header.csv', csv([headersOf(k).join(',')])] },
  { name: 'random bytes named .csv', file: () => ['noise.csv', noise(8192)] },
  { name: 'random bytes named .xlsx', file: () => ['noise.xlsx', noise(8192)] },
  {
    name: 'UTF-16 with a byte-order mark and no data rows',
    file: (k) => ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${headersOf(k).join(',')}\r\n`, 'utf16le')])],
  },
  {
    name: 'UTF-16 without a byte-order mark',
    file: (k) => [
      'utf16.csv',
      Buffer.from(
        `${headersOf(k).join(',')}\r\n${headersOf(k)
          .map(() => 'x')
          .join(',')}\r\n`,
        'utf16le',
      ),
    ],
  },
  { name: 'a zip bomb named .xlsx', file: () => ['bomb.xlsx', zipBomb] },
  { name: 'an .xlsx with a 50 MB cell', file: async (k) => ['huge.xlsx', await xlsxWithHugeCell(k, 50 * 1024 * 1024)] },
  {
    name: 'a quote never closed',
    file: (k) => [
      'quote.csv',
      csv([
        headersOf(k).join(','),
        `"${headersOf(k)
          .map(() => 'x')
          .join(',')}`,
        headersOf(k)
          .map(() => 'y')
          .join(','),
      ]),
    ],
  },
  {
    name: 'duplicate and blank headers',
    file: (k) => ['headers.csv', csv([[headersOf(k)[0], '', ...headersOf(k)].join(','), ['1', '', ...headersOf(k).map(() => '1')].join(',')])],
  },
  {
    name: 'formula cells',
    file: async (k) => [
      'formulas.xlsx',
      await xlsx([headersOf(k), headersOf(k).map((_, i) => (i % 2 ? { formula: "cmd|' /C calc'!A0" } : { formula: 'HYPERLINK("http://x.example","y")' }))]),
    ],
  },
  {
    name: '10,000 columns',
    file: (k) => [
      'wide.csv',
      csv([
        [...headersOf(k), ...Array.from({ length: 10_000 }, (_, i) => `Extra ${i}`)].join(','),
        Array(10_000 + headersOf(k).length)
          .fill('1')
          .join(','),
      ]),
    ],
  },
  { name: 'a 5 MB single line', file: () => ['line.csv', Buffer.alloc(5 * 1024 * 1024, 'abc,')] },
  { name: 'a SQLite database named .csv', isBackup: true, file: () => ['data.csv', databaseFile] },
  { name: 'a SQLite database named .xlsx', isBackup: true, file: () => ['data.xlsx', databaseFile] },
  { name: 'a truncated SQLite database', file: () => ['cut.csv', truncatedDatabase] },
];

let t: TestCore;
beforeAll(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
  const bomb = new JSZip();
  bomb.file('[Content_Types].xml', '<Types/>');
  bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(400 * 1024 * 1024, 0x20));
  zipBomb = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const copy = path.join(tempDir(), 'copy.sqlite');
  await writeBackup(t.database.sqlite, copy);
  databaseFile = fs.readFileSync(copy);
  truncatedDatabase = databaseFile.subarray(0, Math.floor(databaseFile.length / 2 / 4096) * 4096);
}, 120_000);
afterAll(async () => t.close());

const options = { dryRun: false, validOnly: false, actor: 'Test', today: '2026-12-04', now: '2026-12-04T10:00:00.000Z' };
const integrity = () => t.database.sqlite.pragma('integrity_check', { simple: true });
const tried: string[] = [];

/** A sentence for a person: no stack trace, no JavaScript error's name, no "undefined". */
function expectPlainSentence(message: string) {
  expect(message).not.toMatch(/\n\s+at |TypeError|RangeError|SqliteError|undefined|\[object/);
  expect(message.length).toBeGreaterThan(10);
}

describe.each(HOSTILE)('$name', (hostile) => {
  it.each(KINDS)(
    'given to the %s import, ends in a problem and writes nothing',
    async (kind) => {
      const [fileName, bytes] = await hostile.file(kind);
      const before = snapshot(t.database);
      const rss = process.memoryUsage().rss;
      const outcome = await runImport(t.database.sqlite, kind, fileName, bytes, options).catch((e: unknown) => e);
      tried.push(`${hostile.name} -> ${kind}`);
      if (outcome instanceof Error) {
        expect(outcome).toBeInstanceOf(AppError);
        expect((outcome as AppError).code).toBe('validation');
        expectPlainSentence(outcome.message);
      } else {
        const report = outcome as Awaited<ReturnType<typeof runImport>>;
        expect(report.applied).toBe(false);
        expect(report.problems.length).toBeGreaterThan(0);
        for (const p of report.problems) {
          expectPlainSentence(p.message);
          expect(p.row).toBeGreaterThan(0);
        }
      }
      expect(process.memoryUsage().rss - rss).toBeLessThan(1024 * 1024 * 1024);
      expect(snapshot(t.database)).toBe(before);
      expect(integrity()).toBe('ok');
    },
    60_000,
  );

  it.skipIf(hostile.isBackup)(
    'given to restore, is refused and the database is untouched',
    async () => {
      const [fileName, bytes] = await hostile.file('stock');
      const dir = tempDir();
      const file = path.join(dir, fileName);
      fs.writeFileSync(file, bytes);
      const target = path.join(dir, 'housing.sqlite');
      await writeBackup(t.database.sqlite, target);
      const hash = fs.readFileSync(target).toString('base64');
      const e = await restoreDatabase(target, file).catch((x: unknown) => x);
      tried.push(`${hostile.name} -> restore`);
      expect(e).toBeInstanceOf(AppError);
      expect(['validation', 'damaged']).toContain((e as AppError).code);
      expectPlainSentence((e as AppError).message);
      expect((e as AppError).message).toMatch(/Your database has not been changed/);
      expect(fs.readFileSync(target).toString('base64')).toBe(hash);
      expect(fs.readdirSync(dir).sort()).toEqual([fileName, 'housing.sqlite'].sort());
    },
    60_000,
  );
});

describe('restore', () => {
  it('refuses a CSV file and a truncated database given as the backup', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'housing.sqlite');
    await writeBackup(t.database.sqlite, target);
    const homes = path.join(dir, 'homes.csv');
    fs.writeFileSync(homes, csv(['UPRN,Address', '1001,1 Ash House']));
    await expect(restoreDatabase(target, homes)).rejects.toThrow(
      /homes\.csv is not a Housing Desk database or backup \(it is not a SQLite database file\)\. Your database has not been changed\.$/,
    );
    const cut = path.join(dir, 'cut.sqlite');
    fs.writeFileSync(cut, truncatedDatabase);
    await expect(restoreDatabase(target, cut)).rejects.toThrow(
      /cut\.sqlite is damaged \(SQLite found: .*\), so it cannot be restored\. Your database has not been changed\. Choose another backup\.$/,
    );
  });

  it('counts the files tried', () => {
    expect(tried.length).toBe(HOSTILE.length * KINDS.length + HOSTILE.filter((h) => !h.isBackup).length);
  });
});
