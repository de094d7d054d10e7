import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../renderer/download';

// A file the app makes is handed to the browser (or Electron's save dialog) as a Blob whose type
// says what it is: a spreadsheet saved as a Word document's type is offered to Word, or named .docx.

function savedBlob(fileName: string): Blob {
  let blob: Blob | undefined;
  vi.stubGlobal('URL', { createObjectURL: (b: Blob) => ((blob = b), 'blob:saved'), revokeObjectURL: () => undefined });
  vi.stubGlobal('document', {
    createElement: () => ({ click: () => undefined, remove: () => undefined }),
    body: { appendChild: () => undefined },
  });
  saveFile({ fileName, base64: Buffer.from('PK').toString('base64'), bytes: 2 });
  return blob!;
}

afterEach(() => vi.unstubAllGlobals());

describe('a file the app made', () => {
  it.each([
    ['Committee paper.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Training matrix.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['Scorecard 2026-27.csv', 'text/csv;charset=utf-8'],
    ['Something else.bin', 'application/octet-stream'],
  ])('%s is saved as %s', (fileName, type) => {
    const blob = savedBlob(fileName);
    expect(blob.type).toBe(type);
    expect(blob.size).toBe(2);
  });
});
