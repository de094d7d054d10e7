// The floor of a Word export, in a fresh process as the export's own is: zipping the document's
// files (its XML, pictures and parts, as packDocx writes them) with fflate at the level packDocx
// uses, timed alone. Any writer of the same document pays it; the model, the drawing and our own
// writing of the XML are done first, untimed. The pages are those the document's footer gives.
// Prints {"ms": …, "pages": …, "xmlBytes": …}. Run by groups/documents.mjs:
//   node packFloor.mjs DB paper PAPER_ID TODAY | node packFloor.mjs DB monthly PROGRAMME_ID MONTH TODAY
import { performance } from 'node:perf_hooks';
import { appRequire } from './context.mjs';

const [dbPath, kind, id, ...rest] = process.argv.slice(2);
const { openDatabase } = appRequire('./dist/main/db/open.js');
const { packDocx } = appRequire('./dist/main/exports/pack.js');
const { strFromU8, unzipSync, zipSync } = appRequire('fflate');

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
const files = unzipSync(await packDocx(await draw(database.db), `${rest.at(-1)}T10:00:00.000Z`));
await database.close();
const t0 = performance.now();
zipSync(files, { level: 6 });
const ms = performance.now() - t0;
const footer = Object.keys(files).find((n) => /^word\/footer\d*\.xml$/.test(n));
const pages = Number(/NUMPAGES[\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(strFromU8(files[footer]))?.[1]);
process.stdout.write(JSON.stringify({ ms, pages, xmlBytes: files['word/document.xml'].length }));
