import { describe, expect, it } from 'vitest';
import type { KeepingCtx } from '../../main/core/mutation';
import { stopReader } from '../../main/core/readWorker';
import { forkNodeProcess, type ForkWork } from '../../main/core/workProcess';
import type { ExportWorkerRequest } from '../../main/exports/exportWorkerTypes';
import { keeperFor } from '../../main/db/keeper';
import { complianceFromHost, loadCompliance } from '../../main/exports/paperParts/compliance';
import type { PaperAsAt, PaperFromHost } from '../../main/exports/paperParts/paperAsAt';
import { paperDataAsAt } from '../../shared/domain/paperDataAsAt';
import { readDocx } from '../helpers/docx';
import { makeCore, type TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

// A committee paper's compliance part reads BS01-BS05 at two dates, the remedials and the overdue
// checks over the whole stock: about 0.7 s in the export's process, whose connection starts cold.
// The host reads them instead, on its read worker and kept in its memory as the compliance page's
// are, and gives them to the process with the request.

const cores = demoCoresWithAndWithoutWorkers();
const TODAY = '2026-11-23';

const firstPaper = async (t: TestCore) => {
  const { id } = t.database.sqlite.prepare('select id from committee_papers order by id limit 1').get() as { id: number };
  const paper = await t.call('papers.get', { id });
  return { paper, asAt: paperDataAsAt(paper.dataAsAt, paper.meetingDate, TODAY) };
};

/** A host's context for reading and keeping, as an export's is before its process starts. */
const hostContext = (t: TestCore, workers: boolean): KeepingCtx =>
  ({
    db: t.database.db,
    keeper: keeperFor(t.database.sqlite),
    today: TODAY,
    now: `${TODAY}T10:00:00.000Z`,
    workers: workers ? { fork: () => undefined } : null,
    dbPath: t.database.path,
  }) as unknown as KeepingCtx;

describe('a committee paper’s compliance figures read by the host', () => {
  it('are the figures the export’s process reads itself, whether read on the read worker or in-process', async () => {
    for (const where of ['onWorker', 'inProcess'] as const) {
      const t = cores[where];
      const { paper, asAt } = await firstPaper(t);
      const given = (await complianceFromHost(hostContext(t, where === 'onWorker'), asAt))!;
      const read = await loadCompliance(t.database.db, { paper, asAt, since: '0000-01-01' });
      expect(given.asAt).toBe(asAt);
      expect({ measures: given.measures, measuresYearEnd: given.measuresYearEnd, remedials: given.remedials, overdue: given.overdue }).toEqual({
        measures: read.measures,
        measuresYearEnd: read.measuresYearEnd,
        remedials: read.remedials,
        overdue: read.overdue,
      });
      expect(read.overdue.total).toBeGreaterThan(0);
    }
  }, 120_000);

  it('are used by the paper for the date they were read at, and read again for another', async () => {
    const t = cores.inProcess;
    const { paper, asAt } = await firstPaper(t);
    const given = (await complianceFromHost(hostContext(t, false), asAt))!;
    const marked = { ...given, overdue: { ...given.overdue, total: 987_654 } };
    const at: PaperAsAt = { paper, asAt, since: '0000-01-01', fromHost: { compliance: marked } };
    expect((await loadCompliance(t.database.db, at)).overdue.total).toBe(987_654);
    const otherDay = { ...at, fromHost: { compliance: { ...marked, asAt: '2026-01-01' } } };
    expect((await loadCompliance(t.database.db, otherDay)).overdue.total).toBe(given.overdue.total);
  }, 60_000);

  it('give the same paper from the export’s own process as in-process', async () => {
    const documents: string[] = [];
    for (const where of ['onWorker', 'inProcess'] as const) {
      const t = cores[where];
      const { paper } = await firstPaper(t);
      documents.push((await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64)).document);
    }
    expect(documents[0]).toContain('BS01');
    expect(documents[0]).toBe(documents[1]);
  }, 120_000);

  it('are not used once the data has changed since they were read', async () => {
    const t = cores.inProcess;
    const { paper, asAt } = await firstPaper(t);
    const given = (await complianceFromHost(hostContext(t, false), asAt))!;
    const marked = { ...given, overdue: { ...given.overdue, total: 987_654 } };
    const home = t.database.sqlite.prepare('select id, tenure from dwellings where active = 1 order by id limit 1').get() as { id: number; tenure: string };
    await t.call('homes.update', { id: home.id, patch: { tenure: home.tenure === 'tenant' ? 'leaseholder' : 'tenant' } });
    try {
      const at: PaperAsAt = { paper, asAt, since: '0000-01-01', fromHost: { compliance: marked } };
      expect((await loadCompliance(t.database.db, at)).overdue.total).not.toBe(987_654);
    } finally {
      await t.call('homes.update', { id: home.id, patch: { tenure: home.tenure as never } });
    }
  }, 60_000);

  it('are sent to the export’s process with its request, which draws the paper from them', async () => {
    const requests: ExportWorkerRequest[] = [];
    const fork: ForkWork = (script) => {
      const started = forkNodeProcess(script);
      const send = (message: unknown) => {
        const request = message as ExportWorkerRequest;
        requests.push(structuredClone(request));
        // the figures as sent, but for the count of overdue checks, which the paper prints
        const compliance = (request.fromHost as PaperFromHost | undefined)?.compliance;
        if (compliance) compliance.overdue = { ...compliance.overdue, total: 424_242 };
        started.send(request);
      };
      return { ...started, send };
    };
    const t = await makeCore({ demo: true, workers: true, fork });
    try {
      const { paper, asAt } = await firstPaper(t);
      const { document } = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
      expect(requests).toHaveLength(1);
      expect(requests[0]!.fromHost).toEqual({ compliance: await complianceFromHost(hostContext(t, true), asAt) });
      expect(document).toMatch(/424,?242/);
    } finally {
      await stopReader(t.database.path);
      await t.close();
    }
  }, 120_000);
});
