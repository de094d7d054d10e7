import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from './core/dispatch';
import { AppError } from './core/errors';
import { openDatabase, resolveDbPath, type OpenDatabase } from './db/open';
import { loadDemoData } from './demo/loadDemo';
import { clockParts, systemClock } from './core/context';
import { readSettings } from './settings/settingsRepo';
import { startWebHost } from './hosts/web/webHost';
import { appRoot, rendererDir } from './app/paths';
import { exportCommitteePaper, exportMonthlyUpdate, exportPolicySchedule, exportRecommendations, findMeeting, findProgramme } from './exports/exportService';
import { isMonth } from '../shared/contract/monthly';
import { formatDateLong, parseUkDate } from '../shared/domain/dates';
import { isProjected, projectedNote } from '../shared/domain/projection';
import { lastYearEnd } from '../shared/domain/compliance';
import { plural } from '../shared/domain/plural';
import { buildingSafetyMeasures, type MeasuresResult } from './compliance/measures';
import { describeReport, runImport } from './imports/runImport';
import { findChromium, findElectron, openAppWindow } from './app/browser';

const USAGE = `Usage: housing-desk <command> [options]

Commands:
  start [--db PATH]                        Open the app: Electron where it is installed, else the web host in Chromium
  serve [--db PATH] [--port N] [--no-open] Serve the app on 127.0.0.1 and print its address
  demo --db PATH                           Create the database if needed and load the demo data
  export monthly-update --db PATH --programme REF_OR_NAME --month YYYY-MM --out FILE.docx
  export recommendations --db PATH --programme REF_OR_NAME --out FILE.docx
  export policy-schedule --db PATH --out FILE.docx
  export committee-paper --db PATH --meeting ID_OR_DATE [--paper ID] --out FILE.docx
  import stock --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  import certificates --db PATH FILE.csv|xlsx [--dry-run] [--valid-only] [--map "Header=field"]...
  tsm --db PATH [--as-at DATE] [--json]    The regulator's building-safety measures BS01-BS05 (DATE as 31/03/2027 or 2027-03-31)
  help, --help                             This list
  --version                                The version of Housing Desk

The database is --db PATH, else $HOUSING_DESK_DB, else the per-user data folder.`;

class UsageError extends Error {}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      programme: { type: 'string' },
      month: { type: 'string' },
      out: { type: 'string' },
      meeting: { type: 'string' },
      'as-at': { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'valid-only': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      paper: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  return { values, positionals };
}

/** What each option's value looks like, for the sentence that says one is missing. */
const EXAMPLES: Record<string, string> = {
  db: '--db housing-desk.sqlite',
  port: '--port 8080',
  programme: '--programme RFP',
  month: '--month 2026-11',
  out: '--out report.docx',
  meeting: '--meeting 14/01/2027',
  'as-at': '--as-at 31/03/2027',
  map: '--map "Property ref=uprn"',
  paper: '--paper 1',
};

/** Node's parser errors, in a plain sentence. */
function parseFailure(e: unknown): UsageError | null {
  const { code, message } = e as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS_')) return null;
  const option = /'(-{1,2}[\w-]+)/.exec(message ?? '')?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`There is no option ${option}.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message ?? '')) return new UsageError(`${option} takes no value: give it on its own.`);
    return new UsageError(`${option} needs a value, for example ${EXAMPLES[option.replace(/^-+/, '')] ?? `${option} VALUE`}.`);
  }
  return new UsageError(`The command line could not be read: ${message}`);
}

function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}".`);
  return n;
}

async function serve(dbPath: string, port: number | undefined, open: boolean): Promise<void> {
  const database = await openDatabase(dbPath);
  const core = createCore(database, { host: 'web' });
  const host = await startWebHost({ core, staticDir: rendererDir(), port });
  console.log(`Housing Desk is running at ${host.launchUrl}`);
  if (open) {
    const browser = findChromium();
    // A fresh private profile (mkdtemp makes it 0700) and a one-time code rather than the token.
    if (browser) openAppWindow(browser, host.oneTimeUrl(), fs.mkdtempSync(path.join(os.tmpdir(), 'housing-desk-browser-')));
  }
  const stop = async () => {
    await host.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function demo(dbPath: string): Promise<void> {
  const database = await openDatabase(dbPath);
  try {
    const { today, now } = clockParts(systemClock);
    const result = await database.db.transaction().execute(async (trx) => {
      const actor = (await readSettings(trx)).userName || 'housing-desk demo';
      return loadDemoData(trx, { actor, today, now });
    });
    console.log(
      `Loaded the demo data into ${database.path}: ${result.programmes} programme, ${result.recommendations} recommendations, ${result.notes} progress notes, ${result.policies} policies, ${result.homes} homes, ${plural(result.monthlyUpdates, 'monthly update')} (last month's published, this month's in draft) and ${plural(result.papers, 'committee paper')} in draft.`,
    );
  } finally {
    await database.close();
  }
}

type Values = ReturnType<typeof parse>['values'];

async function exportCommand(rest: string[], values: Values): Promise<number> {
  const [kind, ...extra] = rest;
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  const kinds = ['monthly-update', 'recommendations', 'policy-schedule', 'committee-paper'];
  if (!kinds.includes(kind ?? '')) throw new UsageError(`export needs one of: ${kinds.join(', ')}.`);
  if (!values.db && !process.env.HOUSING_DESK_DB) throw new UsageError('export needs --db PATH.');
  if ((kind === 'monthly-update' || kind === 'recommendations') && !values.programme)
    throw new UsageError('export needs --programme (its code, name or number).');
  if (!values.out) throw new UsageError('export needs --out FILE.docx.');
  if (!/\.docx$/i.test(values.out)) throw new UsageError(`--out must end in .docx (exports are Word documents), not "${path.basename(values.out)}".`);
  if (kind === 'committee-paper' && !values.meeting) throw new UsageError('export committee-paper needs --meeting (its number or date).');
  if (values.paper !== undefined && !/^\d+$/.test(values.paper)) throw new UsageError(`--paper must be a paper number, not "${values.paper}".`);
  if (kind === 'monthly-update' && !isMonth(values.month ?? '')) {
    throw new UsageError(`--month must be a month like 2026-11${values.month ? `, not "${values.month}"` : ''}.`);
  }
  const out = path.resolve(values.out);
  const dbPath = resolveDbPath(values.db);
  if (!fs.existsSync(dbPath)) throw new AppError('not_found', `There is no database at ${dbPath}.`);
  const database = await openDatabase(dbPath);
  try {
    const clock = clockParts(systemClock);
    const result = await runExport(database.db, kind!, values, clock);
    try {
      fs.writeFileSync(out, result.bytes);
    } catch (e) {
      throw new AppError(
        'validation',
        `Could not write ${out}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (e as Error).message}.`,
      );
    }
    console.log(`Wrote ${out} (${Math.round(result.bytes.length / 1024)} KB).`);
    return 0;
  } finally {
    await database.close();
  }
}

async function runExport(db: OpenDatabase['db'], kind: string, values: Values, clock: ReturnType<typeof clockParts>) {
  if (kind === 'policy-schedule') return exportPolicySchedule(db, clock);
  if (kind === 'committee-paper') {
    const meeting = await findMeeting(db, values.meeting!);
    const papers = await db.selectFrom('committee_papers').select(['id', 'title']).where('meeting_id', '=', meeting.id).orderBy('id').execute();
    const paper = values.paper ? papers.find((p) => String(p.id) === values.paper) : papers.length === 1 ? papers[0] : undefined;
    if (papers.length === 0)
      throw new AppError('not_found', 'This meeting has no committee paper yet: write one in the app (Meetings and papers), then export it.');
    if (!paper) {
      const known = papers.map((p) => `${p.id} (${p.title})`).join(', ');
      throw new AppError(
        'not_found',
        values.paper
          ? `Paper ${values.paper} is not one of this meeting's papers: ${known}.`
          : `Say which paper with --paper: this meeting's papers are ${known}.`,
      );
    }
    return exportCommitteePaper(db, paper.id, clock);
  }
  const programme = await findProgramme(db, values.programme!);
  return kind === 'monthly-update' ? exportMonthlyUpdate(db, programme.id, values.month!, clock) : exportRecommendations(db, programme.id, clock);
}

/** --map "Inspection date=dateDone" (an empty field ignores the column). */
function columnMapping(pairs: string[]): Record<string, string | null> {
  const mapping: Record<string, string | null> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map needs "Header=field", not "${pair}".`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim() || null;
  }
  return mapping;
}

async function importCommand(rest: string[], values: Values): Promise<number> {
  const [kind, file, ...extra] = rest;
  if (kind !== 'stock' && kind !== 'certificates') throw new UsageError('import needs stock or certificates.');
  if (!file) throw new UsageError(`import ${kind} needs the file to import.`);
  if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  if (!values.db && !process.env.HOUSING_DESK_DB) throw new UsageError('import needs --db PATH.');
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file ${file}.`);
  const database = await openDatabase(resolveDbPath(values.db));
  try {
    const clock = clockParts(systemClock);
    const actor = (await readSettings(database.db)).userName || 'housing-desk import';
    const report = await runImport(database.sqlite, kind, path.basename(file), fs.readFileSync(file), {
      dryRun: values['dry-run'] ?? false,
      validOnly: values['valid-only'] ?? false,
      mapping: columnMapping(values.map ?? []),
      actor,
      ...clock,
    });
    const out = describeReport(report, values['dry-run'] ?? false);
    // a file with problems fails the command, a dry run too, so that a script can check a file first;
    // with --valid-only the problem rows are left out, as the real run would
    if ((report.problems.length && !report.applied && !values['valid-only']) || report.looksLike) {
      console.error(out);
      return 1;
    }
    console.log(out);
    return 0;
  } finally {
    await database.close();
  }
}

/** The measures as JSON with every percentage to one decimal place, e.g. 98.0; projected when the date is after today. */
export function measuresJson(m: MeasuresResult, projected = false): string {
  const codes = ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const;
  const figure = (f: MeasuresResult['BS01']) =>
    `{"requiring":${f.requiring},"compliant":${f.compliant},"percent":${f.percent === null ? 'null' : f.percent.toFixed(1)}}`;
  return `{"asAt":${JSON.stringify(m.asAt)},"projected":${projected},${codes.map((c) => `"${c}":${figure(m[c])}`).join(',')}}`;
}

async function tsmCommand(values: Values): Promise<number> {
  if (!values.db && !process.env.HOUSING_DESK_DB) throw new UsageError('tsm needs --db PATH.');
  const asAtText = values['as-at'];
  const asAt = asAtText === undefined ? undefined : parseUkDate(asAtText);
  if (asAt === null) throw new UsageError(`--as-at must be a real date, for example 31/03/2027 or 2027-03-31, not "${asAtText}".`);
  const dbPath = resolveDbPath(values.db);
  if (!fs.existsSync(dbPath)) throw new AppError('not_found', `There is no database at ${dbPath}.`);
  const database = await openDatabase(dbPath);
  try {
    const { today } = clockParts(systemClock);
    const m = await buildingSafetyMeasures(database.db, asAt ?? lastYearEnd(today));
    const projected = isProjected(m.asAt, today);
    if (projected) console.error(`housing-desk: ${projectedNote(m.asAt)}`);
    if (values.json) console.log(measuresJson(m, projected));
    else {
      console.log(`Building-safety measures ${projected ? 'projected ' : ''}as at ${formatDateLong(m.asAt)}`);
      for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) {
        const f = m[code];
        console.log(`${code}  ${f.percent === null ? '   n/a' : `${f.percent.toFixed(1).padStart(5)}%`}  ${f.compliant} of ${f.requiring} homes`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

function startElectron(electron: string, dbPath: string | undefined): Promise<number> {
  const env = { ...process.env, ...(dbPath ? { HOUSING_DESK_DB: dbPath } : {}) };
  const child = spawn(electron, [appRoot()], { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.version) {
      console.log(`housing-desk ${appVersion()}`);
      return 0;
    }
    if (values.help || command === 'help') {
      console.log(USAGE);
      return 0;
    }
    if (!command) throw new UsageError('Say which command to run.');
    if (command === 'export') return await exportCommand(rest, values);
    if (command === 'import') return await importCommand(rest, values);
    if (rest.length) throw new UsageError(`Unexpected argument: ${rest[0]}`);
    switch (command) {
      case 'serve':
        await serve(resolveDbPath(values.db), parsePort(values.port), !values['no-open']);
        return 0;
      case 'start': {
        const electron = findElectron(appRoot());
        if (electron) return startElectron(electron, values.db ? path.resolve(values.db) : undefined);
        console.log('Electron is not installed here: opening Housing Desk through its web host instead.');
        await serve(resolveDbPath(values.db), parsePort(values.port), true);
        return 0;
      }
      case 'tsm':
        return await tsmCommand(values);
      case 'demo':
        if (!values.db && !process.env.HOUSING_DESK_DB) throw new UsageError('demo needs --db PATH (the database to create or fill).');
        await demo(resolveDbPath(values.db));
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (caught) {
    const e = parseFailure(caught) ?? caught;
    if (e instanceof UsageError) {
      console.error(`housing-desk: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof AppError) {
      console.error(`housing-desk: ${e.message}`);
      return 1;
    }
    console.error('housing-desk: unexpected failure:', e);
    return 1;
  }
}
