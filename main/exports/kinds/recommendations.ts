import { assertProgramme } from '../../monthly/monthlyRepo';
import type { ExportKind } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';
import { finishDocument } from '../finishDocument';
import { findProgramme } from '../findByName';

const load = () => Promise.all([import('../buildModels'), import('../docx/recommendationsDoc')]);

export const recommendationsExport: ExportKind<'exports.recommendations'> = {
  ...EXPORT_KIND_SPECS['exports.recommendations'],
  inputFromOptions: async (db, o) => ({ programmeId: (await findProgramme(db, o.programme!)).id }),
  load,
  async build(db, { programmeId }, clock, progress) {
    await assertProgramme(db, programmeId);
    const [{ buildRecommendationsModel }, { buildRecommendationsDocument }] = await load();
    const model = await buildRecommendationsModel(db, programmeId, clock.today);
    const bytes = await finishDocument(() => buildRecommendationsDocument(model), clock.now, recommendationsExport.label, progress);
    return { fileName: `${model.programme.code}-recommendations-${clock.today}.docx`, bytes };
  },
};
