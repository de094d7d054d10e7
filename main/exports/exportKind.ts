import type { CallName, ExportPhase, ParsedInput } from '../../shared/contract';
import type { Ctx, Db } from '../core/context';
import type { KeepingCtx } from '../core/mutation';

/** The contract's export calls: one for each kind of document. */
export type ExportCall = Extract<CallName, `exports.${string}`>;

/** What the command line may name to say what a document is about. */
export type ExportOption = 'programme' | 'month' | 'meeting' | 'paper' | 'as-at' | 'team' | 'year' | 'period';
export type ExportOptions = Partial<Record<ExportOption, string>>;

export interface ExportResult {
  fileName: string;
  bytes: Buffer;
}

export type Clock = Pick<Ctx, 'today' | 'now'>;

/** Told each phase as the export reaches it: an export in the background shows it. */
export type ExportProgress = (phase: ExportPhase) => void;
export const noProgress: ExportProgress = () => {};

/** The files an export can write, named by their ending. */
export type ExportFormat = 'docx' | 'xlsx' | 'csv';

/** What the command line knows of a kind of document without loading it (exportKindSpecs.ts). */
export interface ExportKindSpec {
  /** `housing-desk export <command>` */
  command: string;
  /** what the document is called in messages */
  label: string;
  /** the files it writes, the first the usual one; the command line picks by --out's ending (Word documents when left out) */
  formats?: readonly ExportFormat[];
  /** the options the command line needs or takes, in the order its usage line gives them */
  options: Partial<Record<ExportOption, 'required' | 'optional'>>;
  /** its documents draw charts: the export's process starts the chart thread first, so that echarts loads there while it reads */
  drawsCharts?: boolean;
}

/** One kind of document (Word) or spreadsheet: how the command line asks for it, and how it is built and named. */
export interface ExportKind<N extends ExportCall> extends ExportKindSpec {
  /** the call's input from the command line's options (and the format --out asks for), finding what they name in the database */
  inputFromOptions(db: Db, options: ExportOptions, format: ExportFormat): Promise<ParsedInput<N>>;
  /**
   * Figures the document reads that the host keeps (main/db/keeper.ts), worked out and kept on the
   * host while the document's process starts and reads the rest: that process only reads, and
   * what it works out is lost with it. What it gives back (figures the host read on its warm
   * connection, plain data) is given to `build`, which does not read them again.
   */
  keepFigures?(input: ParsedInput<N>, ctx: KeepingCtx): Promise<unknown>;
  /**
   * The modules its build loads when asked (the docx package, its document's code): a process that
   * waits for an export (core/spareProcess.ts) loads them before its request comes.
   */
  load?(): Promise<unknown>;
  /**
   * draws, packs and checks the document, and names its file; `fromHost` comes to what
   * `keepFigures` gave, if it could (undefined if not), once the host has it: the build reads what
   * it can meanwhile
   */
  build(db: Db, input: ParsedInput<N>, clock: Clock, progress: ExportProgress, fromHost?: Promise<unknown>): Promise<ExportResult>;
}
