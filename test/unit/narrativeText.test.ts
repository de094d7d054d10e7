import { describe, expect, it } from 'vitest';
import { narrativeBlocks } from '../../shared/domain/narrativeText';

describe('narrativeBlocks', () => {
  it('runs lines on into paragraphs split by a blank line, and keeps typed list items', () => {
    expect(narrativeBlocks('First line\nstill first.\n\nSecond:\n- one\n2. two')).toEqual([
      { kind: 'paragraph', text: 'First line still first.' },
      { kind: 'paragraph', text: 'Second:' },
      { kind: 'item', text: 'one' },
      { kind: 'item', text: 'two' },
    ]);
  });

  it('makes every line a paragraph when asked', () => {
    expect(narrativeBlocks('Paper one\nPaper two', { eachLine: true })).toEqual([
      { kind: 'paragraph', text: 'Paper one' },
      { kind: 'paragraph', text: 'Paper two' },
    ]);
  });

  it('reads lines pasted from Excel as a table whose caption is the paragraph before it ending with ":"', () => {
    expect(narrativeBlocks('Complaints by stage:\nStage\t22/23\t23/24\nStage 1\t1,204\t1,774\nStage 2\t310\t423\n\nAfter the table.')).toEqual([
      {
        kind: 'table',
        caption: 'Complaints by stage:',
        headers: ['Stage', '22/23', '23/24'],
        rows: [
          ['Stage 1', '1,204', '1,774'],
          ['Stage 2', '310', '423'],
        ],
      },
      { kind: 'paragraph', text: 'After the table.' },
    ]);
  });

  it('reads pipe tables with and without a rule line, and gives no caption when the paragraph before does not end with ":"', () => {
    const withRule = narrativeBlocks('The figures follow.\n| Measure | Target |\n|---|:---:|\n| Stage 1 on time | 95% |');
    expect(withRule).toEqual([
      { kind: 'paragraph', text: 'The figures follow.' },
      { kind: 'table', caption: null, headers: ['Measure', 'Target'], rows: [['Stage 1 on time', '95%']] },
    ]);
    expect(narrativeBlocks('a | b | c\n1 | 2 | 3')).toEqual([{ kind: 'table', caption: null, headers: ['a', 'b', 'c'], rows: [['1', '2', '3']] }]);
  });

  it('pads ragged rows with blank cells, keeps blank cells, and names a blank header cell', () => {
    expect(narrativeBlocks('Name\tA\tB\nx\t\t2\ny\t\nz\t1\t2\t3')).toEqual([
      {
        kind: 'table',
        caption: null,
        headers: ['Name', 'A', 'B', 'Column 4'],
        rows: [
          ['x', '', '2', ''],
          ['y', '', '', ''],
          ['z', '1', '2', '3'],
        ],
      },
    ]);
    expect(narrativeBlocks('\tQ1\tQ2\nGas\t99%\t98%')[0]).toMatchObject({ headers: ['Column 1', 'Q1', 'Q2'], rows: [['Gas', '99%', '98%']] });
  });

  it('leaves a lone pipe in prose, a single pipe line and a lone rule line as text', () => {
    expect(narrativeBlocks('Either this | or that.\nAnd | another line.')).toEqual([{ kind: 'paragraph', text: 'Either this | or that. And | another line.' }]);
    expect(narrativeBlocks('| only | one | row |')).toEqual([{ kind: 'paragraph', text: '| only | one | row |' }]);
    expect(narrativeBlocks('| a | b |\n|---|---|')).toEqual([{ kind: 'paragraph', text: '| a | b | |---|---|' }]);
  });

  it('does not join a tab table and a pipe table', () => {
    const blocks = narrativeBlocks('a\tb\n1\t2\n| c | d |\n| 3 | 4 |');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'table']);
  });
});
