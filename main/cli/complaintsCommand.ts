import fs from 'node:fs';
import { financialYearOf, isFinancialYear } from '../../shared/domain/complaints';
import { clockParts, systemClock } from '../core/context';
import { AppError } from '../core/errors';
import type { StageFigures } from '../../shared/contract';
import { command, UsageError } from './command';
import { DB_OPTION, requiredDbPath } from './options';

const line = (label: string, s: StageFigures) =>
  `${label.padEnd(16)} received ${String(s.received).padStart(5)}  responded ${String(s.responded).padStart(5)}  on time ${String(s.onTime).padStart(5)}  ${
    s.percentOnTime === null ? '  n/a' : `${s.percentOnTime.toFixed(1).padStart(5)}%`
  }`;

export const complaintsCommand = command({
  name: 'complaints',
  usage: [
    {
      call: 'complaints --db PATH [--year YYYY/YY] [--json]',
      does: 'CH01 and CH02 for a financial year (default: this one), all tenures and the TSM tenures',
    },
  ],
  options: { ...DB_OPTION, year: { type: 'string', example: '--year 2024/25' }, json: { type: 'boolean', default: false } },
  async run(_args, values) {
    const dbPath = requiredDbPath(values, 'complaints needs --db PATH.');
    const year = values.year ?? financialYearOf(clockParts(systemClock).today);
    if (!isFinancialYear(year)) throw new UsageError(`--year must be a financial year such as 2024/25, not "${year}".`);
    if (!fs.existsSync(dbPath)) throw new AppError('not_found', `There is no database at ${dbPath}.`);
    const [{ openDatabase }, { complaintFigures, complaintFiguresJson }] = await Promise.all([import('../db/open'), import('../complaints/figuresRepo')]);
    const database = await openDatabase(dbPath, { readOnly: true });
    try {
      const f = await complaintFigures(database.db, year);
      if (values.json) console.log(complaintFiguresJson(f));
      else {
        console.log(`Complaints ${year} (1 April to 31 March)`);
        console.log('All tenures');
        console.log(line('  Stage 1', f.all.stage1));
        console.log(line('  Stage 2', f.all.stage2));
        console.log('Tenant satisfaction measures (tenants and shared owners)');
        console.log(line('  Stage 1', f.tsm.stage1));
        console.log(line('  Stage 2', f.tsm.stage2));
      }
      return 0;
    } finally {
      await database.close();
    }
  },
});
