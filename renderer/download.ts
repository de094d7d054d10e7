import type { ExportedFile } from '../shared/contract';

/**
 * Hands a generated file to the user: the browser's download (web host) or Electron's native
 * save dialog, which the shell opens for every download.
 */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The types of the files main makes, by their names' endings. */
const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

const typeOf = (fileName: string) => TYPES[/\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** A file made by main (a Word document, a spreadsheet or a CSV), with the type its name says. */
export function saveFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: typeOf(file.fileName) }), file.fileName);
}

/** A CSV, in UTF-8 with the byte order mark Excel needs to read it as UTF-8 (en dashes, curly quotes). */
export function saveCsv(fileName: string, csv: string): void {
  saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
