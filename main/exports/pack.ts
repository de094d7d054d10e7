import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

/**
 * Packs a document so that the same content always gives the same bytes: the creation and
 * modification times in the properties and the times of the zip entries are fixed to `at`.
 */
export async function packDocx(doc: Document, at: string): Promise<Buffer> {
  const raw = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(raw);
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
