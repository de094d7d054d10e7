import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../main/imports/runImport';
import { ukDate } from '../../main/imports/values';
import { makeCore, snapshot, type TestCore } from '../helpers/testCore';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore({ today: '2026-11-23' });
});
afterEach(async () => t.close());

const opts = (o: Partial<{ dryRun: boolean; validOnly: boolean }> = {}) => ({
  dryRun: false,
  validOnly: false,
  actor: 'Importer',
  now: '2026-11-23T10:00:00.000Z',
  today: '2026-11-23',
  ...o,
});
const STOCK = [
  'uprn,ADDRESS,Estate,Block,Tenure,Gas,Storeys,Year_built,Fire Risk Tier,Passenger lifts,Communal water,Asbestos present',
  '1001,"1 Ash House, Northgate",Northgate,Ash House,Tenant,Yes,5,1968,high,1,Y,true',
  '1002,2 Ash House,Northgate,Ash House,Shared ownership,N,5,1968,high,1,Y,true',
  '1003,3 Ash House,Northgate,Ash House,Leaseholder,1,5,1968,high,1,Y,true',
  '2001,1 Birch Court,Northgate,Birch Court,tenant,0,2,1994,low,0,No,False',
  '',
  ',,,,,,,,,,,',
].join('\r\n');

const count = (table: string) => (t.database.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

describe('reading dates as UK files write them', () => {
  it('reads dd/mm, d/m/yy, ISO, Excel serials and spreadsheet dates, day first', () => {
    expect(ukDate('31/03/2024')).toBe('2024-03-31');
    expect(ukDate('1/4/24')).toBe('2024-04-01');
    expect(ukDate('04/05/2024')).toBe('2024-05-04');
    expect(ukDate('2024-03-31')).toBe('2024-03-31');
    expect(ukDate(45382)).toBe('2024-03-31');
    expect(ukDate('45382')).toBe('2024-03-31');
    expect(ukDate(45382.75)).toBe('2024-03-31');
    expect(ukDate('45382.5')).toBe('2024-03-31');
    expect(ukDate(new Date('2024-03-31T00:00:00Z'))).toBe('2024-03-31');
    expect(ukDate('31/02/2024')).toBeNull();
    expect(ukDate('13/13/2024')).toBeNull();
    expect(ukDate('soon')).toBeNull();
  });
});

describe('stock import', () => {
  it('imports homes and blocks from a CSV with a BOM, mixed headers and blank trailing rows, creating lifts', async () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STOCK, 'utf8')]);
    const dry = await runImport(t.database.sqlite, 'stock', 'stock.csv', file, opts({ dryRun: true }));
    expect(dry).toMatchObject({ rows: 4, new: 4, updated: 0, unchanged: 0, problems: [], applied: false });
    expect(count('dwellings')).toBe(0);
    const report = await runImport(t.database.sqlite, 'stock', 'stock.csv', file, opts());
    expect(report).toMatchObject({ new: 4, applied: true });
    expect(
      t.database.sqlite.prepare("select storeys, fire_risk_tier, passenger_lifts, communal_water, asbestos_present from blocks where name = 'Ash House'").get(),
    ).toEqual({
      storeys: 5,
      fire_risk_tier: 'high',
      passenger_lifts: 1,
      communal_water: 1,
      asbestos_present: 1,
    });
    expect(count('lifts')).toBe(1);
    expect(t.database.sqlite.prepare("select address, tenure, has_gas from dwellings where uprn = '1002'").get()).toEqual({
      address: '2 Ash House',
      tenure: 'shared_ownership',
      has_gas: 0,
    });
    // the same file again changes nothing; an edited row is an update
    expect(await runImport(t.database.sqlite, 'stock', 'stock.csv', file, opts({ dryRun: true }))).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
    const edited = Buffer.from(STOCK.replace('2 Ash House,', '2A Ash House,'), 'utf8');
    expect(await runImport(t.database.sqlite, 'stock', 'stock.csv', edited, opts())).toMatchObject({ new: 0, updated: 1, unchanged: 3, applied: true });
    expect(count('audit_log')).toBeGreaterThanOrEqual(5);
  });

  it('reads Windows-1252 text', async () => {
    const csv = 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,Flat 1 – Ashé House,Northgate,Ashé House,Tenant,Yes\n';
    const bytes = Buffer.from([...csv].map((c) => (c === '–' ? 0x96 : c === 'é' ? 0xe9 : c.charCodeAt(0))));
    await runImport(t.database.sqlite, 'stock', 'stock.csv', bytes, opts());
    expect(t.database.sqlite.prepare('select address from dwellings').get()).toEqual({ address: 'Flat 1 – Ashé House' });
  });

  it('reports every bad row with its column and imports nothing, unless the valid rows are chosen', async () => {
    const bad = [
      'UPRN,Address,Estate,Block,Tenure,Gas,Storeys',
      '1001,1 Ash House,Northgate,Ash House,Tenant,Yes,5',
      'ABC,2 Ash House,Northgate,Ash House,Tenant,Yes,5',
      '1003,,Northgate,Ash House,Lodger,maybe,5',
      '1001,4 Ash House,Northgate,Ash House,Tenant,Yes,5',
      '1005,5 Ash House,Northgate,Ash House,Tenant,No,6',
    ].join('\n');
    const before = snapshot(t.database);
    const report = await runImport(t.database.sqlite, 'stock', 'bad.csv', Buffer.from(bad), opts());
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([
      { row: 3, column: 'UPRN', message: '“ABC” is not a UPRN (a number of up to 12 digits).' },
      { row: 4, column: 'Address', message: 'The address is missing.' },
      { row: 4, column: 'Tenure', message: '“Lodger” is not a tenure: use tenant, shared ownership or leaseholder.' },
      { row: 4, column: 'Gas', message: '“maybe” is not yes or no.' },
      { row: 5, column: 'UPRN', message: 'UPRN 1001 is also on row 2.' },
      { row: 6, column: 'Storeys', message: 'Ash House has 5 on row 2 but 6 here.' },
    ]);
    expect(snapshot(t.database)).toBe(before);
    const partial = await runImport(t.database.sqlite, 'stock', 'bad.csv', Buffer.from(bad), opts({ validOnly: true }));
    expect(partial).toMatchObject({ applied: true, new: 1 });
    expect(count('dwellings')).toBe(1);
  });

  it('says which required column is missing, and refuses other file types', async () => {
    const r = await runImport(t.database.sqlite, 'stock', 's.csv', Buffer.from('UPRN,Address\n1,x\n'), opts());
    expect(r.problems.map((p) => p.column)).toEqual(['Estate', 'Block', 'Tenure', 'Gas']);
    await expect(runImport(t.database.sqlite, 'stock', 's.pdf', Buffer.from('x'), opts())).rejects.toThrow(/not a .csv or .xlsx/);
  });
});

describe('certificate import', () => {
  beforeEach(async () => {
    await runImport(t.database.sqlite, 'stock', 'stock.csv', Buffer.from(STOCK), opts());
  });

  it('imports checks for homes, blocks and lifts, deriving expiry and keeping the gas anniversary within the file', async () => {
    const csv = [
      'Check type,UPRN,Block,Lift,Date done,Expiry date,Outcome,Contractor,Reference',
      'GAS,1001,,,01/05/2025,,Pass,Warmhome,G-1',
      'Gas safety record,1001,,,15/03/2026,,satisfactory,Warmhome,G-2',
      'FRA,,Ash House,,2025-02-01,,,,F-1',
      'LIFT,,Ash House,1,45992,,,,L-1',
      'EICR,,Birch Court,,10/04/2021,,,,E-1',
      'WATER,,Ash House,,01/06/2024,01/06/2027,,,W-1',
    ].join('\n');
    const dry = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ dryRun: true }));
    expect(dry).toMatchObject({ new: 6, problems: [], applied: false });
    expect(count('certificates')).toBe(0);
    await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts());
    const rows = t.database.sqlite.prepare('select reference, expiry_date, outcome from certificates order by reference').all();
    expect(rows).toEqual([
      { reference: 'E-1', expiry_date: '2026-04-10', outcome: 'satisfactory' },
      { reference: 'F-1', expiry_date: '2026-02-01', outcome: 'satisfactory' },
      { reference: 'G-1', expiry_date: '2026-05-01', outcome: 'satisfactory' },
      { reference: 'G-2', expiry_date: '2027-05-01', outcome: 'satisfactory' },
      { reference: 'L-1', expiry_date: '2026-06-01', outcome: 'satisfactory' },
      { reference: 'W-1', expiry_date: '2027-06-01', outcome: 'satisfactory' },
    ]);
    // importing the same file again finds everything unchanged
    expect(await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ dryRun: true }))).toMatchObject({
      new: 0,
      unchanged: 6,
      problems: [],
    });
  });

  it('reports unknown homes and blocks, impossible and future dates, and duplicate references by row and column', async () => {
    await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from('Check type,UPRN,Date done,Reference\nGAS,1001,01/05/2025,G-1\n'), opts());
    const csv = [
      'Check type,UPRN,Block,Lift,Date done,Reference',
      'GAS,9999,,,01/05/2025,X-1',
      'GAS,1002,,,01/05/2025,X-2',
      'FRA,,Oak House,,01/05/2025,X-3',
      'GAS,1001,,,31/02/2025,X-4',
      'GAS,1001,,,01/01/2027,X-5',
      'LIFT,,Ash House,3,01/05/2025,X-6',
      'GAS,1001,,,02/05/2025,X-7',
      'GAS,1001,,,03/05/2025,X-7',
      'GAS,1001,,,04/05/2025,G-1',
      'SMOKE,1001,,,04/05/2025,X-9',
    ].join('\n');
    const before = snapshot(t.database);
    const r = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts());
    expect(r.applied).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'UPRN'],
      [3, 'UPRN'],
      [4, 'Block'],
      [5, 'Date done'],
      [6, 'Date done'],
      [7, 'Lift'],
      [9, 'Reference'],
      [10, 'Reference'],
      [11, 'Check type'],
    ]);
    expect(r.problems.find((p) => p.row === 2)!.message).toBe('UPRN 9999 is not in the stock. Import the stock first, or correct the UPRN.');
    expect(r.problems.find((p) => p.row === 3)!.message).toBe('UPRN 1002 has no gas supply recorded.');
    expect(r.problems.find((p) => p.row === 6)!.message).toBe('2027-01-01 is in the future.');
    expect(r.problems.find((p) => p.row === 9)!.message).toBe('Reference X-7 is also on row 8.');
    expect(r.problems.find((p) => p.row === 10)!.message).toBe('Reference G-1 is already recorded for a different check.');
    expect(snapshot(t.database)).toBe(before);
  });

  it('finds a lift by its name as well as its number, and keeps the evidence file of each check', async () => {
    const ash = (await t.call('blocks.list', {})).find((b) => b.name === 'Ash House')!;
    await t.call('lifts.rename', { id: ash.lifts[0]!.id, name: 'North lift' });
    const csv = [
      'Check type,Block,Lift,Date done,Reference,Evidence',
      'LIFT,Ash House,north LIFT,01/06/2026,L-1,\\\\files\\lifts\\L-1.pdf',
      'LIFT,Ash House,1,01/09/2026,L-2,',
      'LIFT,Ash House,South lift,01/09/2026,L-3,',
    ].join('\n');
    const r = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ validOnly: true }));
    expect(r.problems).toEqual([{ row: 4, column: 'Lift', message: 'Ash House has no lift “South lift”.' }]);
    expect(r).toMatchObject({ new: 2, applied: true });
    const block = await t.call('blocks.get', { id: ash.id });
    const certs = block.certificates.filter((c) => c.checkType === 'LIFT').map((c) => [c.reference, c.evidencePath]);
    expect(certs).toEqual(
      expect.arrayContaining([
        ['L-1', '\\\\files\\lifts\\L-1.pdf'],
        ['L-2', ''],
      ]),
    );
    expect(certs).toHaveLength(2);
    // a file that gives the evidence file for a check on record updates it; a blank one keeps it
    const again = [
      'Check type,Block,Lift,Date done,Reference,Evidence file',
      'LIFT,Ash House,1,01/06/2026,L-1,',
      'LIFT,Ash House,1,01/09/2026,L-2,DMS-4471',
    ].join('\n');
    expect(await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(again), opts())).toMatchObject({
      new: 0,
      updated: 1,
      unchanged: 1,
      applied: true,
    });
    expect(t.database.sqlite.prepare("select reference, evidence_path from certificates where check_type = 'LIFT' order by reference").all()).toEqual([
      { reference: 'L-1', evidence_path: '\\\\files\\lifts\\L-1.pdf' },
      { reference: 'L-2', evidence_path: 'DMS-4471' },
    ]);
  });

  it('imports the valid rows only when asked, leaving the bad ones out, and nothing otherwise', async () => {
    const csv = [
      'Check type,UPRN,Date done,Reference',
      'GAS,1001,01/05/2025,V-1',
      'GAS,9999,01/05/2025,V-2',
      'GAS,1001,30/02/2025,V-3',
      'GAS,1001,01/06/2026,V-4',
    ].join('\n');
    const before = snapshot(t.database);
    const all = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts());
    expect(all).toMatchObject({ new: 2, applied: false });
    expect(all.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'UPRN'],
      [4, 'Date done'],
    ]);
    expect(snapshot(t.database)).toBe(before);
    expect(await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ validOnly: true }))).toMatchObject({ new: 2, applied: true });
    expect(t.database.sqlite.prepare('select reference from certificates order by reference').pluck().all()).toEqual(['V-1', 'V-4']);
  });

  it('reads a whole file of dd/mm dates, ambiguous ones day first, and names a US-style date as not real', async () => {
    const csv = [
      'Check type,UPRN,Date done,Reference',
      'GAS,1001,25/12/2024,D-1',
      'GAS,1001,04/05/2025,D-2',
      'EICR,2001,4/5/25,D-3',
      'EICR,2001,12/31/2025,D-4',
    ].join('\n');
    const r = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ validOnly: true }));
    expect(r.problems).toEqual([
      { row: 5, column: 'Date done', message: '“12/31/2025” is not a real date: dates are read day first (dd/mm/yyyy), so 31 cannot be the month.' },
    ]);
    expect(t.database.sqlite.prepare('select reference, date_done from certificates order by reference').all()).toEqual([
      { reference: 'D-1', date_done: '2024-12-25' },
      { reference: 'D-2', date_done: '2025-05-04' },
      { reference: 'D-3', date_done: '2025-05-04' },
    ]);
  });

  it('names an Excel error saved into a CSV, in any column, and imports nothing of that row', async () => {
    const csv = ['Check type,UPRN,Date done,Contractor,Reference', 'GAS,1001,01/05/2025,#N/A,E-1', 'GAS,1001,02/05/2025,Warmhome, #VALUE! '].join('\n');
    const r = await runImport(t.database.sqlite, 'certificates', 'c.csv', Buffer.from(csv), opts({ validOnly: true }));
    expect(r.problems).toEqual([
      { row: 2, column: 'Contractor', message: 'The cell holds Excel’s error #N/A: correct the formula or type the value.' },
      { row: 3, column: 'Reference', message: 'The cell holds Excel’s error #VALUE!: correct the formula or type the value.' },
    ]);
    expect(count('certificates')).toBe(0);
  });

  it('reads .xlsx formulas by their result, dates with a time of day, and names an error cell as the user sees it', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Certificates');
    sheet.addRow(['Check type', 'UPRN', 'Date done', 'Reference']);
    sheet.addRow(['GAS', 1001, 45382.6458, 'XT-1']);
    sheet.addRow(['GAS', 1001, { formula: 'DATE(2025,10,1)', result: new Date(Date.UTC(2025, 9, 1)) }, { formula: '"XT-"&2', result: 'XT-2' }]);
    sheet.addRow(['GAS', 1001, { error: '#N/A' }, 'XT-3']);
    sheet.addRow(['GAS', 1001, new Date(Date.UTC(2025, 10, 1)), { formula: 'VLOOKUP(A1,Z:Z,2,0)', result: { error: '#REF!' } }]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = await runImport(t.database.sqlite, 'certificates', 'certs.xlsx', bytes, opts({ validOnly: true }));
    expect(r.problems).toEqual([
      { row: 4, column: 'Date done', message: 'The cell holds Excel’s error #N/A: correct the formula or type the value.' },
      // in a text column too: never stored as a reference
      { row: 5, column: 'Reference', message: 'The cell holds Excel’s error #REF!: correct the formula or type the value.' },
    ]);
    expect(t.database.sqlite.prepare('select reference, date_done from certificates order by reference').all()).toEqual([
      { reference: 'XT-1', date_done: '2024-03-31' },
      { reference: 'XT-2', date_done: '2025-10-01' },
    ]);
  });

  it('refuses an .xlsx formula with no saved result, naming its row and column, rather than reading it as blank', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Certificates');
    sheet.addRow(['Check type', 'UPRN', 'Date done', 'Reference']);
    sheet.addRow(['GAS', 1001, new Date(Date.UTC(2025, 9, 1)), 'NF-1']);
    sheet.addRow(['GAS', 1001, { formula: 'DATE(2025,10,2)' }, 'NF-2']);
    sheet.addRow(['GAS', 1001, { formula: 'DATE(2025,10,3)' }, 'NF-3']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await expect(runImport(t.database.sqlite, 'certificates', 'nf.xlsx', bytes, opts())).rejects.toMatchObject({
      field: 'fileName',
      message:
        'nf.xlsx, row 3, Date done: the cell holds a formula (=DATE(2025,10,2)) with no saved result, and 1 more cell like it. Open the workbook in Excel and save it again, so that each formula’s result is saved with it, or paste the values over the formulas.',
    });
    expect(t.database.sqlite.prepare("select count(*) as n from certificates where reference like 'NF-%'").get()).toEqual({ n: 0 });
  });

  it('reads the first sheet of an .xlsx workbook, with real dates and Excel serials', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Certificates');
    sheet.addRow(['Check Type', 'UPRN', 'Date Done', 'Reference']);
    sheet.addRow(['GAS', 1001, new Date(Date.UTC(2025, 9, 1)), 'XL-1']);
    sheet.addRow(['GAS', '1001', 45382, 'XL-2']);
    sheet.addRow([]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = await runImport(t.database.sqlite, 'certificates', 'certs.xlsx', bytes, opts());
    expect(r).toMatchObject({ new: 2, problems: [], applied: true });
    expect(t.database.sqlite.prepare('select date_done from certificates order by date_done').all()).toEqual([
      { date_done: '2024-03-31' },
      { date_done: '2025-10-01' },
    ]);
  });
});
