import type { ExportedFile } from '../../shared/contract';
import type { Handler, Handlers } from '../core/handlers';
import type { ExportCall, ExportKind, ExportResult } from './exportKind';
import { EXPORT_CALLS, exportKinds } from './exportKinds';
import { buildOnWorker } from './exportRunner';

const asFile = (r: ExportResult): ExportedFile => ({ fileName: r.fileName, base64: r.bytes.toString('base64'), bytes: r.bytes.length });

function exportHandler<N extends ExportCall>(call: N): Handler<N> {
  const kind: ExportKind<N> = exportKinds[call];
  return async (input, ctx) => asFile(ctx.workers ? await buildOnWorker(call, input, ctx.dbPath, ctx) : await kind.build(ctx.db, input, ctx));
}

export const exportHandlers = Object.fromEntries(EXPORT_CALLS.map((call) => [call, exportHandler(call)])) as Handlers<ExportCall>;
