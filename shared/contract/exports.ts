import { z } from 'zod';
import { DEFAULT_CLUSTER_THRESHOLD } from '../domain/policies';
import { id, optionalDate } from './fields';
import { programmeMonth, programmeOnly } from './monthly';
import { call } from './call';
import { financialYear, period as measurePeriod } from './measures';
import type * as T from './exportsTypes';

// Word documents: each call answers with the finished file.

export const scheduleExport = z.strictObject({
  threshold: z.number({ error: 'Warn above must be a number.' }).int().min(1, 'Warn above must be at least 1.').max(50).default(DEFAULT_CLUSTER_THRESHOLD),
});

export const paperId = z.strictObject({ paperId: id('Paper') });

export const trainingMatrixExport = z.strictObject({
  asAt: optionalDate('As at').default(null),
  teamId: id('Team').nullable().default(null),
  format: z.enum(['xlsx', 'csv', 'docx'], { error: 'Format must be xlsx, csv or docx.' }).default('xlsx'),
});

export const scorecardExport = z.strictObject({
  year: financialYear,
  period: measurePeriod.optional(),
  format: z.enum(['xlsx', 'csv', 'docx'], { error: 'Format must be xlsx, csv or docx.' }).default('xlsx'),
});

export const exportsCalls = {
  'exports.monthlyUpdate': call<T.ExportedFile>()(programmeMonth),
  'exports.committeePaper': call<T.ExportedFile>()(paperId),
  'exports.recommendations': call<T.ExportedFile>()(programmeOnly),
  'exports.policySchedule': call<T.ExportedFile>()(scheduleExport),
  'exports.trainingMatrix': call<T.ExportedFile>()(trainingMatrixExport),
  'exports.scorecard': call<T.ExportedFile>()(scorecardExport),
} as const;

/** A document made in the background: which export and its input, as the export call itself takes it. */
export const exportJobStart = z.discriminatedUnion(
  'call',
  [
    z.strictObject({ call: z.literal('exports.monthlyUpdate'), input: programmeMonth }),
    z.strictObject({ call: z.literal('exports.committeePaper'), input: paperId }),
    z.strictObject({ call: z.literal('exports.recommendations'), input: programmeOnly }),
    z.strictObject({ call: z.literal('exports.policySchedule'), input: scheduleExport }),
    z.strictObject({ call: z.literal('exports.trainingMatrix'), input: trainingMatrixExport }),
    z.strictObject({ call: z.literal('exports.scorecard'), input: scorecardExport }),
  ],
  { error: 'Say which document to export.' },
);

export const exportJob = z.strictObject({ jobId: z.string({ error: 'Say which export.' }).min(1, 'Say which export.') });

export const exportJobsCalls = {
  'exportJobs.start': call<{ jobId: string }>()(exportJobStart),
  'exportJobs.status': call<T.ExportJobStatus>()(exportJob),
  'exportJobs.cancel': call<T.ExportJobStatus>()(exportJob),
} as const;
