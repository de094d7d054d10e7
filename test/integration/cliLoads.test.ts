import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/testCore';

// Start-up loads only what the command needs (issue 15): the command line is read, and a command
// refused for its options answers, before any of the app's own modules load; a command loads its own
// and not another's. Runs the built command line (vitest's global setup builds it first) with a
// preload that writes every module the main thread loaded as it exits.

const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const dir = tempDir('hd-loads-');
const preload = path.join(dir, 'loaded.cjs');
const demo = path.join(dir, 'demo.sqlite');

function loadedBy(args: string[]): { status: number | null; stderr: string; modules: string[] } {
  const out = path.join(dir, `loaded-${args[0]}-${Date.now()}.json`);
  const r = spawnSync(process.execPath, ['--require', preload, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOADED_OUT: out },
    timeout: 60_000,
  });
  const modules = (JSON.parse(fs.readFileSync(out, 'utf8')) as string[]).map((m) => m.split(path.sep).join('/'));
  return { status: r.status, stderr: r.stderr, modules };
}

const packages = (modules: string[]) => [...new Set(modules.flatMap((m) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1] ?? []))].sort();
const ours = (modules: string[], folder: string) => modules.filter((m) => m.includes(path.posix.join('/dist/main', folder)));

beforeAll(() => {
  fs.writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_OUT, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const r = spawnSync(process.execPath, [bin, 'demo', '--db', demo], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
}, 90_000);

describe('what the command line loads', () => {
  it('--version, help and a command refused for its options load no package and no database code', () => {
    const answers = [
      { args: ['--version'], status: 0 },
      { args: ['help'], status: 0 },
      { args: ['export', 'no-such-kind', '--db', demo], status: 2 },
      { args: ['backup', '--db', demo], status: 2 },
      { args: ['import', 'nothing'], status: 2 },
    ];
    for (const { args, status } of answers) {
      const r = loadedBy(args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(status);
      expect(packages(r.modules), args.join(' ')).toEqual([]);
      // the command table's own facts only: where the database is, the kinds of export and import, the sizes a landlord may be
      for (const folder of ['db/open', 'db/backup', '../migrations', 'exports/exportKinds', 'exports/kinds/', 'compliance/', 'core/dispatch'])
        expect(ours(r.modules, folder), `${args.join(' ')}: ${folder}`).toEqual([]);
    }
  });

  it('tsm reads the database and loads no document builder, host or import', () => {
    const r = loadedBy(['tsm', '--db', demo]);
    expect(r.status, r.stderr).toBe(0);
    expect(packages(r.modules)).toContain('better-sqlite3');
    for (const heavy of ['docx', 'exceljs', 'echarts', 'fflate']) expect(packages(r.modules), heavy).not.toContain(heavy);
    for (const folder of ['exports/kinds/', 'exports/docx/', 'hosts/', 'imports/', 'core/dispatch', 'generate/generateLandlord', 'demo/'])
      expect(ours(r.modules, folder), folder).toEqual([]);
  });

  it('an export loads its document’s code and not the hosts, the imports or the other commands’', () => {
    const r = loadedBy(['export', 'policy-schedule', '--db', demo, '--out', path.join(dir, 'policies.docx')]);
    expect(r.status, r.stderr).toBe(0);
    expect(packages(r.modules)).toContain('docx');
    expect(packages(r.modules)).not.toContain('exceljs');
    for (const folder of ['hosts/', 'imports/', 'core/dispatch', 'generate/generateLandlord', 'demo/']) expect(ours(r.modules, folder), folder).toEqual([]);
  });

  it('a document whose command takes no option the contract checks loads neither zod nor the calls’ schemas', () => {
    // in an export's process as on the command line: about 0.15 s of a cold export, where only the
    // command line's options of three kinds (policy schedule, scorecard, training matrix) need them
    const r = loadedBy(['export', 'monthly-update', '--db', demo, '--programme', 'RFP', '--month', '2026-11', '--out', path.join(dir, 'monthly.docx')]);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.statSync(path.join(dir, 'monthly.docx')).size).toBeGreaterThan(10_000);
    expect(packages(r.modules)).not.toContain('zod');
    expect(ours(r.modules, '../shared/contract/'), 'the calls’ schemas').toEqual([]);
  });
});
