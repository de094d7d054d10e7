import { spawnSync } from 'node:child_process';
import { appRoot } from '../../main/app/paths';
import { describe, expect, it, vi } from 'vitest';
import { PAPER_PART_KEYS } from '../../shared/domain/paperParts';
import { buildPaperModel } from '../../main/exports/paperModel';
import { paperParts } from '../../main/exports/paperParts/registry';
import type { KeepingCtx } from '../../main/core/mutation';
import { stopReader } from '../../main/core/readWorker';
import { forkNodeProcess, type ForkWork } from '../../main/core/workProcess';
import type { ExportWorkerRequest, HostFigures } from '../../main/exports/exportWorkerTypes';
import { keeperFor } from '../../main/db/keeper';
import { complianceFromHost, loadCompliance } from '../../main/exports/paperParts/compliance';
import { trainingFromHost } from '../../main/exports/paperParts/keepPaperFigures';
import { loadTraining } from '../../main/exports/paperParts/training';
import { deserialized, serialized } from '../../main/core/serialized';
import type { PaperAsAt, PaperFromHost } from '../../main/exports/paperParts/paperAsAt';
import { paperDataAsAt } from '../../shared/domain/paperDataAsAt';
import { readDocx } from '../helpers/docx';
import { makeCore, type TestCore } from '../helpers/testCore';
import { demoCoresWithAndWithoutWorkers } from '../helpers/workerCores';

// A committee paper's compliance part reads the trend, the position, BS01-BS05 at two dates, the
// remedials and the overdue checks over the whole stock: about 0.7 s in the export's process, whose
// connection starts cold, and 2-3 s more after a change to the stock. The host reads them instead,
// on its read worker and kept as the compliance page's are, while the process starts and reads the
// paper's other parts, and sends them to it once it has them.

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

/** The host's figures for the paper, but for the count of overdue checks, which the paper prints. */
async function markedFigures(t: TestCore, asAt: string) {
  const given = (await complianceFromHost(hostContext(t, false), asAt))!;
  return { given, marked: { ...given, overdue: { ...given.overdue, total: 987_654 } } };
}

describe('a committee paper’s compliance figures read by the host', () => {
  it('are the figures the export’s process reads itself, whether read on the read worker or in-process', async () => {
    for (const where of ['onWorker', 'inProcess'] as const) {
      const t = cores[where];
      const { paper, asAt } = await firstPaper(t);
      const given = (await complianceFromHost(hostContext(t, where === 'onWorker'), asAt))!;
      const read = await loadCompliance(t.database.db, { paper, asAt, since: '0000-01-01' });
      expect(given.asAt).toBe(asAt);
      expect({
        position: given.position,
        trend: given.trend,
        measures: given.measures,
        measuresYearEnd: given.measuresYearEnd,
        remedials: given.remedials,
        overdue: given.overdue,
      }).toEqual({
        position: read.position,
        trend: read.trend,
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
    const { given, marked } = await markedFigures(t, asAt);
    const at: PaperAsAt = { paper, asAt, since: '0000-01-01', fromHost: Promise.resolve({ compliance: marked }) };
    expect((await loadCompliance(t.database.db, at)).overdue.total).toBe(987_654);
    const otherDay = { ...at, fromHost: Promise.resolve({ compliance: { ...marked, asAt: '2026-01-01' } }) };
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

  it('leave the paper’s other parts to be read while the host works them out', async () => {
    const t = cores.inProcess;
    const { paper, asAt } = await firstPaper(t);
    const { marked } = await markedFigures(t, asAt);
    const training = (await trainingFromHost(hostContext(t, false), asAt))!;
    const markedTraining = { ...training, value: serialized({ ...deserialized(training.value), target: 0.4242 }) };
    let release!: (figures: PaperFromHost) => void;
    const held = new Promise<PaperFromHost>((resolve) => (release = resolve));
    const loads = PAPER_PART_KEYS.map((key) => [key, vi.spyOn(paperParts[key], 'load')] as const);
    const waiting = PAPER_PART_KEYS.filter((key) => paperParts[key].waitsForHost);
    expect(waiting).toEqual(['compliance', 'training']);
    const building = buildPaperModel(t.database.db, paper.id, TODAY, held);
    try {
      // the parts that wait for the host are asked for last: every other part is read meanwhile
      await vi.waitFor(() => expect(paperParts.compliance.load).toHaveBeenCalled());
      const readBefore = loads.filter(([key]) => !waiting.includes(key)).map(([key, load]) => [key, load.mock.calls.length]);
      expect(readBefore.filter(([, n]) => n === 1).length).toBeGreaterThan(2);
      expect(paperParts.training.load).not.toHaveBeenCalled();
      release({ compliance: marked, training: markedTraining });
      const model = await building;
      // both drawn from the host's figures
      expect([model.compliance!.overdue.total, model.training!.target]).toEqual([987_654, 0.4242]);
    } finally {
      // a failed assertion must not leave the paper's read open on the core's connection
      release({});
      await building.catch(() => undefined);
      for (const [, load] of loads) load.mockRestore();
    }
  }, 60_000);

  it('are worked out on the host without loading the document’s drawing code', async () => {
    // The host keeps a paper's figures on the thread that answers calls: loading the paper's
    // drawing code there (its docx sections, the docx package) held that thread 150-230 ms at the
    // first paper export of a host.
    const t = cores.inProcess;
    const { paper } = await firstPaper(t);
    const script = `
      const { openDatabase } = require('./dist/main/db/open.js');
      const { keepingContext } = require('./dist/main/core/mutation.js');
      const { committeePaperExport } = require('./dist/main/exports/kinds/committeePaper.js');
      (async () => {
        const d = await openDatabase(${JSON.stringify(t.database.path)});
        const ctx = { db: d.db, sqlite: d.sqlite, actor: 'test', today: '${TODAY}', now: '${TODAY}T10:00:00.000Z', host: 'web', workers: null, dbPath: d.path, schemaVersion: '', uploads: null };
        const figures = await committeePaperExport.keepFigures({ paperId: ${paper.id} }, keepingContext(ctx));
        const loaded = Object.keys(require.cache);
        console.log(JSON.stringify({
          kept: figures.compliance !== undefined,
          drawing: loaded.filter((f) => /node_modules[\\/]docx[\\/]|exports[\\/]docx[\\/]/.test(f)).map((f) => f.split(/[\\/]/).slice(-2).join('/')),
        }));
        await d.close();
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: appRoot(), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ kept: true, drawing: [] });
  }, 90_000);

  it('are not used once the data has changed since they were read', async () => {
    const t = cores.inProcess;
    const { paper, asAt } = await firstPaper(t);
    const { marked } = await markedFigures(t, asAt);
    const home = t.database.sqlite.prepare('select id, tenure from dwellings where active = 1 order by id limit 1').get() as { id: number; tenure: string };
    await t.call('homes.update', { id: home.id, patch: { tenure: home.tenure === 'tenant' ? 'leaseholder' : 'tenant' } });
    try {
      const at: PaperAsAt = { paper, asAt, since: '0000-01-01', fromHost: Promise.resolve({ compliance: marked }) };
      expect((await loadCompliance(t.database.db, at)).overdue.total).not.toBe(987_654);
    } finally {
      await t.call('homes.update', { id: home.id, patch: { tenure: home.tenure as never } });
    }
  }, 60_000);

  it('include the staff training part: the one the process reads itself, used for its date and state of the data only', async () => {
    for (const where of ['onWorker', 'inProcess'] as const) {
      const t = cores[where];
      const { paper, asAt } = await firstPaper(t);
      const given = (await trainingFromHost(hostContext(t, where === 'onWorker'), asAt))!;
      expect(given.asAt).toBe(asAt);
      // as the bytes it was serialised to where it was read: the host's thread only passes them on
      expect(given.value).toBeInstanceOf(Uint8Array);
      expect(deserialized(given.value)).toEqual(await loadTraining(t.database.db, { paper, asAt, since: '0000-01-01' }));
      expect(deserialized(given.value).courses.length).toBeGreaterThan(0);
    }
    const t = cores.inProcess;
    const { paper, asAt } = await firstPaper(t);
    const given = (await trainingFromHost(hostContext(t, false), asAt))!;
    const marked = { ...given, value: serialized({ ...deserialized(given.value), target: 0.4242 }) };
    const load = (training: typeof marked) => loadTraining(t.database.db, { paper, asAt, since: '0000-01-01', fromHost: Promise.resolve({ training }) });
    expect((await load(marked)).target).toBe(0.4242);
    expect((await load({ ...marked, asAt: '2026-01-01' })).target).toBe(deserialized(given.value).target);
    const person = t.database.sqlite.prepare('select id, name from people order by id limit 1').get() as { id: number; name: string };
    await t.call('people.update', { id: person.id, patch: { name: `${person.name} (changed)` } });
    try {
      expect((await load(marked)).target).toBe(deserialized(given.value).target);
    } finally {
      await t.call('people.update', { id: person.id, patch: { name: person.name } });
    }
  }, 120_000);

  it('are sent to the export’s process after its request, which reads meanwhile and draws the paper from them', async () => {
    const sent: unknown[] = [];
    const fork: ForkWork = (script) => {
      const started = forkNodeProcess(script);
      const send = (message: unknown) => {
        sent.push(structuredClone(message));
        // the figures as sent, but for the count of overdue checks, which the paper prints
        const figures = message as HostFigures;
        const compliance = figures.type === 'fromHost' ? (figures.value as PaperFromHost | undefined)?.compliance : undefined;
        if (compliance) compliance.overdue = { ...compliance.overdue, total: 424_242 };
        started.send(message);
      };
      return { ...started, send };
    };
    const t = await makeCore({ demo: true, workers: true, fork });
    try {
      const { paper, asAt } = await firstPaper(t);
      const { document } = await readDocx((await t.call('exports.committeePaper', { paperId: paper.id })).base64);
      expect(sent).toHaveLength(2);
      expect(sent[0]).toMatchObject({ call: 'exports.committeePaper', awaitsHost: true } satisfies Partial<ExportWorkerRequest>);
      expect(sent[1]).toEqual({
        type: 'fromHost',
        value: { compliance: await complianceFromHost(hostContext(t, true), asAt), training: await trainingFromHost(hostContext(t, true), asAt) },
      });
      expect(document).toMatch(/424,?242/);
    } finally {
      await stopReader(t.database.path);
      await t.close();
    }
  }, 120_000);
});
