import { assertProgramme } from '../../monthly/monthlyRepo';
import type { ExportKind } from '../exportKind';
import { findProgramme } from '../findByName';

export const recommendationsExport: ExportKind<'exports.recommendations'> = {
  command: 'recommendations',
  label: 'recommendations document',
  options: { programme: 'required' },
  inputFromOptions: async (db, o) => ({ programmeId: (await findProgramme(db, o.programme!)).id }),
  async build(db, { programmeId }, clock) {
    await assertProgramme(db, programmeId);
    const [{ buildRecommendationsModel }, { buildRecommendationsDocument }, { packDocx }, { assertAccessible }] = await Promise.all([
      import('../buildModels'),
      import('../docx/recommendationsDoc'),
      import('../pack'),
      import('../accessibility'),
    ]);
    const model = await buildRecommendationsModel(db, programmeId, clock.today);
    const bytes = await packDocx(buildRecommendationsDocument(model), clock.now);
    await assertAccessible(bytes, recommendationsExport.label);
    return { fileName: `${model.programme.code}-recommendations-${clock.today}.docx`, bytes };
  },
};
