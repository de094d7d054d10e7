import { contract } from '../../../shared/contract';
import { fromZodError } from '../../core/errors';
import { buildScorecard } from '../../measures/scorecard';
import type { ExportKind } from '../exportKind';
import { scorecardCsv, scorecardXlsx } from '../sheets/scorecardSheet';

export const scorecardExport: ExportKind<'exports.scorecard'> = {
  command: 'scorecard',
  label: 'performance scorecard',
  formats: ['xlsx', 'csv'],
  options: { year: 'required', period: 'optional' },
  async inputFromOptions(_db, options, format) {
    const parsed = contract['exports.scorecard'].input.safeParse({ year: options.year, period: options.period, format });
    if (!parsed.success) throw fromZodError(parsed.error);
    return parsed.data;
  },
  async build(db, input, clock) {
    const card = await buildScorecard(db, input.year, input.period, clock.today);
    const bytes = input.format === 'csv' ? scorecardCsv(card) : await scorecardXlsx(card);
    return { fileName: `scorecard-${card.year.replace('/', '-')}-to-${card.upTo}.${input.format}`, bytes };
  },
};
