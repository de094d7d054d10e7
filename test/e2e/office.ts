import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Converts a .docx with LibreOffice (proof that a real word processor opens it); returns the PDF's text. */
export function convertWithLibreOffice(docx: string): { pdf: string; text: string } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-lo-'));
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'hd-lo-profile-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pdf, text };
}

/** Renders PDF pages to PNG files for a person to look at. */
export function pagesAsPng(pdf: string, prefix: string, pages = 2): void {
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(pages), pdf, prefix]);
}
