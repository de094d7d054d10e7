import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMeasureValue, monthsOfYear } from '../../shared/domain/measures';
import { offTargetSentence, STATUS_WORDS, statusWord } from '../../shared/domain/performanceReport';
import { buildPaperModel } from '../../main/exports/paperModel';
import { readDocx } from '../helpers/docx';
import { makeCore, tempDir, type TestCore } from '../helpers/testCore';

// The committee paper's "Performance against target" part and the scorecard as a Word document:
// the figures are the scorecard's for the paper's year and period, and the document says them.

let t: TestCore;
let meetingId: number;
beforeAll(async () => {
  t = await makeCore({ today: '2026-12-04', demo: true });
  meetingId = (await t.call('meetings.list', {})).find((m) => m.status === 'scheduled')!.id;
}, 120_000);
afterAll(async () => t.close());

async function paperAsAt(dataAsAt: string | null) {
  return t.call('papers.create', {
    meetingId,
    title: `Performance as at ${dataAsAt ?? 'today'}`,
    purpose: 'information',
    dataAsAt,
    narrative: { summary: 'Performance.', recommendations: 'note the performance.', implications: {} },
    sections: { performance: true, appendixPerformance: true },
  });
}

describe('the paper’s performance part', () => {
  it('reads the scorecard of the year and last month complete at the paper’s data-as-at date, row for row', async () => {
    const paper = await paperAsAt('2026-10-15');
    const model = await buildPaperModel(t.database.db, paper.id, '2026-12-04');
    const card = await t.call('measures.scorecard', { year: '2026/27', period: '2026-09' });
    expect(model.performance!.card).toEqual(card);
    // not the scorecard of today's period, which has other figures
    expect(model.performance!.card.rows).not.toEqual((await t.call('measures.scorecard', { year: '2026/27' })).rows);
    expect(card.rows.filter((r) => r.thisYear !== null).length).toBeGreaterThan(15);
  });

  it('in April before the month is out, reports the whole of the year just ended', async () => {
    const paper = await paperAsAt('2026-04-10');
    const model = await buildPaperModel(t.database.db, paper.id, '2026-12-04');
    expect(model.performance!.card).toEqual(await t.call('measures.scorecard', { year: '2025/26', period: '2026-03' }));
  });

  it('prints each row’s figures, target and status, and a sentence for each measure off target', async () => {
    const paper = await paperAsAt('2026-10-15');
    const { text } = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
    const card = await t.call('measures.scorecard', { year: '2026/27', period: '2026-09' });
    const off = card.rows.filter((r) => r.status === 'off_target');
    expect(off.length).toBeGreaterThan(2);
    for (const r of off)
      expect(text).toContain(offTargetSentence({ name: r.name, unit: r.unit, value: r.thisYear!, target: r.target!, previous: r.lastYear, partYear: true }));
    const lines = text.split('\n');
    for (const r of card.rows) {
      const at = lines.indexOf(`${r.name} (${r.code})`);
      expect(at, r.code).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 5), r.code).toEqual([
        formatMeasureValue(r.lastYearFull, r.unit),
        formatMeasureValue(r.thisYear, r.unit),
        r.target === null ? '–' : `${r.polarity === 'higher' ? 'at least' : 'at most'} ${formatMeasureValue(r.target, r.unit)}`,
        STATUS_WORDS[statusWord(r)],
      ]);
    }
    expect(text).toContain('Appendix 1: performance against target');
    expect(text).toContain('Monthly measures, 2026/27 to the end of September 2026: each month and the year to date');
  });
});

describe('the scorecard as a Word document', () => {
  it('has the scorecard’s table on landscape pages, with its off-target sentences', async () => {
    const file = await t.call('exports.scorecard', { year: '2025/26', format: 'docx' });
    const card = await t.call('measures.scorecard', { year: '2025/26' });
    expect(file.fileName).toBe('scorecard-2025-26-to-2026-03.docx');
    const { document, text } = await readDocx(file.base64);
    expect(document).toContain('w:orient="landscape"');
    expect(document).not.toContain('w:orient="portrait"');
    expect(text).toContain('Performance scorecard 2025/26');
    expect(text).toContain('Performance against target, every measure in the register: 2024/25 in full, and 2025/26');
    for (const r of card.rows.filter((x) => x.status === 'off_target'))
      expect(text).toContain(offTargetSentence({ name: r.name, unit: r.unit, value: r.thisYear!, target: r.target!, previous: r.lastYear, partYear: false }));
    // the status in colour beside its words
    expect(document).toContain('w:fill="F6D5D2"');
    expect(card.upTo).toBe(monthsOfYear('2025/26').at(-1));
  });

  it('is written by housing-desk export scorecard --out FILE.docx', () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
    const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
    expect(cli(['demo', '--db', db]).status).toBe(0);
    const out = path.join(tempDir(), 'card.docx');
    const r = cli(['export', 'scorecard', '--db', db, '--year', '2025/26', '--period', '2025-10', '--out', out]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(cli(['export', 'scorecard', '--db', db, '--year', '2025/26', '--out', path.join(tempDir(), 'card.pdf')]).stderr).toMatch(
      /--out must end in \.xlsx or \.csv or \.docx/,
    );
  });
});
