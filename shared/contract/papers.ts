import { z } from 'zod';
import { PAPER_PART_KEYS, PAPER_PARTS, type PaperPartInfo, type PaperPartKey } from '../domain/paperParts';
import { byId, email, id, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './papersTypes';

export const NARRATIVE_KEYS = [
  'summary',
  'recommendations',
  'background',
  'currentPosition',
  'options',
  'proposals',
  'consultation',
  'nextSteps',
  'conclusion',
  'backgroundPapers',
] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export const IMPLICATION_KEYS = ['strategic', 'financial', 'resource', 'legal', 'risk', 'equalities', 'climate', 'security'] as const;
export type ImplicationKey = (typeof IMPLICATION_KEYS)[number];

const longText = (label: string) => optionalText(label, 20000);

export const narrative = z.strictObject({
  summary: longText('Summary').default(''),
  /** one recommendation a line: "note the progress…", "approve the Damp and Mould Policy" */
  recommendations: longText('Recommendations').default(''),
  background: longText('Background').default(''),
  currentPosition: longText('Current position').default(''),
  options: longText('Options').default(''),
  proposals: longText('Proposals').default(''),
  consultation: longText('Consultation').default(''),
  nextSteps: longText('Next steps').default(''),
  conclusion: longText('Conclusion').default(''),
  backgroundPapers: longText('Background papers').default(''),
  implications: z
    .strictObject(
      Object.fromEntries(IMPLICATION_KEYS.map((k) => [k, longText(`${k[0]!.toUpperCase()}${k.slice(1)} implications`).default('')])) as Record<
        ImplicationKey,
        z.ZodDefault<ReturnType<typeof longText>>
      >,
    )
    .default({} as never),
});

type Parts = typeof PAPER_PARTS;
type PartField<P> = P extends { choose: 'programme' } ? z.ZodDefault<z.ZodNullable<ReturnType<typeof id>>> : z.ZodDefault<z.ZodBoolean>;
type SectionsShape = { [K in PaperPartKey as Parts[K]['field']]: PartField<Parts[K]> } & {
  [K in PaperPartKey as Parts[K] extends { appendix: { field: infer F extends string } } ? F : never]: z.ZodDefault<z.ZodBoolean>;
};

/** The data sections a paper carries: for each part in PAPER_PARTS, its field and its appendix's. */
export const sections = z.strictObject(
  Object.fromEntries(
    PAPER_PART_KEYS.flatMap((key) => {
      const part: PaperPartInfo = PAPER_PARTS[key];
      const pick = part.choose === 'programme' ? id(part.name).nullable().default(null) : z.boolean().default(false);
      return [[part.field, pick], ...(part.appendix ? [[part.appendix.field, z.boolean().default(false)]] : [])];
    }),
  ) as SectionsShape,
);

export const paperFields = {
  title: requiredText('Subject', 300),
  isPublic: z.boolean({ error: 'Choose public or non-public.' }),
  exemptParagraph: z.number().int().min(1, 'Exempt paragraph must be 1 to 7.').max(7, 'Exempt paragraph must be 1 to 7.').nullable(),
  reportOf: optionalText('Report of', 200),
  authorName: optionalText('Report author', 120),
  authorTitle: optionalText('Author’s job title', 160),
  authorEmail: email,
  wards: optionalText('Wards affected', 300),
  keyDecision: z.boolean({ error: 'Key decision must be yes or no.' }),
  purpose: z.enum(['decision', 'information'], { error: 'Choose For Decision or For Information.' }),
  narrative,
  sections,
};

export const paperCreate = z.strictObject({
  meetingId: id('Meeting'),
  ...paperFields,
  isPublic: paperFields.isPublic.default(true),
  exemptParagraph: paperFields.exemptParagraph.default(null),
  reportOf: paperFields.reportOf.default(''),
  authorName: paperFields.authorName.default(''),
  authorTitle: paperFields.authorTitle.default(''),
  authorEmail: email.default(''),
  wards: paperFields.wards.default('All'),
  keyDecision: paperFields.keyDecision.default(false),
  purpose: paperFields.purpose.default('information'),
  narrative: narrative.default({} as never),
  sections: sections.default({} as never),
});
export const paperUpdate = z.strictObject({ id: id('Paper'), patch: patchOf(paperFields) });
export const byMeeting = z.strictObject({ meetingId: id('Meeting') });

export const papersCalls = {
  'papers.list': call<T.CommitteePaper[]>()(byMeeting),
  'papers.get': call<T.CommitteePaper>()(byId('Paper')),
  'papers.create': call<T.CommitteePaper>()(paperCreate),
  'papers.update': call<T.CommitteePaper>()(paperUpdate),
} as const;
