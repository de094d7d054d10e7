import { z } from 'zod';
import { PAPER_PART_KEYS, PAPER_PARTS, type PaperPartInfo, type PaperPartKey } from '../domain/paperParts';
import { PAPER_TEMPLATE_KEYS, PAPER_TEMPLATES } from '../domain/paperTemplates';
import { byId, email, id, optionalDate, optionalText, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './papersTypes';

/** The narrative texts besides the main report's sections, the implications and the appendices. */
export const NARRATIVE_KEYS = ['summary', 'recommendations', 'conclusion', 'backgroundPapers'] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export const IMPLICATION_KEYS = ['strategic', 'financial', 'resource', 'legal', 'risk', 'equalities', 'climate', 'security'] as const;
export type ImplicationKey = (typeof IMPLICATION_KEYS)[number];

const longText = (label: string) => optionalText(label, 20000);

/** The main report's sections of a new paper, as most councils' templates have them. */
export const DEFAULT_REPORT_SECTIONS = [
  { title: 'Background', text: '', holdsData: false },
  { title: 'Current position', text: '', holdsData: true },
  { title: 'Options', text: '', holdsData: false },
  { title: 'Proposals', text: '', holdsData: false },
  { title: 'Consultation', text: '', holdsData: false },
  { title: 'Next steps', text: '', holdsData: false },
];

const titled = (what: string) =>
  z
    .array(
      z.strictObject({
        title: z
          .string({ error: `Give the ${what} a title.` })
          .trim()
          .max(200, `A ${what}’s title must be 200 characters or fewer.`),
        text: longText(`The ${what}’s text`).default(''),
      }),
    )
    .max(30, `A paper can have at most 30 of its own ${what === 'appendix' ? 'appendices' : what}.`)
    .superRefine((list, ctx) =>
      list.forEach((s, i) => {
        if (!s.title) ctx.addIssue({ code: 'custom', path: [i, 'title'], message: `Give ${what} ${i + 1} a title.` });
      }),
    );

/** The main report: the author's own sections, in order; the one that holds the data from the registers is marked. */
export const reportSections = z
  .array(
    z.strictObject({
      title: z.string({ error: 'Give the section a title.' }).trim().max(200, 'A section’s title must be 200 characters or fewer.'),
      text: longText('The section’s text').default(''),
      holdsData: z.boolean().default(false),
    }),
  )
  .max(30, 'A paper can have at most 30 main-report sections.')
  .superRefine((list, ctx) => {
    list.forEach((s, i) => {
      if (!s.title) ctx.addIssue({ code: 'custom', path: [i, 'title'], message: `Give main-report section ${i + 1} a title.` });
    });
    if (list.filter((s) => s.holdsData).length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [list.findLastIndex((s) => s.holdsData), 'holdsData'],
        message: 'Only one section can hold the data from the registers.',
      });
  });

/** The author's own appendices, after the data appendices. */
export const ownAppendices = titled('appendix');

export const narrative = z.strictObject({
  summary: longText('Summary').default(''),
  /** one recommendation a line: "note the progress…", "approve the Damp and Mould Policy" */
  recommendations: longText('Recommendations').default(''),
  sections: reportSections.default(DEFAULT_REPORT_SECTIONS),
  conclusion: longText('Conclusion').default(''),
  backgroundPapers: longText('Background papers').default(''),
  appendices: ownAppendices.default([]),
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
  /** the date the paper's figures are taken at; null: the day of export for a meeting to come, the meeting date for one held */
  dataAsAt: optionalDate('Data as at'),
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
  dataAsAt: paperFields.dataAsAt.default(null),
  // a template (shared/domain/paperTemplates.ts) gives the report sections and the data parts the call leaves out
  template: z.enum(PAPER_TEMPLATE_KEYS, { error: `Template must be one of: ${PAPER_TEMPLATES.map((t) => `${t.key} (${t.name})`).join(', ')}.` }).optional(),
  narrative: narrative.extend({ sections: reportSections.optional() }).default({} as never),
  sections: sections.optional(),
});
export const paperUpdate = z.strictObject({ id: id('Paper'), patch: patchOf(paperFields) });
export const byMeeting = z.strictObject({ meetingId: id('Meeting') });

export const papersCalls = {
  'papers.list': call<T.CommitteePaper[]>()(byMeeting),
  'papers.get': call<T.CommitteePaper>()(byId('Paper')),
  'papers.create': call<T.CommitteePaper>()(paperCreate),
  'papers.update': call<T.CommitteePaper>()(paperUpdate),
} as const;
