import pkg from '../../package.json';
import type { Handlers } from '../core/handlers';
import { writeAudit } from '../core/audit';
import { AppError } from '../core/errors';
import { loadDemoData } from '../demo/loadDemo';
import { readSettings, writeSettings } from './settingsRepo';

export const settingsHandlers: Handlers<'app.info' | 'app.setup' | 'demo.load' | 'settings.get' | 'settings.update'> = {
  'app.info': async (_input, ctx) => {
    const settings = await readSettings(ctx.db);
    const programme = await ctx.db.selectFrom('programmes').select('id').limit(1).executeTakeFirst();
    return {
      host: ctx.host,
      dbPath: ctx.dbPath,
      schemaVersion: ctx.schemaVersion,
      schemaNumber: Number.parseInt(ctx.schemaVersion, 10) || 0,
      appVersion: pkg.version,
      today: ctx.today,
      firstRun: settings.userName === '',
      isEmpty: programme === undefined,
    };
  },

  'app.setup': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await readSettings(trx);
      if (before.userName !== '') {
        throw new AppError('conflict', 'This database has already been set up. Change your name in Settings.');
      }
      await writeSettings(trx, { userName: input.userName, organisation: input.organisation });
      const actorCtx = { ...ctx, actor: input.userName };
      await writeAudit(trx, actorCtx, {
        entity: 'settings',
        entityId: 1,
        action: 'update',
        label: 'Settings',
        before: { userName: before.userName, organisation: before.organisation },
        after: { userName: input.userName, organisation: input.organisation },
      });
      if (input.loadDemo) await loadDemoData(trx, actorCtx);
      return readSettings(trx);
    }),

  'demo.load': async (_input, ctx) => ctx.db.transaction().execute((trx) => loadDemoData(trx, ctx)),

  'settings.get': async (_input, ctx) => readSettings(ctx.db),

  'settings.update': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await readSettings(trx);
      await writeSettings(trx, input);
      const after = await readSettings(trx);
      await writeAudit(trx, ctx, {
        entity: 'settings',
        entityId: 1,
        action: 'update',
        label: 'Settings',
        before: { ...before },
        after: { ...after },
      });
      return after;
    }),
};
