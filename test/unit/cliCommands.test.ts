import { describe, expect, it } from 'vitest';
import { COMMANDS, usageText } from '../../main/cli/commands';
import { allOptions } from '../../main/cli/options';

describe('the command table', () => {
  it('names each command once, and gives each at least one usage line', () => {
    const names = COMMANDS.map((c) => c.name).filter((n) => n !== null);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['start', 'serve', 'demo', 'export', 'import', 'tsm', 'help']));
    for (const c of COMMANDS) expect(c.usage.length, c.name ?? 'flag').toBeGreaterThan(0);
  });

  it('agrees on an option that two commands take, and shows an example for every option with a value', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS)
      for (const [name, option] of Object.entries(c.options)) {
        const spec = JSON.stringify(option);
        expect(seen.get(name) ?? spec, `--${name} in ${c.name}`).toBe(spec);
        seen.set(name, spec);
      }
    for (const [name, option] of Object.entries(allOptions(COMMANDS)))
      if (option.type === 'string') expect(option.example, name).toMatch(new RegExp(`^--${name} `));
  });

  it('builds the usage text from the table, a line for each call', () => {
    expect(usageText()).toBe(`Usage: housing-desk <command> [options]

Commands:
  start [--db PATH]                        Open the app: Electron where it is installed, else the web host in Chromium
  serve [--db PATH] [--port N] [--no-open] Serve the app on 127.0.0.1 and print its address
  demo --db PATH                           Create the database if needed and load the demo data into it, when empty
  generate --db PATH --homes N [--seed N]  Fill an empty database with a made-up landlord of N homes, for benchmarks
  export monthly-update --db PATH --programme REF_OR_NAME --month YYYY-MM --out FILE.docx
  export recommendations --db PATH --programme REF_OR_NAME --out FILE.docx
  export policy-schedule --db PATH --out FILE.docx
  export committee-paper --db PATH --meeting ID_OR_DATE [--paper ID] --out FILE.docx
  export training-matrix --db PATH [--as-at DATE] [--team NAME] --out FILE.xlsx|FILE.csv
  export scorecard --db PATH --year YYYY/YY [--period YYYY-MM] --out FILE.xlsx|FILE.csv|FILE.docx
  import certificates --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import stock --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import measures --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import complaints --db PATH FILE.csv|xlsx [--dry-run] [--map "Header=field"]...
  import courses --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import requirements --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import staff --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import training --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  tsm --db PATH [--as-at DATE] [--json]    The regulator's building-safety measures BS01-BS05 (DATE as 31/03/2027 or 2027-03-31)
  backup --db PATH --out FILE              Copy the database to FILE while it may be in use, and check the copy
  restore --db PATH FILE                   Replace the database with a backup, after checking it (close Housing Desk first)
  complaints --db PATH [--year YYYY/YY] [--json] CH01 and CH02 for a financial year (default: this one), all tenures and the TSM tenures
  help, --help                             This list
  --version                                The version of Housing Desk

The database is --db PATH, else $HOUSING_DESK_DB, else the per-user data folder.`);
    const lines = usageText().split('\n');
    for (const c of COMMANDS)
      for (const u of c.usage)
        expect(
          lines.some((l) => l.startsWith(`  ${u.call}`)),
          u.call,
        ).toBe(true);
  });
});
