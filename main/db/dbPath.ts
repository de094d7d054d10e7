import os from 'node:os';
import path from 'node:path';

// Which file a command or host opens. Apart from open.ts so that the command line can name the file
// without loading the database's modules.

/** Where the database lives when no --db or HOUSING_DESK_DB says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Housing Desk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Housing Desk');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'housing-desk');
}

/** --db PATH as given, else $HOUSING_DESK_DB, else the per-user data folder's file. */
export function resolveDbPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.HOUSING_DESK_DB) return path.resolve(env.HOUSING_DESK_DB);
  return path.join(defaultDataDir(env), 'housing-desk.sqlite');
}
