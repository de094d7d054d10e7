import pkg from '../../package.json';
import type { Handlers } from '../core/handlers';
import { mutation, query } from '../core/mutation';
import { AppError } from '../core/errors';
import { loadDemoData } from '../demo/loadDemo';
import { registersInUse } from '../demo/registersInUse';
import { storageRisk } from '../db/storageRisk';
import { readSettings, writeSettings } from './settingsRepo';

export const settingsHandlers: Handlers<'app.info' | 'app.setup' | 'demo.load' | 'settings.get' | 'settings.update'> = {
  'app.info': query(async (_input, ctx) => {
    const settings = await readSettings(ctx.db);
    const holds = await registersInUse(ctx.db);
    return {
      host: ctx.host,
      dbPath: ctx.dbPath,
      schemaVersion: ctx.schemaVersion,
      schemaNumber: Number.parseInt(ctx.schemaVersion, 10) || 0,
      appVersion: pkg.version,
      today: ctx.today,
      firstRun: settings.userName === '',
      isEmpty: holds.length === 0,
      storageWarning: storageRisk(ctx.dbPath),
      holds,
    };
  }),

  'app.setup': mutation(async (input, ctx) => {
    const before = await readSettings(ctx.db);
    if (before.userName !== '') {
      throw new AppError('conflict', 'This database has already been set up. Change your name in Settings.');
    }
    await writeSettings(ctx.db, { userName: input.userName, organisation: input.organisation });
    const asSetUp = ctx.withActor(input.userName);
    await asSetUp.audit({
      entity: 'settings',
      entityId: 1,
      action: 'update',
      label: 'Settings',
      before: { userName: before.userName, organisation: before.organisation },
      after: { userName: input.userName, organisation: input.organisation },
    });
    if (input.loadDemo) await loadDemoData(ctx.db, asSetUp);
    return readSettings(ctx.db);
  }),

  'demo.load': mutation(async (_input, ctx) => loadDemoData(ctx.db, ctx)),

  'settings.get': query(async (_input, ctx) => readSettings(ctx.db)),

  'settings.update': mutation(async (input, ctx) => {
    const before = await readSettings(ctx.db);
    await writeSettings(ctx.db, input);
    const after = await readSettings(ctx.db);
    await ctx.audit({
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
