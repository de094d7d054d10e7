import { parseUkDate } from '../../../shared/domain/dates';
import { AppError } from '../../core/errors';
import { sameName } from '../../people/peopleRepo';
import { trainingSettings } from '../../settings/settingsRepo';
import { trainingMatrix } from '../../training/matrixRepo';
import type { ExportKind } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';

export const trainingMatrixExport: ExportKind<'exports.trainingMatrix'> = {
  ...EXPORT_KIND_SPECS['exports.trainingMatrix'],
  async inputFromOptions(db, options, format) {
    let asAt: string | null = null;
    if (options['as-at']) {
      // as the tsm command reads it: 31/03/2027 or 2027-03-31
      asAt = parseUkDate(options['as-at']);
      if (!asAt) throw new AppError('validation', `--as-at must be a real date, for example 31/03/2027 or 2027-03-31, not "${options['as-at']}".`);
    }
    let teamId: number | null = null;
    if (options.team) {
      const teams = await db.selectFrom('teams').select(['id', 'name']).execute();
      const team = teams.find((t) => sameName(t.name, options.team!) || String(t.id) === options.team);
      if (!team) throw new AppError('not_found', `There is no team called "${options.team}". Teams: ${teams.map((t) => t.name).join(', ')}.`);
      teamId = team.id;
    }
    const { contract } = await import('../../../shared/contract');
    return contract['exports.trainingMatrix'].input.parse({ asAt, teamId, format });
  },
  async build(db, input, clock, progress) {
    const asAt = input.asAt ?? clock.today;
    const matrix = await trainingMatrix(db, { asAt, graceDays: (await trainingSettings(db)).graceDays, teamId: input.teamId });
    const people = await db.selectFrom('people').select(['id', 'email']).execute();
    const emails = new Map(people.map((p) => [p.id, p.email]));
    const { matrixCsv, matrixXlsx } = await import('../sheets/trainingMatrixSheet');
    progress('writing');
    const bytes = input.format === 'csv' ? matrixCsv(matrix, emails) : await matrixXlsx(matrix, emails);
    return { fileName: `training-matrix-${asAt}.${input.format}`, bytes };
  },
};
