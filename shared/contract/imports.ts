import { z } from 'zod';
import { IMPORT_KINDS, mappingProblems } from '../domain/importKinds';
import { empty, requiredText, uploadedFile } from './fields';
import { call } from './call';
import type * as T from './importsTypes';

const importKind = z.enum(IMPORT_KINDS, { error: `Choose ${IMPORT_KINDS.join(' or ')}.` });

/** { file header: field key, or null to ignore the column } */
const columnMapping = z.record(
  z.string().max(300, 'A column header must be 300 characters or fewer.'),
  z.string({ error: 'Choose a field for each column, or “Ignore this column”.' }).nullable(),
);

export const importStart = z
  .strictObject({
    kind: importKind,
    fileName: requiredText('File name', 300),
    /** the file, sent beside the call (the hosts' upload) */
    fileId: uploadedFile,
    dryRun: z.boolean().default(true),
    validOnly: z.boolean().default(false),
    mapping: columnMapping.default({}),
  })
  .superRefine((v, ctx) => {
    for (const p of mappingProblems(v.kind, v.mapping)) ctx.addIssue({ code: 'custom', path: ['mapping', p.header], message: p.message });
  });

export const importJob = z.strictObject({ jobId: z.string({ error: 'Which import?' }).uuid('That is not an import’s id.') });

export const importsCalls = {
  /** the imports page is open: a process is started to wait for its import, so that starting one does not wait for it */
  'imports.prepare': call<Record<string, never>>()(empty),
  'imports.start': call<{ jobId: string }>()(importStart),
  'imports.status': call<T.ImportJobStatus>()(importJob),
  'imports.cancel': call<T.ImportJobStatus>()(importJob),
} as const;
