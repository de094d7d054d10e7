import type { AnyCommand } from './command';
import { backupCommand } from './backupCommand';
import { demoCommand } from './demoCommand';
import { exportCommand } from './exportCommand';
import { generateCommand } from './generateCommand';
import { helpCommand } from './helpCommand';
import { versionCommand } from './versionCommand';
import { importCommand } from './importCommand';
import { restoreCommand } from './restoreCommand';
import { serveCommand } from './serveCommand';
import { startCommand } from './startCommand';
import { tsmCommand } from './tsmCommand';
import { complaintsCommand } from './complaintsCommand';

/** Every command, in the order the usage text lists them. */
export const COMMANDS: AnyCommand[] = [
  startCommand,
  serveCommand,
  demoCommand,
  generateCommand,
  exportCommand,
  importCommand,
  tsmCommand,
  backupCommand,
  restoreCommand,
  complaintsCommand,
  helpCommand,
  versionCommand,
];

/** The usage text, built from each command's lines: the call, and what it does in a column after the longest short call. */
export function usageText(commands: AnyCommand[] = COMMANDS): string {
  const lines = commands.flatMap((c) => c.usage).map((l) => `  ${l.does ? `${l.call.padEnd(40)} ${l.does}` : l.call}`);
  return `Usage: housing-desk <command> [options]

Commands:
${lines.join('\n')}

The database is --db PATH, else $HOUSING_DESK_DB, else the per-user data folder.`;
}
