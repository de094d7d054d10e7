// The committee paper with every section and the monthly update of the largest programme: through
// the call the app makes (built on a worker thread, as both hosts do) and from the command line.
import { performance } from 'node:perf_hooks';
import { median } from '../table.mjs';
import { appRequire, copyOf, dropCopy, scratchPath, timeCli, timeRuns, today, unwrap } from '../context.mjs';

const { openDatabase } = appRequire('./dist/main/db/open.js');
const { createCore } = appRequire('./dist/main/core/dispatch.js');
const { layoutDocument } = appRequire('docx/layout');

/**
 * The floor of a Word export: the docx package's layout of the same document's pages (layoutDocument,
 * which lays them out until the page numbers settle, as the export's page numbering does), which
 * the contents list's page numbers need.
 */
async function layoutFloor(database, draw, runs = 3) {
  const times = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const doc = await draw(database.db); // drawn afresh each time, and not timed: a layout changes the document's links
    const t0 = performance.now();
    pages = layoutDocument(doc, { guess: true }).pages.length;
    times.push(performance.now() - t0);
  }
  return { floor: median(times), pages };
}

const paperDocument = async (db, paperId) => {
  const { buildPaperModel } = appRequire('./dist/main/exports/paperModel.js');
  const { buildCommitteePaperDocument } = appRequire('./dist/main/exports/docx/committeePaperDoc.js');
  return buildCommitteePaperDocument(await buildPaperModel(db, paperId, today));
};

const monthlyDocument = async (db, programmeId, month) => {
  const { buildMonthlyUpdateModel } = appRequire('./dist/main/exports/buildModels.js');
  const { buildMonthlyUpdateDocument } = appRequire('./dist/main/exports/docx/monthlyUpdateDoc.js');
  return buildMonthlyUpdateDocument(await buildMonthlyUpdateModel(db, programmeId, month, today, { draft: true }));
};

/** The paper with the most sections chosen on today's data, and the largest programme's latest month. */
export function documentsOf(sqlite) {
  const paper = sqlite
    .prepare('select p.id, p.meeting_id as meetingId from committee_papers p order by p.data_as_at is not null, length(p.sections_json) desc, p.id limit 1')
    .get();
  const programme = sqlite
    .prepare(
      'select r.programme_id as id, g.code as ref, count(*) as n from recommendations r join programmes g on g.id = r.programme_id group by r.programme_id order by n desc limit 1',
    )
    .get();
  const month = sqlite.prepare('select max(month) from monthly_updates where programme_id = ?').pluck().get(programme.id);
  return { paper, programme, month };
}

export default async function documents(landlord) {
  const file = copyOf(landlord, 'documents');
  const database = await openDatabase(file);
  const core = createCore(database, { host: 'web', log: () => {}, workers: true });
  const call = async (name, input) => unwrap(await core.call(name, input));
  const { paper, programme, month } = documentsOf(database.sqlite);
  const rows = [];

  const inProcess = await timeRuns(() => call('exports.committeePaper', { paperId: paper.id }));
  const paperLayout = await layoutFloor(database, (db) => paperDocument(db, paper.id));
  rows.push({
    what: 'Committee paper, every section (the app’s call)',
    value: inProcess.median,
    unit: 'ms',
    runs: inProcess.times.length,
    target: { below: 2000 },
    floor: paperLayout.floor,
    floorWhat: `docx's layout of its ${paperLayout.pages} pages`,
    note: `${Math.round(inProcess.last.bytes / 1024)} KB`,
  });
  await database.close();
  const out = scratchPath('paper.docx');
  const fromCli = await timeRuns(() =>
    timeCli(['export', 'committee-paper', '--db', file, '--meeting', String(paper.meetingId), '--paper', String(paper.id), '--out', out]),
  );
  rows.push({ what: 'Committee paper, every section (CLI, wall)', value: fromCli.median, unit: 'ms', runs: fromCli.times.length, target: { below: 2000 } });

  const again = await openDatabase(file);
  const core2 = createCore(again, { host: 'web', log: () => {}, workers: true });
  const monthly = await timeRuns(async () => unwrap(await core2.call('exports.monthlyUpdate', { programmeId: programme.id, month })));
  const monthlyLayout = await layoutFloor(again, (db) => monthlyDocument(db, programme.id, month));
  rows.push({
    what: `Monthly update, ${programme.n.toLocaleString('en-GB')}-recommendation programme (the app’s call)`,
    value: monthly.median,
    unit: 'ms',
    runs: monthly.times.length,
    target: { below: 1000 },
    floor: monthlyLayout.floor,
    floorWhat: `docx's layout of its ${monthlyLayout.pages} pages`,
  });
  await again.close();
  const monthlyCli = await timeRuns(() =>
    timeCli(['export', 'monthly-update', '--db', file, '--programme', programme.ref, '--month', month, '--out', scratchPath('monthly.docx')]),
  );
  rows.push({
    what: `Monthly update, ${programme.n.toLocaleString('en-GB')}-recommendation programme (CLI, wall)`,
    value: monthlyCli.median,
    unit: 'ms',
    runs: monthlyCli.times.length,
    target: { below: 1000 },
  });
  dropCopy(file);
  return rows;
}
