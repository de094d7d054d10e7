import fs from 'node:fs';
import { lastYearEnd } from '../../shared/domain/compliance';
import { formatDateLong, parseUkDate } from '../../shared/domain/dates';
import { isProjected, projectedNote } from '../../shared/domain/projection';
import type { MeasuresResult } from '../compliance/measures';
import { clockParts, systemClock } from '../core/context';
import { AppError } from '../core/errors';
import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

const CODES = ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const;

/** The measures as JSON with every percentage to one decimal place, e.g. 98.0; projected when the date is after today. */
export function measuresJson(m: MeasuresResult, projected = false): string {
  const figure = (f: MeasuresResult['BS01']) =>
    `{"requiring":${f.requiring},"compliant":${f.compliant},"percent":${f.percent === null ? 'null' : f.percent.toFixed(1)}}`;
  return `{"asAt":${JSON.stringify(m.asAt)},"projected":${projected},${CODES.map((c) => `"${c}":${figure(m[c])}`).join(',')}}`;
}

export const tsmCommand = command({
  name: 'tsm',
  usage: [{ call: 'tsm --db PATH [--as-at DATE] [--json]', does: "The regulator's building-safety measures BS01-BS05 (DATE as 31/03/2027 or 2027-03-31)" }],
  options: { ...DB_OPTION, 'as-at': { type: 'string', example: '--as-at 31/03/2027' }, json: { type: 'boolean', default: false } },
  async run(_args, values) {
    const dbPath = requiredDbPath(values, 'tsm needs --db PATH.');
    const asAtText = values['as-at'];
    const asAt = asAtText === undefined ? undefined : parseUkDate(asAtText);
    if (asAt === null) throw new UsageError(`--as-at must be a real date, for example 31/03/2027 or 2027-03-31, not "${asAtText}".`);
    if (!fs.existsSync(dbPath)) throw new AppError('not_found', `There is no database at ${dbPath}.`);
    const [{ openDatabase }, { buildingSafetyMeasures }] = await Promise.all([import('../db/open'), import('../compliance/measures')]);
    const database = await openDatabase(dbPath, { readOnly: true });
    try {
      const { today } = clockParts(systemClock);
      const m = await buildingSafetyMeasures(database.db, asAt ?? lastYearEnd(today));
      const projected = isProjected(m.asAt, today);
      if (projected) console.error(`housing-desk: ${projectedNote(m.asAt)}`);
      if (values.json) console.log(measuresJson(m, projected));
      else {
        console.log(`Building-safety measures ${projected ? 'projected ' : ''}as at ${formatDateLong(m.asAt)}`);
        for (const code of CODES) {
          const f = m[code];
          console.log(`${code}  ${f.percent === null ? '   n/a' : `${f.percent.toFixed(1).padStart(5)}%`}  ${f.compliant} of ${f.requiring} homes`);
        }
      }
      return 0;
    } finally {
      await database.close();
    }
  },
});
