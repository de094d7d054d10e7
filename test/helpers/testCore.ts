import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallInput, CallName, CallOutput, Result } from '../../shared/contract';
import { createCore, type Core } from '../../main/core/dispatch';
import type { ForkWork } from '../../main/core/workProcess';
import { openDatabase, type OpenDatabase } from '../../main/db/open';

export function tempDir(prefix = 'hd-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore {
  core: Core;
  database: OpenDatabase;
  dir: string;
  /** calls and unwraps, failing the test on an error result */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** calls and returns the raw result */
  raw(name: string, input: unknown): Promise<Result<unknown>>;
  /** sends a file as the window does beside a call; the id the call names it by */
  upload(bytes: Uint8Array): string;
  close(): Promise<void>;
}

/** A core over a real SQLite file in a temp folder, with a fixed clock. */
export async function makeCore(
  opts: { today?: string; setup?: boolean; demo?: boolean; workers?: boolean; fork?: ForkWork; spareExports?: boolean } = {},
): Promise<TestCore> {
  const dir = tempDir();
  const database = await openDatabase(path.join(dir, 'test.sqlite'));
  const clock = () => new Date(`${opts.today ?? '2026-11-23'}T10:00:00`);
  const core = createCore(database, { host: 'web', clock, log: () => {}, workers: opts.workers ?? false, fork: opts.fork, spareExports: opts.spareExports });
  const t: TestCore = {
    core,
    database,
    dir,
    async call(name, input) {
      const r = await core.call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    raw: (name, input) => core.call(name, input),
    upload(bytes) {
      // a copy: the core hands the bytes it holds on to a worker, which leaves the sender's empty
      const r = core.upload(new Uint8Array(bytes));
      if (!r.ok) throw new Error(`upload failed: ${JSON.stringify(r.error)}`);
      return r.value.fileId;
    },
    close: () => database.close(),
  };
  if (opts.setup !== false) await t.call('app.setup', { userName: 'Test Manager', organisation: 'Testshire Council', loadDemo: opts.demo ?? false });
  return t;
}

/** Every row of every table, to prove that a refused call changed nothing. */
export function snapshot(database: OpenDatabase): string {
  const tables = database.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map((t) => [t.name, database.sqlite.prepare(`select * from "${t.name}" order by 1`).all()]));
}

/** The audit rows of one kind of record, oldest first, with before and after read back from JSON. */
export function auditRows(database: OpenDatabase, entity: string): Record<string, any>[] {
  return (database.sqlite.prepare('select * from audit_log where entity = ? order by id').all(entity) as Record<string, any>[]).map((a) => ({
    ...a,
    before: a.before_json ? JSON.parse(a.before_json) : null,
    after: a.after_json ? JSON.parse(a.after_json) : null,
  }));
}
