import type { Scorecard } from '../../../shared/contract';
import { fromZodError } from '../../core/errors';
import { buildScorecard } from '../../measures/scorecard';
import type { ExportKind } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';
import { finishDocument } from '../finishDocument';

// the Word document's: its spreadsheets load exceljs when asked
const load = () => Promise.all([import('../paperParts/performance'), import('../buildModels'), import('../docx/scorecardDoc')]);

export const scorecardExport: ExportKind<'exports.scorecard'> = {
  ...EXPORT_KIND_SPECS['exports.scorecard'],
  async inputFromOptions(_db, options, format) {
    const { contract } = await import('../../../shared/contract');
    const parsed = contract['exports.scorecard'].input.safeParse({ year: options.year, period: options.period, format });
    if (!parsed.success) throw fromZodError(parsed.error);
    return parsed.data;
  },
  load,
  async build(db, input, clock, progress) {
    const fileName = (card: Scorecard) => `scorecard-${card.year.replace('/', '-')}-to-${card.upTo}.${input.format}`;
    if (input.format === 'docx') {
      const [{ performanceModel }, { orgDetails }, { buildScorecardDocument }] = await load();
      const model = await performanceModel(db, input.year, input.period, clock.today);
      const { name } = await orgDetails(db);
      const bytes = await finishDocument(() => buildScorecardDocument(model, clock.today, name), clock.now, scorecardExport.label, progress);
      return { fileName: fileName(model.card), bytes };
    }
    const card = await buildScorecard(db, input.year, input.period, clock.today);
    const { scorecardCsv, scorecardXlsx } = await import('../sheets/scorecardSheet');
    progress('writing');
    return { fileName: fileName(card), bytes: input.format === 'csv' ? scorecardCsv(card) : await scorecardXlsx(card) };
  },
};
