import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { mappingProblems } from '../../shared/domain/importKinds';
import { fromZodError } from '../../main/core/errors';
import { applyMapping } from '../../main/imports/mapping';
import type { Table } from '../../main/imports/readTable';

const table = (headers: string[]): Table => ({ headers, rows: [{ line: 2, cells: headers.map((_, i) => `v${i}`) }] });

describe('applying a column mapping', () => {
  it('recognises headers whatever their case, spaces and underscores, and lists the missing required fields', () => {
    const m = applyMapping(table(['check_TYPE', 'U P R N', 'When', 'Ref']), 'certificates');
    expect(m.columns).toEqual([
      { header: 'check_TYPE', field: 'checkType', mapped: false },
      { header: 'U P R N', field: 'uprn', mapped: false },
      { header: 'When', field: null, mapped: false },
      { header: 'Ref', field: 'reference', mapped: false },
    ]);
    expect(m.missing).toEqual(['dateDone']);
  });

  it('renames a mapped header to its field, ignores a column mapped to null, and lets a mapping win over a recognised header', () => {
    const m = applyMapping(table(['Check type', 'When', 'Date done', 'UPRN']), 'certificates', { When: 'dateDone', UPRN: null });
    expect(m.table.headers).toEqual(['Check type', 'Date done', '', '']);
    expect(m.columns.map((c) => c.field)).toEqual(['checkType', 'dateDone', null, null]);
    expect(m.columns[1]).toEqual({ header: 'When', field: 'dateDone', mapped: true });
    expect(m.missing).toEqual([]);
    // the rows are untouched
    expect(m.table.rows).toEqual(table(['Check type', 'When', 'Date done', 'UPRN']).rows);
  });

  it('names problems in a mapped column by the file’s header', () => {
    const m = applyMapping(table(['Check type', 'When']), 'certificates', { When: 'dateDone' });
    const problems = [
      { row: 2, column: 'Date done', message: 'x' },
      { row: 2, column: 'Check type', message: 'y' },
    ];
    m.relabel(problems);
    expect(problems.map((p) => p.column)).toEqual(['When', 'Check type']);
  });

  it('refuses a header the file does not have, an unknown field and a field chosen twice, naming the header', () => {
    expect(() => applyMapping(table(['Check type']), 'certificates', { Visit: 'dateDone' })).toThrow('The file has no column “Visit” to map.');
    expect(() => applyMapping(table(['Check type', 'A']), 'certificates', { A: 'tenure' })).toThrow(
      'The column “A” is mapped to “tenure”, which is not a field of a certificates file.',
    );
    expect(() => applyMapping(table(['A', 'B']), 'stock', { A: 'uprn', B: 'uprn' })).toThrow('The columns “A” and “B” are both mapped to UPRN: choose one.');
  });
});

describe('validating a mapping in the contract', () => {
  const start = (mapping: unknown, kind = 'certificates') =>
    contract['imports.start'].input.safeParse({ kind, fileName: 'f.csv', fileId: '6f1c1bd4-8d54-4a8e-9d5c-2c3f7a1e0b9a', mapping });
  const error = (mapping: unknown, kind?: string) => {
    const r = start(mapping, kind);
    if (r.success) throw new Error('expected a validation error');
    return fromZodError(r.error).toShape();
  };

  it('accepts fields of the kind of file and null for an ignored column, and defaults to no mapping', () => {
    expect(start({ 'Inspection date': 'dateDone', Notes: null }).success).toBe(true);
    expect(contract['imports.start'].input.parse({ kind: 'stock', fileName: 'f.csv', fileId: '6f1c1bd4-8d54-4a8e-9d5c-2c3f7a1e0b9a' }).mapping).toEqual({});
  });

  it('refuses an unknown field and the same field twice, naming the header', () => {
    expect(error({ 'Inspection date': 'dateDone', Done: 'dateDone' })).toEqual({
      code: 'validation',
      field: 'mapping.Done',
      message: 'The columns “Inspection date” and “Done” are both mapped to Date done: choose one.',
    });
    expect(error({ Storeys: 'dateDone' }, 'stock')).toEqual({
      code: 'validation',
      field: 'mapping.Storeys',
      message: 'The column “Storeys” is mapped to “dateDone”, which is not a field of a stock file.',
    });
    expect(error({ Block: 'toString' }).message).toMatch(/not a field/);
    expect(error({ Block: 7 }).field).toBe('mapping.Block');
  });

  it('lists every problem of a mapping', () => {
    expect(mappingProblems('stock', { A: 'uprn', B: 'uprn', C: 'nope' }).map((p) => p.header)).toEqual(['B', 'C']);
  });
});
