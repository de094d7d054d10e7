import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice } from '../e2e/office';
import { readDocx } from '../helpers/docx';
import { makeCore, type TestCore } from '../helpers/testCore';

// Every kind of document the demo has, opened in LibreOffice: each table header word must come out
// whole in the PDF's text (no "Recommendatio/n"), and every page must carry "Page X of N".

const hasOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasOffice && process.env.CI === 'true')
  throw new Error('LibreOffice (soffice) and pdftotext are needed on CI: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation');

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The words of every table's header row, from the document's XML. */
function headerWords(document: string): string[] {
  const words = new Set<string>();
  for (const table of document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const header = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*<w:tblHeader\/>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    const text = [...header.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => (m[1] === undefined ? ' ' : m[1])).join('');
    for (const w of unescape(text).split(/\s+/)) if (w) words.add(w);
  }
  return [...words];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!hasOffice)('demo documents in LibreOffice', () => {
  let t: TestCore;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-office-'));
  const files: Record<string, string> = {};

  beforeAll(async () => {
    t = await makeCore({ today: '2026-12-04', demo: true });
    const [programme] = await t.call('programmes.list', {});
    const meetings = await t.call('meetings.list', {});
    const next = meetings.filter((m) => m.status === 'scheduled').sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))[0]!;
    const [paper] = await t.call('papers.list', { meetingId: next.id });
    const exports = {
      'monthly-update': await t.call('exports.monthlyUpdate', { programmeId: programme!.id, month: '2026-11' }),
      recommendations: await t.call('exports.recommendations', { programmeId: programme!.id }),
      'policy-schedule': await t.call('exports.policySchedule', {}),
      'committee-paper': await t.call('exports.committeePaper', { paperId: paper!.id }),
    };
    for (const [kind, file] of Object.entries(exports)) {
      files[kind] = path.join(dir, `${kind}.docx`);
      fs.writeFileSync(files[kind], Buffer.from(file.base64, 'base64'));
    }
  }, 120_000);
  afterAll(async () => t?.close());

  it.each(['monthly-update', 'recommendations', 'policy-schedule', 'committee-paper'])(
    '%s: every table header word appears whole, and the pages are numbered "Page X of N"',
    async (kind) => {
      const doc = await readDocx(fs.readFileSync(files[kind]!));
      const words = headerWords(doc.document);
      // the recommendations document has no tables; every other document has several
      expect(words.length > 0).toBe(kind !== 'recommendations');
      const { text } = convertWithLibreOffice(files[kind]!);
      const pages = text.split('\f').filter((p) => p.trim());
      const total = pages.length;
      const flat = text.replace(/\s+/g, ' ');
      for (const w of words) expect(flat, `header word “${w}”`).toMatch(new RegExp(`(^|[\\s(])${escapeRe(w)}($|[\\s),.:;])`));
      expect(flat).toContain(`Page 1 of ${total}`);
      expect(flat).toContain(`Page ${total} of ${total}`);
    },
    180_000,
  );
});
