// What one command of the `housing-desk` command line is: its name, its lines in the usage text,
// the options it reads and what it does. The table of commands is commands.ts.

/** A mistake in the command line: said with the usage text, exit code 2. */
export class UsageError extends Error {}

export interface CliOption {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  default?: boolean;
  /** what its value looks like, for the sentence that says one is missing */
  example?: string;
}
export type CliOptions = Record<string, CliOption>;

type ValueOf<O extends CliOption> = O['type'] extends 'boolean' ? boolean : O['multiple'] extends true ? string[] : string;
export type OptionValues<O extends CliOptions> = { [K in keyof O]?: ValueOf<O[K]> };

/** One line of the usage text: how to call, and what it does if that is not plain from the call. */
export interface UsageLine {
  call: string;
  does?: string;
}

export interface CliCommand<O extends CliOptions = CliOptions> {
  /** the word that runs it (`housing-desk <name>`); none for one run only by its option (--version) */
  name: string | null;
  usage: UsageLine[];
  options: O;
  /** takes words after its name (export's kind, import's kind and file); others refuse them */
  takesArguments?: boolean;
  run(args: string[], values: OptionValues<O>, usage: string): Promise<number>;
}

/** The options as read from the command line, before a command's own types are put on them. */
export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

/** A command in the table, whatever its options. */
export type AnyCommand = Omit<CliCommand, 'run'> & { run(args: string[], values: ParsedValues, usage: string): Promise<number> };

/** A command with its options' types checked against its handler; the table reads them with these options. */
export const command = <O extends CliOptions>(c: CliCommand<O>): AnyCommand => c;
