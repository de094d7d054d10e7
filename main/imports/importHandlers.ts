import type { Handlers } from '../core/handlers';
import { cancelImport, importStatus, startImportJob } from './importJobs';

export const importHandlers: Handlers<'imports.start' | 'imports.status' | 'imports.cancel'> = {
  'imports.start': async (input, ctx) => ({
    jobId: startImportJob({
      sqlite: ctx.sqlite,
      kind: input.kind,
      fileName: input.fileName,
      bytes: Buffer.from(input.base64, 'base64'),
      options: { dryRun: input.dryRun, validOnly: input.validOnly, mapping: input.mapping, actor: ctx.actor, now: ctx.now, today: ctx.today },
    }),
  }),
  'imports.status': async (input) => importStatus(input.jobId),
  'imports.cancel': async (input) => cancelImport(input.jobId),
};
