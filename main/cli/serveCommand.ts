import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, openAppWindow } from '../app/browser';
import { rendererDir } from '../app/paths';
import { resolveDbPath } from '../db/dbPath';
import { command, UsageError } from './command';
import { DB_OPTION } from './options';

export const PORT_OPTION = { port: { type: 'string', example: '--port 8080' } } as const;

export function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}".`);
  return n;
}

/** Runs the web host until the process is stopped, opening the app in Chromium if asked. */
export async function serve(dbPath: string, port: number | undefined, open: boolean): Promise<void> {
  // the whole app: loaded only when a host is started
  const [{ openHostCore }, { startupBackup }, { storageRisk }, { startWebHost }] = await Promise.all([
    import('../hosts/hostCore'),
    import('../settings/backupHandlers'),
    import('../db/storageRisk'),
    import('../hosts/web/webHost'),
  ]);
  const core = await openHostCore(dbPath, 'web');
  const host = await startWebHost({ core, staticDir: rendererDir(), port });
  console.log(`Housing Desk is running at ${host.launchUrl}`);
  const risk = storageRisk(core.database.path);
  if (risk) console.error(`housing-desk: ${risk}`);
  const backingUp = startupBackup(core.database).catch((e: unknown) =>
    console.error(`housing-desk: today's automatic backup failed (${(e as Error).message}).`),
  );
  if (open) {
    const browser = findChromium();
    // A fresh private profile (mkdtemp makes it 0700) and a one-time code rather than the token.
    if (browser) openAppWindow(browser, host.oneTimeUrl(), fs.mkdtempSync(path.join(os.tmpdir(), 'housing-desk-browser-')));
  }
  const stop = async () => {
    await host.close();
    // the day's backup is finished rather than left half-written
    await backingUp;
    // a restore from Settings may have replaced the connection opened above
    await core.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

export const serveCommand = command({
  name: 'serve',
  usage: [{ call: 'serve [--db PATH] [--port N] [--no-open]', does: 'Serve the app on 127.0.0.1 and print its address' }],
  options: { ...DB_OPTION, ...PORT_OPTION, 'no-open': { type: 'boolean', default: false } },
  async run(_args, values) {
    await serve(resolveDbPath(values.db), parsePort(values.port), !values['no-open']);
    return 0;
  },
});
