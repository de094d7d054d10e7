import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

const FORBIDDEN_IN_RENDERER = /^(electron|better-sqlite3|kysely|node:|fs$|path$|os$|child_process$|http$|crypto$)/;

describe('module boundaries', () => {
  const offendersIn = (folder: string) => {
    const offenders: string[] = [];
    for (const file of files(path.join(root, folder))) {
      for (const spec of imports(file)) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
        if (FORBIDDEN_IN_RENDERER.test(spec) || resolved.startsWith(path.join(root, 'main'))) offenders.push(`${path.relative(root, file)} -> ${spec}`);
      }
    }
    return offenders;
  };

  it('renderer never imports Node, Electron, the database or main/', () => {
    expect(offendersIn('renderer')).toEqual([]);
  });

  it('shared/ is pure: no Node, Electron, database or main/ imports', () => {
    expect(offendersIn('shared')).toEqual([]);
  });

  it('only the Electron shell imports electron', () => {
    const offenders = files(path.join(root, 'main'))
      .filter((f) => !f.includes(`${path.sep}hosts${path.sep}electron${path.sep}`))
      .filter((f) => imports(f).some((s) => s === 'electron'));
    expect(offenders).toEqual([]);
  });

  it('the boundary check sees imports at all', () => {
    expect(imports(path.join(root, 'renderer', 'api.ts'))).toContain('../shared/contract');
  });
});
