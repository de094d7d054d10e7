import type { Handler, Handlers } from '../core/handlers';
import type { ExportCall, ExportKind } from './exportKind';
import { noProgress } from './exportKind';
import { asFile, cancelExportJob, exportJobStatus, startExportJob } from './exportJobs';
import { EXPORT_CALLS, exportKinds } from './exportKinds';
import { buildOnWorker } from './exportRunner';

function exportHandler<N extends ExportCall>(call: N): Handler<N> {
  const kind: ExportKind<N> = exportKinds[call];
  return async (input, ctx) =>
    asFile(ctx.workers ? await buildOnWorker(call, input, ctx.dbPath, ctx).result : await kind.build(ctx.db, input, ctx, noProgress));
}

export const exportHandlers = Object.fromEntries(EXPORT_CALLS.map((call) => [call, exportHandler(call)])) as Handlers<ExportCall>;

export const exportJobHandlers: Handlers<'exportJobs.start' | 'exportJobs.status' | 'exportJobs.cancel'> = {
  'exportJobs.start': async (request, ctx) => ({ jobId: startExportJob(request, ctx) }),
  'exportJobs.status': async ({ jobId }) => exportJobStatus(jobId),
  'exportJobs.cancel': async ({ jobId }) => cancelExportJob(jobId),
};
