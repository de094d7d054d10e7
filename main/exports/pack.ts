import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';

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

/**
 * Packs a document so that the same content always gives the same bytes: the creation and
 * modification times in the properties and the times of the zip entries are fixed to `at`.
 */
export async function packDocx(doc: Document, at: string): Promise<Buffer> {
  const files = unzipSync(await Packer.toBuffer(doc));
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
  // a zip entry's time is written in the local time of the machine: the time `at` reads in UTC, wherever it is packed
  const stamp = new Date(at);
  const mtime = new Date(stamp.getTime() + stamp.getTimezoneOffset() * 60_000);
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[name] = [files[name]!, { mtime }];
  return Buffer.from(zipSync(sorted, { level: 6, mtime }));
}
