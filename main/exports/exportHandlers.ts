import type { Handler, Handlers } from '../core/handlers';
import type { ExportCall } from './exportKind';
import { asFile, cancelExportJob, exportJobStatus, runExport, startExportJob } from './exportJobs';
import { EXPORT_CALLS } from './exportKindSpecs';

function exportHandler<N extends ExportCall>(call: N): Handler<N> {
  return async (input, ctx) => asFile(await runExport(call, input, ctx).result);
}

export const exportHandlers = Object.fromEntries(EXPORT_CALLS.map((call) => [call, exportHandler(call)])) as Handlers<ExportCall>;

export const exportJobHandlers: Handlers<'exportJobs.start' | 'exportJobs.status' | 'exportJobs.cancel'> = {
  'exportJobs.start': async (request, ctx) => ({ jobId: startExportJob(request, ctx) }),
  'exportJobs.status': async ({ jobId }) => exportJobStatus(jobId),
  'exportJobs.cancel': async ({ jobId }) => cancelExportJob(jobId),
};
