import type { ExportedFile } from '../../shared/contract';
import type { Handlers } from '../core/handlers';
import { assertProgramme } from '../monthly/monthlyRepo';
import { exportCommitteePaper, exportMonthlyUpdate, exportPolicySchedule, exportRecommendations, type ExportResult } from './exportService';

const asFile = (r: ExportResult): ExportedFile => ({ fileName: r.fileName, base64: r.bytes.toString('base64'), bytes: r.bytes.length });

export const exportHandlers: Handlers<'exports.monthlyUpdate' | 'exports.recommendations' | 'exports.policySchedule' | 'exports.committeePaper'> = {
  'exports.monthlyUpdate': async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    return asFile(await exportMonthlyUpdate(ctx.db, input.programmeId, input.month, ctx));
  },
  'exports.policySchedule': async (input, ctx) => asFile(await exportPolicySchedule(ctx.db, ctx, input.threshold)),
  'exports.committeePaper': async (input, ctx) => asFile(await exportCommitteePaper(ctx.db, input.paperId, ctx)),
  'exports.recommendations': async (input, ctx) => {
    await assertProgramme(ctx.db, input.programmeId);
    return asFile(await exportRecommendations(ctx.db, input.programmeId, ctx));
  },
};
