import { AppError } from './core/errors';
import { UsageError } from './cli/command';
import { COMMANDS, usageText } from './cli/commands';
import { helpCommand } from './cli/helpCommand';
import { versionCommand } from './cli/versionCommand';
import { allOptions, parseFailure, readCommandLine } from './cli/options';

// The `housing-desk` command line (bin/housing-desk.js runs the compiled file). The commands, each
// with its options, usage lines and handler, are listed in cli/commands.ts.

const OPTIONS = allOptions(COMMANDS);
const USAGE = usageText(COMMANDS);

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = readCommandLine(argv, OPTIONS);
    const [word, ...rest] = positionals;
    if (values.version) return await versionCommand.run([], values, USAGE);
    if (values.help || word === 'help') return await helpCommand.run([], values, USAGE);
    if (!word) throw new UsageError('Say which command to run.');
    const chosen = COMMANDS.find((c) => c.name === word);
    if (!chosen?.takesArguments && rest.length) throw new UsageError(`Unexpected argument: ${rest[0]}`);
    if (!chosen) throw new UsageError(`Unknown command "${word}".`);
    return await chosen.run(rest, values, USAGE);
  } catch (caught) {
    const e = parseFailure(caught, OPTIONS) ?? caught;
    if (e instanceof UsageError) {
      console.error(`housing-desk: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof AppError) {
      console.error(`housing-desk: ${e.message}`);
      return 1;
    }
    if (String((e as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY')) {
      console.error(
        'housing-desk: the database is being changed by something else (an import, or Housing Desk saving a change) and stayed locked for 5 seconds, so this command changed nothing. Try again when it has finished.',
      );
      return 1;
    }
    // One sentence for the user; the stack only when asked for.
    console.error(
      `housing-desk: the command failed unexpectedly (${(e as Error)?.message ?? String(e)}). Run it again with HOUSING_DESK_DEBUG=1 to see the details, and report them.`,
    );
    if (process.env.HOUSING_DESK_DEBUG) console.error(e);
    return 1;
  }
}
