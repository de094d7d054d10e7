import { z } from 'zod';
import { id } from './fields';
import { call } from './call';
import type * as T from './auditTypes';

export const historyInput = z.strictObject({
  entity: z.enum(['recommendation', 'programme', 'person', 'team', 'policy', 'meeting'], { error: 'Unknown kind of record.' }),
  entityId: id('Record'),
});

export const auditCalls = {
  'audit.history': call<T.AuditEntry[]>()(historyInput),
} as const;
