// The chart thread (chartThread.ts): draws each chart it is sent, in order, and sends its PNG back.
import { parentPort } from 'node:worker_threads';
import { chartOptionOf, type ChartRequest } from './chartOptions';
import type { ChartReply } from './chartThread';
import { renderChartPng } from './charts';

parentPort!.on('message', (request: ChartRequest & { id: number }) => {
  let reply: ChartReply;
  try {
    reply = { id: request.id, png: renderChartPng(chartOptionOf(request), request.width, request.height) };
  } catch (e) {
    reply = { id: request.id, error: (e as Error)?.message ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
