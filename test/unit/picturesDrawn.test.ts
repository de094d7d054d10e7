import { describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { heading, para, picture, type DrawnImage } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { chartImage } from '../../main/exports/charts';
import { statusChartOption } from '../../shared/charts/actionPlanCharts';
import { buildDocument, pageLayoutOf, type DocumentMeta } from '../../main/exports/docx/frame';
import { packDocx } from '../../main/exports/pack';

// Charts are turned into PNGs on resvg's thread pool while the rest of a document is built: the
// picture takes its place at once and its image when drawn, and packDocx waits for it.

const meta: DocumentMeta = { title: 'Pictures', date: '2026-12-06', creator: 'Housing Desk', description: 'Test document' };
const AT = '2026-12-06T10:00:00.000Z';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** An image drawn after a while on another thread, or now. */
function drawnLater(png: Buffer | Error, ms = 20): DrawnImage & { now: ReturnType<typeof vi.fn>; later: ReturnType<typeof vi.fn> } {
  return {
    now: vi.fn(() => {
      if (png instanceof Error) throw png;
      return png;
    }),
    later: vi.fn(() => new Promise<Buffer>((resolve, reject) => setTimeout(() => (png instanceof Error ? reject(png) : resolve(png)), ms))),
  };
}

const blocks =
  (image: Buffer | DrawnImage, text = 'A chart of figures.') =>
  () => [
    heading('Figures', 1),
    para(text, { keepNext: true }),
    picture(image, 600, 260, { title: 'A chart', description: 'Bars of figures' }),
    para('After the chart.'),
  ];

describe('pictures drawn on another thread', () => {
  it('give the same document as pictures drawn at once, once packDocx has waited for them', async () => {
    const later = drawnLater(PNG);
    const doc = buildDocument(meta, blocks(later));
    expect(pageLayoutOf(doc)).toBe('blocks');
    expect(later.later).toHaveBeenCalledTimes(1);
    expect(later.now).not.toHaveBeenCalled();
    const drawnAtOnce = await packDocx(buildDocument(meta, blocks(PNG)), AT);
    expect(Buffer.compare(await packDocx(doc, AT), drawnAtOnce)).toBe(0);
  });

  it('are drawn before they are placed in a document the docx package lays out, since its layout reads them', async () => {
    // Arabic is outside the estimate's width tables: the docx package lays the pages out
    const later = drawnLater(PNG);
    const doc = buildDocument(meta, blocks(later, 'مرحبا بالعالم'));
    expect(pageLayoutOf(doc)).toBe('docx');
    expect(later.now).toHaveBeenCalledTimes(1);
    const drawnAtOnce = await packDocx(buildDocument(meta, blocks(PNG, 'مرحبا بالعالم')), AT);
    expect(Buffer.compare(await packDocx(doc, AT), drawnAtOnce)).toBe(0);
  });

  it('are drawn before the docx package’s layout counts the pages for the contents list', async () => {
    // a row taller than a page: the estimate gives up and the docx package counts the pages, three
    // of them the charts', so the document is long enough for a contents list only with its charts
    const long = (image: Buffer | DrawnImage) => () => [
      heading('Figures', 1),
      heading('Notes', 1),
      ...dataTable({
        caption: 'Table 1: a long note',
        headers: ['Note'],
        rows: [[Array.from({ length: 52 }, (_, i) => `Line ${i + 1} of the note`).join('\n')]],
      }),
      ...[1, 2, 3].map((n) => picture(image, 600, 700, { title: `Chart ${n}`, description: 'Bars of figures' })),
    ];
    const later = drawnLater(PNG);
    const doc = buildDocument(meta, long(later));
    expect(pageLayoutOf(doc)).toBe('docx');
    const bytes = await packDocx(doc, AT);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('PAGEREF _TocHd1');
    expect(Buffer.compare(bytes, await packDocx(buildDocument(meta, long(PNG)), AT))).toBe(0);
  });

  it('give the same chart drawn on resvg’s threads as drawn now', async () => {
    const image = chartImage(statusChartOption({ completed: 12, in_progress: 30, not_started: 5, on_hold: 2 }), 600, 260);
    const [later, now] = [await image.later(), image.now()];
    expect(later.subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.compare(later, now)).toBe(0);
  });

  it('fail the packing with the drawing’s error', async () => {
    const doc = buildDocument(meta, blocks(drawnLater(new Error('resvg could not draw the chart'))));
    await expect(packDocx(doc, AT)).rejects.toThrow('resvg could not draw the chart');
  });
});
