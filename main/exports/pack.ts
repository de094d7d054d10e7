import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The docx package names each link's relationship at random: they are renamed rIdLink1, 2… in order. */
async function stableLinkIds(zip: JSZip): Promise<void> {
  for (const relsPath of Object.keys(zip.files).filter((n) => /^word\/_rels\/[^/]+\.xml\.rels$/.test(n))) {
    const partPath = relsPath.replace('_rels/', '').replace(/\.rels$/, '');
    const [rels, part] = [await zip.file(relsPath)!.async('string'), await zip.file(partPath)?.async('string')];
    if (part === undefined) continue;
    const linkIds = [...rels.matchAll(/<Relationship [^>]*>/g)].filter((m) => m[0].includes(`Type="${HYPERLINK}"`)).map((m) => /Id="([^"]+)"/.exec(m[0])![1]!);
    if (linkIds.length === 0) continue;
    const order = [...part.matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => linkIds.includes(id));
    const renamed = new Map([...new Set([...order, ...linkIds])].map((id, i) => [id, `rIdLink${i + 1}`]));
    const rename = (xml: string, attr: string) =>
      xml.replace(new RegExp(`${attr}="([^"]+)"`, 'g'), (m, id: string) => (renamed.has(id) ? `${attr}="${renamed.get(id)}"` : m));
    zip.file(relsPath, rename(rels, 'Id'));
    zip.file(partPath, rename(part, 'r:id'));
  }
}

/**
 * Packs a document so that the same content always gives the same bytes: the creation and
 * modification times in the properties and the times of the zip entries are fixed to `at`.
 */
export async function packDocx(doc: Document, at: string): Promise<Buffer> {
  const raw = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(raw);
  await stableLinkIds(zip);
  const stamp = new Date(at);
  const iso = `${at.slice(0, 19)}Z`;
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file(
    'docProps/core.xml',
    core
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`)
      .replace(/<dc:language>[^<]*<\/dc:language>|(<\/cp:coreProperties>)/, (_match: string, end: string | undefined) =>
        end ? `<dc:language>en-GB</dc:language>${end}` : '<dc:language>en-GB</dc:language>',
      ),
  );
  const names = Object.keys(zip.files).sort();
  const out = new JSZip();
  for (const name of names) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    out.file(name, await f.async('uint8array'), { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
