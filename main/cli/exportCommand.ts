import fs from 'node:fs';
import path from 'node:path';
import { isMonth } from '../../shared/domain/dates';
import { clockParts, systemClock, type Db } from '../core/context';
import { AppError } from '../core/errors';
import {
  noProgress,
  type Clock,
  type ExportCall,
  type ExportFormat,
  type ExportKind,
  type ExportKindSpec,
  type ExportOption,
  type ExportOptions,
} from '../exports/exportKind';
import { EXPORT_CALLS, EXPORT_KIND_SPECS } from '../exports/exportKindSpecs';
import { command, UsageError, type UsageLine } from './command';
import { DB_OPTION, requiredDbPath } from './options';

// `export <kind>`: one usage line and one kind name for each kind of document in
// exports/exportKindSpecs.ts; the database and the kind's own code load only once the command line is
// read.

/** How each option's value is written in the usage text, and an example for the sentence that says one is missing. */
const OPTION_VALUES: Record<ExportOption, { value: string; example: string }> = {
  programme: { value: 'REF_OR_NAME', example: '--programme RFP' },
  month: { value: 'YYYY-MM', example: '--month 2026-11' },
  meeting: { value: 'ID_OR_DATE', example: '--meeting 14/01/2027' },
  paper: { value: 'ID', example: '--paper 1' },
  'as-at': { value: 'DATE', example: '--as-at 31/03/2027' },
  team: { value: 'NAME', example: '--team Repairs' },
  year: { value: 'YYYY/YY', example: '--year 2024/25' },
  period: { value: 'YYYY-MM', example: '--period 2024-10' },
};

const formatsOf = (kind: ExportKindSpec): readonly ExportFormat[] => kind.formats ?? ['docx'];

const kindCommands = () => EXPORT_CALLS.map((call) => EXPORT_KIND_SPECS[call].command);

function usageLine(kind: ExportKindSpec): UsageLine {
  const options = (Object.entries(kind.options) as [ExportOption, 'required' | 'optional'][]).map(([name, need]) => {
    const option = `--${name} ${OPTION_VALUES[name].value}`;
    return need === 'required' ? option : `[${option}]`;
  });
  return { call: ['export', kind.command, '--db PATH', ...options, `--out FILE.${formatsOf(kind).join('|FILE.')}`].join(' ') };
}

/** The kind's needs, in the order the command line has always checked them. */
function checkOptions(kind: ExportKindSpec, values: ExportOptions & { out?: string }): ExportFormat {
  const formats = formatsOf(kind);
  if (kind.options.programme === 'required' && !values.programme) throw new UsageError('export needs --programme (its code, name or number).');
  if (!values.out) throw new UsageError(`export needs --out FILE.${formats[0]}.`);
  const format = formats.find((f) => values.out!.toLowerCase().endsWith(`.${f}`));
  if (!format) {
    throw new UsageError(
      formats.length === 1 && formats[0] === 'docx'
        ? `--out must end in .docx (exports are Word documents), not "${path.basename(values.out)}".`
        : `--out must end in ${formats.map((f) => `.${f}`).join(' or ')}, not "${path.basename(values.out)}".`,
    );
  }
  if (kind.options.meeting === 'required' && !values.meeting) throw new UsageError(`export ${kind.command} needs --meeting (its number or date).`);
  if (values.paper !== undefined && !/^\d+$/.test(values.paper)) throw new UsageError(`--paper must be a paper number, not "${values.paper}".`);
  if (kind.options.month === 'required' && !isMonth(values.month ?? '')) {
    throw new UsageError(`--month must be a month like 2026-11${values.month ? `, not "${values.month}"` : ''}.`);
  }
  // any other option a kind needs
  for (const [name, need] of Object.entries(kind.options) as [ExportOption, 'required' | 'optional'][])
    if (need === 'required' && !values[name]) throw new UsageError(`export ${kind.command} needs --${name} (for example ${OPTION_VALUES[name].example}).`);
  return format;
}

/**
 * Builds a document while the file's integrity check runs on its own thread (0.8 s at 60,000 homes,
 * which the export waited for before it read a row): the document is given back only once the file
 * has passed, and a damaged file's refusal is the error, whatever the build met on the way.
 */
export async function builtOnceChecked<T>(checked: Promise<void>, build: () => Promise<T>): Promise<T> {
  const [check, built] = await Promise.allSettled([checked, build()]);
  if (check.status === 'rejected') throw check.reason;
  if (built.status === 'rejected') throw built.reason;
  return built.value;
}

async function buildExport<N extends ExportCall>(call: N, db: Db, options: ExportOptions, format: ExportFormat, clock: Clock) {
  const [{ exportKinds }, { startChartThread }] = await Promise.all([import('../exports/exportKinds'), import('../exports/chartThread')]);
  const kind: ExportKind<N> = exportKinds[call];
  // echarts loads on the chart thread while the export reads its figures
  if (kind.drawsCharts) startChartThread();
  return kind.build(db, await kind.inputFromOptions(db, options, format), clock, noProgress);
}

const exportOptions = Object.fromEntries(
  (Object.keys(OPTION_VALUES) as ExportOption[]).map((name) => [name, { type: 'string', example: OPTION_VALUES[name].example }]),
) as Record<ExportOption, { type: 'string'; example: string }>;

export const exportCommand = command({
  name: 'export',
  usage: EXPORT_CALLS.map((call) => usageLine(EXPORT_KIND_SPECS[call])),
  options: { ...DB_OPTION, ...exportOptions, out: { type: 'string', example: '--out report.docx' } },
  takesArguments: true,
  async run([kindName, ...extra], values) {
    if (extra.length) throw new UsageError(`Unexpected argument: ${extra[0]}`);
    const call = EXPORT_CALLS.find((c) => EXPORT_KIND_SPECS[c].command === kindName);
    if (!call) throw new UsageError(`export needs one of: ${kindCommands().join(', ')}.`);
    const dbPath = requiredDbPath(values, 'export needs --db PATH.');
    const format = checkOptions(EXPORT_KIND_SPECS[call], values);
    const out = path.resolve(values.out!);
    if (!fs.existsSync(dbPath)) throw new AppError('not_found', `There is no database at ${dbPath}.`);
    const { openDatabase } = await import('../db/open');
    const database = await openDatabase(dbPath, { readOnly: true, check: 'background' });
    try {
      const result = await builtOnceChecked(database.checked, () => buildExport(call, database.db, values, format, clockParts(systemClock)));
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
  },
});
