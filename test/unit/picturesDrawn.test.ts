import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { chartOptionOf } from '../../main/exports/chartOptions';
import { renderChartPng } from '../../main/exports/charts';
import { drawChart, stopChartThread } from '../../main/exports/chartThread';
import { heading, para, picture } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { buildDocument, pageLayoutOf, type DocumentMeta } from '../../main/exports/docx/frame';
import { packDocx } from '../../main/exports/pack';

// Charts are drawn on a thread of their own while the rest of a document is built: the picture
// takes its place at once and its image when drawn, and the document waits for it before its pages
// are counted by the docx package's layout, and before it is packed.

const meta: DocumentMeta = { title: 'Pictures', date: '2026-12-06', creator: 'Housing Desk', description: 'Test document' };
const AT = '2026-12-06T10:00:00.000Z';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** An image drawn after a while on another thread. */
const drawnLater = (png: Buffer | Error, ms = 20) =>
  new Promise<Buffer>((resolve, reject) => setTimeout(() => (png instanceof Error ? reject(png) : resolve(png)), ms));

const blocks =
  (image: () => Buffer | Promise<Buffer>, text = 'A chart of figures.') =>
  () => [
    heading('Figures', 1),
    para(text, { keepNext: true }),
    picture(image(), 600, 260, { title: 'A chart', description: 'Bars of figures' }),
    para('After the chart.'),
  ];

afterAll(() => stopChartThread());

describe('pictures drawn on another thread', () => {
  it('give the same document as pictures drawn at once, once packDocx has waited for them', async () => {
    const doc = await buildDocument(
      meta,
      blocks(() => drawnLater(PNG)),
    );
    expect(pageLayoutOf(doc)).toBe('blocks');
    const drawnAtOnce = await packDocx(
      await buildDocument(
        meta,
        blocks(() => PNG),
      ),
      AT,
    );
    expect(Buffer.compare(await packDocx(doc, AT), drawnAtOnce)).toBe(0);
  });

  it('give the same document laid out by the docx package as pictures drawn at once', async () => {
    // Arabic is outside the estimate's width tables: the docx package lays the pages out
    const doc = await buildDocument(
      meta,
      blocks(() => drawnLater(PNG), 'مرحبا بالعالم'),
    );
    expect(pageLayoutOf(doc)).toBe('docx');
    const drawnAtOnce = await packDocx(
      await buildDocument(
        meta,
        blocks(() => PNG, 'مرحبا بالعالم'),
      ),
      AT,
    );
    expect(Buffer.compare(await packDocx(doc, AT), drawnAtOnce)).toBe(0);
  });

  it('are waited for before the docx package’s layout counts the pages for the contents list', async () => {
    // a row taller than a page: the estimate gives up and the docx package counts the pages, three
    // of them the charts', so the document is long enough for a contents list only with its charts
    const long = (image: () => Buffer | Promise<Buffer>) => () => [
      heading('Figures', 1),
      heading('Notes', 1),
      ...dataTable({
        caption: 'Table 1: a long note',
        headers: ['Note'],
        rows: [[Array.from({ length: 52 }, (_, i) => `Line ${i + 1} of the note`).join('\n')]],
      }),
      ...[1, 2, 3].map((n) => picture(image(), 600, 700, { title: `Chart ${n}`, description: 'Bars of figures' })),
    ];
    const doc = await buildDocument(
      meta,
      long(() => drawnLater(PNG)),
    );
    expect(pageLayoutOf(doc)).toBe('docx');
    const bytes = await packDocx(doc, AT);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('PAGEREF _TocHd1');
    expect(
      Buffer.compare(
        bytes,
        await packDocx(
          await buildDocument(
            meta,
            long(() => PNG),
          ),
          AT,
        ),
      ),
    ).toBe(0);
  });

  it('give the same chart drawn on the chart thread as drawn here', async () => {
    const counts = { completed: 12, in_progress: 30, not_started: 5, on_hold: 2 };
    const [onThread, here] = [await drawChart('status', [counts], 600, 260), renderChartPng(chartOptionOf({ kind: 'status', args: [counts] }), 600, 260)];
    expect(onThread.subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.compare(onThread, here)).toBe(0);
  });

  it('say when the chart thread cannot draw a chart', async () => {
    await expect(drawChart('status', [null as never], 600, 260)).rejects.toThrow();
  });

  it('fail the packing with the drawing’s error', async () => {
    const doc = await buildDocument(
      meta,
      blocks(() => drawnLater(new Error('the chart could not be drawn'))),
    );
    await expect(packDocx(doc, AT)).rejects.toThrow('the chart could not be drawn');
  });
});
