// The floor of a Word export, in a fresh process as the export's own is: the docx package's packing
// of the same document (its XML and zip, with the page numbers worked out from the blocks), timed
// alone; the model and the document are built first, untimed. The pages are counted by the docx
// package's own layout, untimed: the same number the document's estimate writes.
// Prints {"ms": …, "pages": …}. Run by groups/documents.mjs:
//   node packFloor.mjs DB paper PAPER_ID TODAY | node packFloor.mjs DB monthly PROGRAMME_ID MONTH TODAY
import { performance } from 'node:perf_hooks';
import { appRequire } from './context.mjs';

const [dbPath, kind, id, ...rest] = process.argv.slice(2);
const { openDatabase } = appRequire('./dist/main/db/open.js');
const { Packer } = appRequire('docx');
const { layoutDocument } = appRequire('docx/layout');

async function draw(db) {
  if (kind === 'paper') {
    const { buildPaperModel } = appRequire('./dist/main/exports/paperModel.js');
    const { buildCommitteePaperDocument } = appRequire('./dist/main/exports/docx/committeePaperDoc.js');
    return buildCommitteePaperDocument(await buildPaperModel(db, Number(id), rest[0]));
  }
  const { buildMonthlyUpdateModel } = appRequire('./dist/main/exports/buildModels.js');
  const { buildMonthlyUpdateDocument } = appRequire('./dist/main/exports/docx/monthlyUpdateDoc.js');
  return buildMonthlyUpdateDocument(await buildMonthlyUpdateModel(db, Number(id), rest[0], rest[1], { draft: true }));
}

const database = await openDatabase(dbPath);
const doc = await draw(database.db);
const t0 = performance.now();
await Packer.toBuffer(doc);
const ms = performance.now() - t0;
// drawn afresh: a packed document's links belong to it
const pages = layoutDocument(await draw(database.db), { guess: true }).pages.length;
await database.close();
process.stdout.write(JSON.stringify({ ms, pages }));
