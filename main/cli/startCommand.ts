import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectron } from '../app/browser';
import { appRoot } from '../app/paths';
import { resolveDbPath } from '../db/dbPath';
import { command } from './command';
import { DB_OPTION } from './options';
import { parsePort, PORT_OPTION, serve } from './serveCommand';

function startElectron(electron: string, dbPath: string | undefined): Promise<number> {
  const env = { ...process.env, ...(dbPath ? { HOUSING_DESK_DB: dbPath } : {}) };
  const child = spawn(electron, [appRoot()], { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

export const startCommand = command({
  name: 'start',
  usage: [{ call: 'start [--db PATH]', does: 'Open the app: Electron where it is installed, else the web host in Chromium' }],
  options: { ...DB_OPTION, ...PORT_OPTION },
  async run(_args, values) {
    const electron = findElectron(appRoot());
    if (electron) return startElectron(electron, values.db ? path.resolve(values.db) : undefined);
    console.log('Electron is not installed here: opening Housing Desk through its web host instead.');
    await serve(resolveDbPath(values.db), parsePort(values.port), true);
    return 0;
  },
});
