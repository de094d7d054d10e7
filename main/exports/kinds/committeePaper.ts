import { formatDateLong } from '../../../shared/domain/dates';
import { AppError } from '../../core/errors';
import type { ExportKind } from '../exportKind';
import { EXPORT_KIND_SPECS } from '../exportKindSpecs';
import { finishDocument } from '../finishDocument';
import { findMeeting, findPaper } from '../findByName';
import type { PaperFromHost } from '../paperParts/paperAsAt';

const load = () => Promise.all([import('../paperModel'), import('../docx/committeePaperDoc')]);

export const committeePaperExport: ExportKind<'exports.committeePaper'> = {
  ...EXPORT_KIND_SPECS['exports.committeePaper'],
  async inputFromOptions(db, o) {
    const meeting = await findMeeting(db, o.meeting!);
    return { paperId: (await findPaper(db, meeting.id, o.paper)).id };
  },
  async keepFigures({ paperId }, ctx) {
    const { keepPaperFigures } = await import('../paperParts/keepPaperFigures');
    return keepPaperFigures(ctx, paperId);
  },
  load,
  async build(db, { paperId }, clock, progress, fromHost) {
    const [{ buildPaperModel }, { buildCommitteePaperDocument }] = await load();
    const model = await buildPaperModel(db, paperId, clock.today, fromHost as Promise<PaperFromHost | undefined> | undefined);
    if (model.paper.meetingStatus === 'cancelled' || model.paper.meetingStatus === 'postponed') {
      throw new AppError(
        'conflict',
        `The meeting of ${formatDateLong(model.paper.meetingDate)} was ${model.paper.meetingStatus}, so its papers are not produced.`,
      );
    }
    if (!model.paper.narrative.summary.trim()) throw new AppError('validation', 'Write the Summary before exporting the paper.', 'narrative.summary');
    if (model.paper.purpose === 'decision' && !model.paper.narrative.recommendations.trim()) {
      throw new AppError('validation', 'A paper for decision needs its recommendations: write what members are asked to decide.', 'narrative.recommendations');
    }
    const bytes = await finishDocument(() => buildCommitteePaperDocument(model), clock.now, committeePaperExport.label, progress);
    const slug =
      model.paper.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 50) || 'paper';
    return { fileName: `committee-paper-${model.paper.meetingDate}-${slug}.docx`, bytes };
  },
};
