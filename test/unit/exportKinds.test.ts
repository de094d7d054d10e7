import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { exportKinds } from '../../main/exports/exportKinds';
import { EXPORT_CALLS } from '../../main/exports/exportKindSpecs';
import { exportHandlers } from '../../main/exports/exportHandlers';
import { usageText } from '../../main/cli/commands';

describe('the export kinds registry', () => {
  it('has a kind for every export call in the contract, and a handler for each', () => {
    const calls = Object.keys(contract).filter((name) => name.startsWith('exports.'));
    expect([...EXPORT_CALLS].sort()).toEqual(calls.sort());
    expect(Object.keys(exportHandlers).sort()).toEqual(calls.sort());
    for (const call of EXPORT_CALLS) expect(typeof exportHandlers[call], call).toBe('function');
  });

  it('lets every export be made in the background, with the export call’s own input', () => {
    const options = contract['exportJobs.start'].input.options;
    expect(options.map((o) => o.shape.call.value).sort()).toEqual([...EXPORT_CALLS].sort());
    for (const o of options) expect(o.shape.input, o.shape.call.value).toBe(contract[o.shape.call.value].input);
  });

  it('gives each kind its own command-line name and a label', () => {
    const commands = EXPORT_CALLS.map((call) => exportKinds[call].command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const call of EXPORT_CALLS) {
      expect(exportKinds[call].command, call).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(exportKinds[call].label.trim(), call).not.toBe('');
    }
  });

  it('makes every kind reachable from the usage text, with the options it needs', () => {
    const usage = usageText().split('\n');
    for (const call of EXPORT_CALLS) {
      const kind = exportKinds[call];
      const line = usage.find((l) => l.startsWith(`  export ${kind.command} --db PATH `));
      expect(line, kind.command).toBeDefined();
      for (const [option, need] of Object.entries(kind.options)) {
        expect(line, `${kind.command} --${option}`).toMatch(
          need === 'required' ? new RegExp(` --${option} [A-Z_/-]+ `) : new RegExp(` \\[--${option} [A-Z_/-]+\\] `),
        );
      }
      expect(line).toMatch(new RegExp(` --out ${(kind.formats ?? ['docx']).map((f) => `FILE\\.${f}`).join('\\|')}$`));
    }
  });
});
