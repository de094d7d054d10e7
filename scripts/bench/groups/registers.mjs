// The registers' heaviest screens, in the process that answers calls: the largest action plan, the
// training matrix and the scorecard.
import { appRequire, copyOf, dropCopy, timeRuns, today, unwrap } from '../context.mjs';

const { openDatabase } = appRequire('./dist/main/db/open.js');
const { createCore } = appRequire('./dist/main/core/dispatch.js');
const { financialYearOf } = appRequire('./dist/shared/domain/measures.js');
const { matrixCells } = appRequire('./dist/main/training/matrixSql.js');
const { trainingSettings } = appRequire('./dist/main/settings/settingsRepo.js');

export default async function registers(landlord) {
  const file = copyOf(landlord, 'registers');
  const database = await openDatabase(file);
  const core = createCore(database, { host: 'web', log: () => {} });
  const call = async (name, input) => unwrap(await core.call(name, input));
  const s = database.sqlite;
  const largest = s.prepare('select programme_id as id, count(*) as n from recommendations group by programme_id order by n desc limit 1').get();
  const people = s.prepare('select count(*) from people where leave_date is null').pluck().get();
  const courses = s.prepare('select count(*) from courses').pluck().get();
  const rows = [];
  const plan = await timeRuns(() => call('recommendations.list', { programmeId: largest.id }));
  rows.push({
    what: `Largest action plan (${largest.n.toLocaleString('en-GB')} recommendations)`,
    value: plan.median,
    unit: 'ms',
    runs: plan.times.length,
    target: { below: 50 },
  });
  const matrix = await timeRuns(() => call('training.matrix', { asAt: today }));
  // The floor: every cell's status, the matrix's own SQL, read by plain better-sqlite3 (its totals and rows left out).
  const { graceDays } = await trainingSettings(database.db);
  const cells = matrixCells({ asAt: today, graceDays, teamId: null }).compile(database.db);
  const cellsStatement = s.prepare(cells.sql);
  const cellsFloor = await timeRuns(() => cellsStatement.all(...cells.parameters).length);
  rows.push({
    what: `Training matrix (${people.toLocaleString('en-GB')} staff x ${courses} courses)`,
    value: matrix.median,
    unit: 'ms',
    runs: matrix.times.length,
    target: { below: 150 },
    floor: cellsFloor.median,
    floorWhat: `its ${cellsFloor.last.toLocaleString('en-GB')} cells' SQL alone, plain better-sqlite3`,
  });
  const year = financialYearOf(today);
  const scorecard = await timeRuns(() => call('measures.scorecard', { year }));
  rows.push({
    what: `Scorecard ${year}`,
    value: scorecard.median,
    unit: 'ms',
    runs: scorecard.times.length,
    target: { below: 150 },
    note: 'target ours: as the matrix',
  });
  await database.close();
  dropCopy(file);
  return rows;
}
