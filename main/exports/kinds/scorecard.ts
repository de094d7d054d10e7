import { contract, type Scorecard } from '../../../shared/contract';
import { fromZodError } from '../../core/errors';
import { buildScorecard } from '../../measures/scorecard';
import type { ExportKind } from '../exportKind';

export const scorecardExport: ExportKind<'exports.scorecard'> = {
  command: 'scorecard',
  label: 'performance scorecard',
  formats: ['xlsx', 'csv', 'docx'],
  options: { year: 'required', period: 'optional' },
  async inputFromOptions(_db, options, format) {
    const parsed = contract['exports.scorecard'].input.safeParse({ year: options.year, period: options.period, format });
    if (!parsed.success) throw fromZodError(parsed.error);
    return parsed.data;
  },
  async build(db, input, clock) {
    const fileName = (card: Scorecard) => `scorecard-${card.year.replace('/', '-')}-to-${card.upTo}.${input.format}`;
    if (input.format === 'docx') {
      const [{ performanceModel }, { orgDetails }, { buildScorecardDocument }, { packDocx }, { assertAccessible }] = await Promise.all([
        import('../paperParts/performance'),
        import('../buildModels'),
        import('../docx/scorecardDoc'),
        import('../pack'),
        import('../accessibility'),
      ]);
      const model = await performanceModel(db, input.year, input.period, clock.today);
      const bytes = await packDocx(buildScorecardDocument(model, clock.today, (await orgDetails(db)).name), clock.now);
      await assertAccessible(bytes, scorecardExport.label);
      return { fileName: fileName(model.card), bytes };
    }
    const card = await buildScorecard(db, input.year, input.period, clock.today);
    const { scorecardCsv, scorecardXlsx } = await import('../sheets/scorecardSheet');
    return { fileName: fileName(card), bytes: input.format === 'csv' ? scorecardCsv(card) : await scorecardXlsx(card) };
  },
};
