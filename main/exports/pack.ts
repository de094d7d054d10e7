import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, zipSync, type Unzipped, type Zippable } from 'fflate';
import { dataTablesOf, pageLayoutOf, picturesDrawn } from './docx/frame';
import { withTables, writingTables } from './docx/tableXml';

// Packing with fflate, which the docx package zips with itself: JSZip took 0.1-0.3 s more to load,
// unzip and zip a long document again.

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The docx package names each link's relationship at random: they are renamed rIdLink1, 2… in order. */
function stableLinkIds(files: Unzipped): void {
  for (const relsPath of Object.keys(files).filter((n) => /^word\/_rels\/[^/]+\.xml\.rels$/.test(n))) {
    const partPath = relsPath.replace('_rels/', '').replace(/\.rels$/, '');
    if (!files[partPath]) continue;
    const [rels, part] = [strFromU8(files[relsPath]!), strFromU8(files[partPath])];
    const linkIds = [...rels.matchAll(/<Relationship [^>]*>/g)].filter((m) => m[0].includes(`Type="${HYPERLINK}"`)).map((m) => /Id="([^"]+)"/.exec(m[0])![1]!);
    if (linkIds.length === 0) continue;
    const order = [...part.matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => linkIds.includes(id));
    const renamed = new Map([...new Set([...order, ...linkIds])].map((id, i) => [id, `rIdLink${i + 1}`]));
    const rename = (xml: string, attr: string) =>
      xml.replace(new RegExp(`${attr}="([^"]+)"`, 'g'), (m, id: string) => (renamed.has(id) ? `${attr}="${renamed.get(id)}"` : m));
    files[relsPath] = strToU8(rename(rels, 'Id'));
    files[partPath] = strToU8(rename(part, 'r:id'));
  }
}

/** The docx package's compiler, which gives the package's files before Packer zips them (we zip them once, ourselves). */
type Compile = (doc: Document) => Map<string, string | Uint8Array>;
function compilerOf(): Compile {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('This version of the docx package has no Packer.compiler.compile: packDocx needs it.');
  return (doc) => compiler.compile!(doc);
}

/**
 * The package's files. A document whose pages we laid out has its data tables write their own XML
 * (tableXml.ts); one laid out by the docx package has them written from the objects its layout read.
 */
export function packageFiles(doc: Document, tablesWritten = pageLayoutOf(doc) === 'blocks'): Unzipped {
  const compile = compilerOf();
  const { written, parts } = tablesWritten ? writingTables(doc, () => compile(doc)) : { written: compile(doc), parts: [] };
  const files: Unzipped = {};
  for (const [path, data] of written) {
    files[path] = typeof data === 'string' ? strToU8(path === 'word/document.xml' ? withTables(data, parts) : data) : (data as Unzipped[string]);
  }
  return files;
}

/**
 * Packs a document so that the same content always gives the same bytes: the creation and
 * modification times in the properties and the times of the zip entries are fixed to `at`.
 */
export async function packDocx(doc: Document, at: string): Promise<Buffer> {
  // the data tables write their XML while the charts are still being drawn on their thread
  if (pageLayoutOf(doc) === 'blocks') for (const table of dataTablesOf(doc)) table.writtenParts();
  await picturesDrawn(doc);
  const files = packageFiles(doc);
  stableLinkIds(files);
  const iso = `${at.slice(0, 19)}Z`;
  const core = strFromU8(files['docProps/core.xml']!);
  files['docProps/core.xml'] = strToU8(
    core
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`)
      .replace(/<dc:language>[^<]*<\/dc:language>|(<\/cp:coreProperties>)/, (_match: string, end: string | undefined) =>
        end ? `<dc:language>en-GB</dc:language>${end}` : '<dc:language>en-GB</dc:language>',
      ),
  );
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[name] = files[name]!;
  const zip = zipSync(sorted, { level: 6 });
  datedInUtc(zip, new Date(at));
  return Buffer.from(zip);
}

/**
 * Dates every entry of a zip (its local header and its central directory record) with `at` as it
 * reads in UTC: fflate writes the machine's local time, which differs across time zones and, near a
 * change of the clocks, cannot always give the UTC time.
 */
function datedInUtc(zip: Uint8Array, at: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  // the end of central directory record, the zip's last 22 bytes (fflate writes no comment after it)
  const end = zip.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('The zip has no end of central directory record where fflate writes it.');
  let record = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    view.setUint16(record + 12, time, true);
    view.setUint16(record + 14, date, true);
    const local = view.getUint32(record + 42, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    record += 46 + view.getUint16(record + 28, true) + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
  }
}
