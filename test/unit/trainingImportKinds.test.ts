import { describe, expect, it } from 'vitest';
import { looksLikeOtherKind } from '../../main/imports/fileKind';
import { applyMapping } from '../../main/imports/mapping';
import type { Table } from '../../main/imports/readTable';
import type { ImportKind } from '../../shared/domain/importKinds';

// The training register's files, with the headers the issue names, are read without a mapping, and
// one given to the wrong import is recognised as the kind it is.

const HEADERS: Record<'courses' | 'requirements' | 'staff' | 'training', string[]> = {
  courses: ['Course', 'Category', 'Refresh months', 'Mandatory', 'Provider', 'Policy'],
  requirements: ['Job role', 'Course', 'Team'],
  staff: ['Name', 'Email', 'Team', 'Job role', 'Start date', 'Leave date', 'Line manager'],
  training: ['Email', 'Course', 'Date completed', 'Expiry date', 'Evidence'],
};
const table = (headers: string[]): Table => ({ headers, rows: [] });

describe('the training imports’ headers', () => {
  it.each(Object.entries(HEADERS))('a %s file is read by its headers alone, every column used', (kind, headers) => {
    const m = applyMapping(table(headers), kind as ImportKind);
    expect(m.missing).toEqual([]);
    expect(m.columns.filter((c) => c.field === null)).toEqual([]);
  });

  it('a training file given to another import is recognised as each kind it is', () => {
    const kinds = Object.keys(HEADERS) as (keyof typeof HEADERS)[];
    for (const kind of kinds)
      for (const other of kinds.filter((k) => k !== kind)) {
        const { missing } = applyMapping(table(HEADERS[kind]), other);
        expect(looksLikeOtherKind(HEADERS[kind], other, missing), `${kind} file imported as ${other}`).toBe(kind);
      }
  });
});
