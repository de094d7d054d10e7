import type { Db } from '../../core/context';
import { assertProgramme, findUpdate } from '../../monthly/monthlyRepo';
import { noProgress, type Clock, type ExportKind, type ExportProgress, type ExportResult } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';
import { finishDocument } from '../finishDocument';
import { findProgramme } from '../findByName';
import type { MonthlyUpdateModel } from '../models';

const load = () => Promise.all([import('../buildModels'), import('../docx/monthlyUpdateDoc')]);

/**
 * A published month is drawn from the model stored when it was published, with its publication
 * time, so exporting it again gives the same document; a draft is drawn from the registers now.
 */
async function exportMonthlyUpdate(db: Db, programmeId: number, month: string, clock: Clock, progress: ExportProgress): Promise<ExportResult> {
  const update = await findUpdate(db, programmeId, month);
  if (update?.status === 'published' && update.published_docx) {
    const code = (JSON.parse(update.snapshot_json ?? '{}') as MonthlyUpdateModel).programme?.code ?? 'programme';
    return { fileName: `${code}-monthly-update-${month}.docx`, bytes: Buffer.from(update.published_docx) };
  }
  const [{ buildMonthlyUpdateModel }] = await load();
  const model = await buildMonthlyUpdateModel(db, programmeId, month, clock.today, { draft: true });
  const bytes = await renderMonthlyUpdate(model, clock.now, progress);
  return { fileName: `${model.programme.code}-monthly-update-${month}-draft.docx`, bytes };
}

/** Draws, packs and checks a monthly update; refused (nothing returned) if it breaks a rule. */
export async function renderMonthlyUpdate(model: MonthlyUpdateModel, at: string, progress: ExportProgress = noProgress): Promise<Buffer> {
  const [, { buildMonthlyUpdateDocument }] = await load();
  return finishDocument(() => buildMonthlyUpdateDocument(model), at, EXPORT_KIND_SPECS['exports.monthlyUpdate'].label, progress);
}

export const monthlyUpdateExport: ExportKind<'exports.monthlyUpdate'> = {
  ...EXPORT_KIND_SPECS['exports.monthlyUpdate'],
  load,
  inputFromOptions: async (db, o) => ({ programmeId: (await findProgramme(db, o.programme!)).id, month: o.month! }),
  build: async (db, { programmeId, month }, clock, progress) => {
    await assertProgramme(db, programmeId);
    return exportMonthlyUpdate(db, programmeId, month, clock, progress);
  },
};
