import { Worker } from 'node:worker_threads';
import { compiledWorker } from '../core/workerFile';
import type { ChartArgs, ChartKind, ChartRequest } from './chartOptions';

// A Word document's charts are drawn on a thread of their own (chartWorkerThread.ts: echarts to
// SVG, resvg to PNG) while this one draws the rest of the document; echarts is loaded there, never
// here. An export starts the thread as it starts (`startChartThread`), so that echarts loads while
// the export reads its figures; else it starts with the first chart.

export type ChartReply = { id: number; png: Uint8Array } | { id: number; error: string };

interface ChartThread {
  worker: Worker;
  pending: Map<number, { resolve(png: Buffer): void; reject(e: Error): void }>;
  next: number;
}

let thread: ChartThread | undefined;

/** Starts the chart thread, if it is not running. It keeps the process open only while it draws. */
export function startChartThread(): ChartThread {
  if (thread) return thread;
  const worker = new Worker(compiledWorker(__dirname, 'exports', 'chartWorkerThread', 'chart'));
  const started: ChartThread = { worker, pending: new Map(), next: 1 };
  const settle = (id: number) => {
    const p = started.pending.get(id);
    started.pending.delete(id);
    if (started.pending.size === 0) worker.unref();
    return p;
  };
  worker.on('message', (m: ChartReply) => {
    const p = settle(m.id);
    if ('png' in m) p?.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
    else p?.reject(new Error(m.error));
  });
  const fail = (why: string) => {
    if (thread === started) thread = undefined;
    for (const id of [...started.pending.keys()]) settle(id)?.reject(new Error(`The charts could not be drawn (${why}).`));
  };
  worker.on('error', (e) => fail(e.message));
  worker.on('exit', (code) => fail(`their thread stopped with code ${code}`));
  // after its listeners: a 'message' listener added to an unreferenced worker references it again
  worker.unref();
  thread = started;
  return started;
}

/** The chart as a PNG for a picture placed `width` x `height` (96 px an inch), drawn on the chart thread. */
export function drawChart<K extends ChartKind>(kind: K, args: ChartArgs<K>, width: number, height: number): Promise<Buffer> {
  const t = startChartThread();
  const id = t.next++;
  return new Promise((resolve, reject) => {
    t.pending.set(id, { resolve, reject });
    t.worker.ref();
    try {
      t.worker.postMessage({ id, kind, args, width, height } satisfies ChartRequest<K> & { id: number });
    } catch (e) {
      // figures that cannot be sent: the thread is not left holding the process open for them
      t.pending.delete(id);
      if (t.pending.size === 0) t.worker.unref();
      reject(e as Error);
    }
  });
}

/** Stops the chart thread (tests; a process that ends does not need to). */
export async function stopChartThread(): Promise<void> {
  const t = thread;
  thread = undefined;
  await t?.worker.terminate();
}
