import type { Document } from 'docx';
import type { ExportProgress } from './exportKind';

/**
 * Draws, packs and checks a Word document, saying which phase it is in: drawing works out the
 * pages from the blocks, packing writes the XML with their numbers and zips it, the longest part
 * of a long document. Refused (nothing returned) if the document breaks a rule of the
 * accessibility check.
 */
export async function finishDocument(draw: () => Promise<Document>, at: string, label: string, progress: ExportProgress): Promise<Buffer> {
  const [{ packDocx }, { assertAccessible }] = await Promise.all([import('./pack'), import('./accessibility')]);
  progress('drawing');
  const doc = await draw();
  progress('numbering');
  const bytes = await packDocx(doc, at);
  progress('checking');
  await assertAccessible(bytes, label);
  return bytes;
}
