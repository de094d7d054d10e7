// Exports in the background: the window starts one, asks how it is going (the phase it is in), and
// fetches the file from the finished job, or cancels it, which stops its process at once. Jobs live
// in memory; a few finished ones are kept so that their file or error can still be asked for.
import crypto from 'node:crypto';
import type { ExportedFile, ExportJobStatus, ParsedInput } from '../../shared/contract';
import type { Ctx } from '../core/context';
import { AppError } from '../core/errors';
import { jobRegistry } from '../core/jobRegistry';
import { keepingContext } from '../core/mutation';
import { noProgress, type ExportCall, type ExportKind, type ExportProgress, type ExportResult } from './exportKind';
import { exportKinds } from './exportKinds';
import { buildInChild, type RunningExport } from './exportRunner';

// Adding an export call without its entry in the contract's exportJobStart does not compile.
const inBackground: Record<ExportCall, true> = {} as Record<ParsedInput<'exportJobs.start'>['call'], true>;
void inBackground;

/** Each export's process takes a core and its own memory: more at once would only slow them all. */
export const MOST_EXPORTS_AT_ONCE = 2;

interface ExportJob {
  status: ExportJobStatus;
  cancel(): Promise<void>;
}

const jobs = jobRegistry<ExportJob>('That export', 6);

export const asFile = (r: ExportResult): ExportedFile => ({ fileName: r.fileName, base64: r.bytes.toString('base64'), bytes: r.bytes.length });

/**
 * Builds an export where the host builds them: in a process of its own (the hosts), else in the process itself
 * (tests, a database in memory), where cancel only stops waiting. The figures the document reads that the host
 * keeps are worked out and kept meanwhile (`keepFigures`) and given to its build when they are ready: the
 * process starts, and reads the rest, beside them. The export calls and the jobs both run through here.
 */
export function runExport<N extends ExportCall>(call: N, input: ParsedInput<N>, ctx: Ctx, progress: ExportProgress = noProgress): RunningExport {
  const kind = exportKinds[call] as ExportKind<N>;
  // Keeping is an optimisation: if it fails, the document works its figures out itself (and a
  // paper that is not there is refused by the build, as before).
  const kept = kind.keepFigures ? Promise.resolve(kind.keepFigures(input, keepingContext(ctx))).catch(() => undefined) : undefined;
  const { workers } = ctx;
  // in-process, the build's read would share the connection the host keeps through: it waits
  if (!workers)
    return { result: Promise.resolve(kept).then((fromHost) => kind.build(ctx.db, input, ctx, progress, Promise.resolve(fromHost))), cancel: async () => {} };
  const running = buildInChild(call, input, ctx.dbPath, ctx, workers.fork, progress, kept);
  return {
    result: running.result,
    async cancel() {
      await running.cancel();
      // the keeping reads through the host's connection and read worker: a restore waits for it
      await kept;
    },
  };
}

export function startExportJob(request: ParsedInput<'exportJobs.start'>, ctx: Ctx): string {
  const running = jobs.all().filter((j) => j.status.state === 'running').length;
  if (running >= MOST_EXPORTS_AT_ONCE) {
    throw new AppError('conflict', `${running} documents are being made already: wait for one to finish, or cancel it, then export this one.`);
  }
  const jobId = crypto.randomUUID();
  const status: ExportJobStatus = { jobId, call: request.call, state: 'running', phase: 'reading', startedAt: ctx.now };
  const progress = (phase: ExportJobStatus['phase']) => {
    if (status.state === 'running') status.phase = phase;
  };
  const { call, input } = request as { call: ExportCall; input: ParsedInput<ExportCall> };
  const build = runExport(call, input, ctx, progress);
  const finish = (patch: Partial<ExportJobStatus>) => {
    if (status.state !== 'running') return;
    Object.assign(status, patch);
    jobs.forgetOld();
  };
  build.result.then(
    (r) => finish({ state: 'done', file: asFile(r) }),
    (e: unknown) =>
      finish({
        state: 'failed',
        error: e instanceof AppError ? e.toShape() : { code: 'internal', message: `The document could not be made (${(e as Error)?.message ?? String(e)}).` },
      }),
  );
  jobs.add({ status, cancel: build.cancel });
  return jobId;
}

/** A copy of the job's state, with the file once it is done. */
export function exportJobStatus(jobId: string): ExportJobStatus {
  return { ...jobs.get(jobId).status };
}

function cancel(job: ExportJob, why?: string): Promise<void> {
  if (job.status.state !== 'running') return Promise.resolve();
  job.status.state = 'cancelled';
  if (why) job.status.error = { code: 'conflict', message: why };
  const stopped = job.cancel();
  jobs.forgetOld();
  return stopped;
}

/**
 * The user's Cancel: a running export is stopped; one that finished while the page waited for its
 * next status is dropped with its file, since the user said not to save it.
 */
export function cancelExportJob(jobId: string): ExportJobStatus {
  const job = jobs.get(jobId);
  if (job.status.state === 'done') {
    job.status.state = 'cancelled';
    delete job.status.file;
  } else void cancel(job);
  return { ...job.status };
}

/**
 * Before the database file is swapped (a restore): a document half read from the old file is not
 * made, and the swap waits until nothing of a cancelled export reads the old file any more.
 */
export async function cancelRunningExports(why: string): Promise<void> {
  await Promise.all(jobs.all().map((job) => cancel(job, why)));
}
