import { describe, expect, it } from 'vitest';
import { monthEnds } from '../../main/compliance/trend';
import { CHECK_TYPES } from '../../shared/domain/compliance';
import { paperDataAsAt } from '../../shared/domain/paperDataAsAt';
import { readDocx } from '../helpers/docx';
import type { TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

// A committee paper's compliance part draws the trend's 72 points and the position over the whole
// stock (2-3 s at 60,000 homes). The export's process only reads, so what it worked out was lost
// with it and every export worked them out again (issue 15). The host now works them out and keeps
// them first, as the compliance page does, and the process reads them kept: the same document.

const cores = demoCoresWithAndWithoutWorkers();
const TODAY = '2026-11-23';

const firstPaperId = (t: TestCore) => (t.database.sqlite.prepare('select id from committee_papers order by id limit 1').get() as { id: number }).id;

async function paperAsAt(t: TestCore, paperId: number) {
  const paper = await t.call('papers.get', { id: paperId });
  return paperDataAsAt(paper.dataAsAt, paper.meetingDate, TODAY);
}

const keptAt = (t: TestCore, dates: string[]) =>
  t.database.sqlite
    .prepare(`select check_type, as_at, due30 is not null as position from compliance_trend_points where as_at in (${dates.map(() => '?').join(', ')})`)
    .all(...dates) as { check_type: string; as_at: string; position: number }[];

describe('a committee paper’s export', () => {
  for (const where of ['onWorker', 'inProcess'] as const) {
    it(`keeps the trend and the position it reads, and draws the same paper from them kept (${where})`, async () => {
      const t = cores[where];
      const paperId = firstPaperId(t);
      const points = monthEnds(await paperAsAt(t, paperId), 12);
      t.database.sqlite.exec('delete from compliance_trend_points');
      const first = await t.call('exports.committeePaper', { paperId });
      const kept = keptAt(t, points);
      expect(kept).toHaveLength(CHECK_TYPES.length * points.length);
      expect(kept.filter((p) => p.position).map((p) => p.as_at)).toEqual(CHECK_TYPES.map(() => points.at(-1)));
      const again = await t.call('exports.committeePaper', { paperId });
      expect((await readDocx(again.base64)).document).toBe((await readDocx(first.base64)).document);
    }, 120_000);
  }

  it('keeps the position when a later trend kept the paper’s date without it (a month end)', async () => {
    const t = cores.onWorker;
    const paperId = firstPaperId(t);
    const paper = await t.call('papers.get', { id: paperId });
    await t.call('papers.update', { id: paperId, patch: { dataAsAt: '2026-10-31' } });
    try {
      t.database.sqlite.exec('delete from compliance_trend_points');
      // the compliance page's trend to today keeps 31 October as a point, without the counts due soon
      await t.call('compliance.trend', { asAt: TODAY, months: 12 });
      expect(keptAt(t, ['2026-10-31']).filter((p) => p.position)).toEqual([]);
      await t.call('exports.committeePaper', { paperId });
      expect(keptAt(t, ['2026-10-31']).filter((p) => p.position)).toHaveLength(CHECK_TYPES.length);
    } finally {
      await t.call('papers.update', { id: paperId, patch: { dataAsAt: paper.dataAsAt } });
    }
  }, 120_000);

  it('keeps nothing for a paper without the compliance part', async () => {
    const t = cores.inProcess;
    const paperId = firstPaperId(t);
    const paper = await t.call('papers.get', { id: paperId });
    await t.call('papers.update', { id: paperId, patch: { sections: { ...paper.sections, compliance: false, appendixCompliance: false } } });
    try {
      t.database.sqlite.exec('delete from compliance_trend_points');
      await t.call('exports.committeePaper', { paperId });
      expect(keptAt(t, monthEnds(await paperAsAt(t, paperId), 12))).toEqual([]);
    } finally {
      await t.call('papers.update', { id: paperId, patch: { sections: paper.sections } });
    }
  }, 60_000);
});
