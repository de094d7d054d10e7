import { z } from 'zod';
import { DEFAULT_CLUSTER_THRESHOLD } from '../domain/policies';
import { id } from './fields';
import { programmeMonth, programmeOnly } from './monthly';
import { call } from './call';
import type * as T from './exportsTypes';

// Word documents: each call answers with the finished file.

export const scheduleExport = z.strictObject({
  threshold: z.number({ error: 'Warn above must be a number.' }).int().min(1, 'Warn above must be at least 1.').max(50).default(DEFAULT_CLUSTER_THRESHOLD),
});

export const paperId = z.strictObject({ paperId: id('Paper') });

export const exportsCalls = {
  'exports.monthlyUpdate': call<T.ExportedFile>()(programmeMonth),
  'exports.committeePaper': call<T.ExportedFile>()(paperId),
  'exports.recommendations': call<T.ExportedFile>()(programmeOnly),
  'exports.policySchedule': call<T.ExportedFile>()(scheduleExport),
} as const;
