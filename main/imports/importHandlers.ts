import type { Handlers } from '../core/handlers';
import { runImport } from './runImport';

export const importHandlers: Handlers<'imports.run'> = {
  'imports.run': async (input, ctx) =>
    runImport(ctx.sqlite, input.kind, input.fileName, Buffer.from(input.base64, 'base64'), {
      dryRun: input.dryRun,
      validOnly: input.validOnly,
      actor: ctx.actor,
      now: ctx.now,
      today: ctx.today,
    }),
};
