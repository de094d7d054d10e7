import { parseArgs } from 'node:util';
import { resolveDbPath } from '../db/dbPath';
import { UsageError, type AnyCommand, type CliOptions, type ParsedValues } from './command';

// The command line is read once with every command's options, so an option's mistakes are
// explained the same way whichever command it is given to.

export const DB_OPTION = { db: { type: 'string', example: '--db housing-desk.sqlite' } } as const satisfies CliOptions;

/** Every command's options together. */
export function allOptions(commands: AnyCommand[]): CliOptions {
  return Object.assign({}, ...commands.map((c) => c.options)) as CliOptions;
}

export function readCommandLine(argv: string[], known: CliOptions): { values: ParsedValues; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(known).map(([name, { example: _example, ...config }]) => [name, config]));
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  return { values: values as ParsedValues, positionals };
}

/** Node's parser errors, in a plain sentence. */
export function parseFailure(e: unknown, known: CliOptions): UsageError | null {
  const { code, message } = e as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS_')) return null;
  const option = /'(-{1,2}[\w-]+)/.exec(message ?? '')?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`There is no option ${option}.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message ?? '')) return new UsageError(`${option} takes no value: give it on its own.`);
    return new UsageError(`${option} needs a value, for example ${known[option.replace(/^-+/, '')]?.example ?? `${option} VALUE`}.`);
  }
  return new UsageError(`The command line could not be read: ${message}`);
}

/** The database a command needs: --db PATH, else $HOUSING_DESK_DB; without either, `what` is a usage error. */
export function requiredDbPath(values: { db?: string }, what: string): string {
  if (!values.db && !process.env.HOUSING_DESK_DB) throw new UsageError(what);
  return resolveDbPath(values.db);
}
