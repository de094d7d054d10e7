import type { Document } from 'docx';
import { REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { formatDateLong } from '../../../shared/domain/dates';
import type { PublicRecommendation, RecommendationsModel } from '../models';
import { heading, para, richPara, userText, type Block } from './blocks';
import { buildDocument } from './frame';
import { keepInTouchSection, logoBlock, otherFormatsLine, progressSection, publishedBy, statusWord, targetText } from './publicSections';

// The recommendations progress document: every recommendation under its status (the same words
// as the progress sentence and the chart), with its public summary and latest public note.

export const recommendationsTitle = (m: RecommendationsModel) => `${m.programme.name}: progress on the recommendations`;

/** One group per status, counted as the progress sentence counts them; an empty On hold group is left out. */
export const GROUPS: { heading: string; test: (r: PublicRecommendation) => boolean; always: boolean }[] = (
  [
    ['completed', true],
    ['in_progress', true],
    ['on_hold', false],
    ['not_started', true],
  ] as const
).map(([status, always]) => ({ heading: REC_STATUS_LABELS[status], test: (r: PublicRecommendation) => r.status === status, always }));

// A line typed as a list item ("- item", "1. item"): such text goes through userText, which makes it a real list.
const TYPED_LIST = /^\s*(?:[-*•·▪◦–—]|\d+[.)])\s+/m;

/** Typed text kept with what follows it (so that a recommendation's block stays on one page), unless it holds a typed list. */
function keptText(text: string): Block[] {
  if (TYPED_LIST.test(text)) return userText(text);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line, { keepNext: true }));
}

/** A recommendation's block, kept on one page: every paragraph but the last is kept with the next. */
export function recommendationBlock(r: PublicRecommendation): Block[] {
  return [
    heading(`${r.ref}: ${r.title}`, 2),
    richPara(
      [
        ['Status: ', true],
        [r.status === 'completed' && r.completionDate ? `Completed on ${formatDateLong(r.completionDate)}` : statusWord(r), false],
      ],
      { keepNext: true },
    ),
    richPara(
      [
        ['Lead team: ', true],
        [r.leadTeam, false],
      ],
      { keepNext: true },
    ),
    ...(r.status === 'completed'
      ? []
      : [
          richPara(
            [
              ['Target date: ', true],
              [targetText(r), false],
            ],
            { keepNext: true },
          ),
        ]),
    ...keptText(r.publicSummary || 'A summary for residents will follow.'),
    ...(r.latestPublicNote
      ? [richPara([[`Latest update (${formatDateLong(r.latestPublicNote.date)}):`, true]], { keepNext: true }), ...userText(r.latestPublicNote.body)]
      : [para('No public update yet.')]),
  ];
}

export function groupSection(title: string, recs: PublicRecommendation[]): Block[] {
  return [heading(`${title} (${recs.length})`, 1), ...(recs.length ? recs.flatMap(recommendationBlock) : [para(`None at the moment.`)])];
}

export function buildRecommendationsDocument(m: RecommendationsModel): Promise<Document> {
  const meta = {
    title: recommendationsTitle(m),
    date: m.dateUpdated,
    subject: `${m.programme.name} recommendations`,
    creator: m.org.name || 'Housing Desk',
    description: `Progress on every recommendation, ${formatDateLong(m.dateUpdated)}`,
  };
  return buildDocument(meta, () => [
    ...logoBlock(m.org),
    heading(recommendationsTitle(m), 'title'),
    ...publishedBy(m.org, m.dateUpdated),
    ...progressSection(m.counts),
    ...GROUPS.filter((g) => g.always || m.recommendations.some(g.test)).flatMap((g) => groupSection(g.heading, m.recommendations.filter(g.test))),
    ...keepInTouchSection(m.org, m.programme.name),
    otherFormatsLine(m.org),
  ]);
}
