import type { CallName, ParsedInput } from '../../shared/contract';
import type { Ctx, Db } from '../core/context';

/** The contract's export calls: one for each kind of document. */
export type ExportCall = Extract<CallName, `exports.${string}`>;

/** What the command line may name to say what a document is about. */
export type ExportOption = 'programme' | 'month' | 'meeting' | 'paper';
export type ExportOptions = Partial<Record<ExportOption, string>>;

export interface ExportResult {
  fileName: string;
  bytes: Buffer;
}

export type Clock = Pick<Ctx, 'today' | 'now'>;

/** One kind of Word document: how the command line asks for it, and how it is built and named. */
export interface ExportKind<N extends ExportCall> {
  /** `housing-desk export <command>` */
  command: string;
  /** what the document is called in messages */
  label: string;
  /** the options the command line needs or takes, in the order its usage line gives them */
  options: Partial<Record<ExportOption, 'required' | 'optional'>>;
  /** the call's input from the command line's options, finding what they name in the database */
  inputFromOptions(db: Db, options: ExportOptions): Promise<ParsedInput<N>>;
  /** draws, packs and checks the document, and names its file */
  build(db: Db, input: ParsedInput<N>, clock: Clock): Promise<ExportResult>;
}
