import { describe, expect, it } from 'vitest';
import { buildCsv, csvText, type CsvColumnRules } from '../../renderer/components/gridCsv';
import { spreadsheetSafe } from '../../shared/domain/spreadsheetSafe';

// A register's CSV: the grid as shown, each cell quoted; a column's rule may write it as several.

interface Row {
  id: number;
  title: string;
  noteDate: string;
  note: string | null;
}

const rows: Row[] = [
  { id: 1, title: 'Fix the "lift"', noteDate: '01/02/2027', note: 'Parts, ordered' },
  { id: 2, title: 'Walkabouts', noteDate: '', note: null },
];
const columns = [
  { field: 'title', header: 'Recommendation' },
  { field: 'noteDate', header: 'Latest note' },
  { field: undefined, header: 'No field' },
];
const shown = (row: Row) => ({ data: row, shown: (i: number) => [row.title, row.noteDate, `#${row.id}`][i]! });

describe('register CSV', () => {
  it('quotes every cell, doubles quotes inside and ends lines with CRLF', () => {
    expect(
      csvText([
        ['a', 'b "c"'],
        ['', 'd,e'],
      ]),
    ).toBe('"a","b ""c"""\r\n"","d,e"');
  });

  it('writes the header line, then each row as its cells show it', () => {
    expect(buildCsv(columns, rows.map(shown)).split('\r\n')).toEqual([
      '"Recommendation","Latest note","No field"',
      '"Fix the ""lift""","01/02/2027","#1"',
      '"Walkabouts","","#2"',
    ]);
  });

  it("writes a column by its rule: several headers, cells from the row's data", () => {
    const rules: CsvColumnRules<Row> = { noteDate: { headers: ['Latest note date', 'Latest note'], cells: (row, text) => [text, row.note ?? ''] } };
    expect(buildCsv(columns, rows.map(shown), rules).split('\r\n')).toEqual([
      '"Recommendation","Latest note date","Latest note","No field"',
      '"Fix the ""lift""","01/02/2027","Parts, ordered","#1"',
      '"Walkabouts","","","#2"',
    ]);
  });

  it('writes the header line alone when no row is shown', () => {
    expect(buildCsv(columns, [])).toBe('"Recommendation","Latest note","No field"');
  });

  it('writes a cell that starts like a formula as text, so Excel never runs it (the action plan titled =cmd…)', () => {
    expect(csvText([["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","Click")', '+SUM(1+1)', '@SUM(1)', '-2+3', '\t=1', '\r=1']])).toBe(
      `"'=cmd|' /C calc'!A0","'=HYPERLINK(""http://evil.example"",""Click"")","'+SUM(1+1)","'@SUM(1)","'-2+3","'\t=1","'\r=1"`,
    );
  });
});

describe('spreadsheet cells safe from formula injection', () => {
  it('prefixes every formula start with an apostrophe and leaves words and plain numbers alone', () => {
    for (const v of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx', '=', '-', '+44 20 7946 0000', '-12 days']) expect(spreadsheetSafe(v)).toBe(`'${v}`);
    for (const v of ['Ann Patel', '', '-12', '+3.5', '-0.5%', '12', 'x=1', ' =1', "'=1"]) expect(spreadsheetSafe(v)).toBe(v);
  });
});
