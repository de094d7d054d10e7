import type { Handlers } from '../core/handlers';
import { query } from '../core/mutation';
import { forkNodeProcess } from '../core/workProcess';
import { cancelImport, importStatus, processFile, startImportJob } from './importJobs';

export const importHandlers: Handlers<'imports.prepare' | 'imports.start' | 'imports.status' | 'imports.cancel'> = {
  // Starting Node for the import's process held the host's thread 16-24 ms inside imports.start,
  // beside the file being sent: a process is started while the user picks the file instead.
  'imports.prepare': query(async (_input, ctx) => {
    try {
      ctx.workers?.prepare?.(processFile());
    } catch {
      // no process waits this time: imports.start starts its own, and says why if it cannot
    }
    return {};
  }),
  // Not wrapped: the job gets the connection itself, and the import opens its own transaction (bulkMutation).
  'imports.start': async (input, ctx) => ({
    jobId: startImportJob({
      sqlite: ctx.sqlite,
      kind: input.kind,
      fileName: input.fileName,
      takeFile: () => ctx.uploads.take(input.fileId),
      options: { dryRun: input.dryRun, validOnly: input.validOnly, mapping: input.mapping, actor: ctx.actor, now: ctx.now, today: ctx.today },
      // a process even where exports run in-process (tests): an import always runs beside the host
      fork: ctx.workers?.fork ?? forkNodeProcess,
    }),
  }),
  'imports.status': query(async (input) => importStatus(input.jobId)),
  'imports.cancel': query(async (input) => cancelImport(input.jobId)),
};
