import type { Document } from 'docx';
import { formatDateLong } from '../../../shared/domain/dates';
import type { PublicRecommendation, RecommendationsModel } from '../models';
import { heading, para, richPara, userText, type Block } from './blocks';
import { buildDocument } from './frame';
import { involvementSection, logoBlock, otherFormatsLine, progressSection, publishedBy, statusWord, targetText } from './publicSections';

// The recommendations progress document: every recommendation under Completed, In progress or
// Yet to begin, with its public summary and latest public note.

export const recommendationsTitle = (m: RecommendationsModel) => `${m.programme.name}: progress on the recommendations`;

export const GROUPS: { heading: string; test: (r: PublicRecommendation) => boolean }[] = [
  { heading: 'Completed', test: (r) => r.status === 'completed' },
  { heading: 'In progress', test: (r) => r.status === 'in_progress' || r.status === 'on_hold' },
  { heading: 'Yet to begin', test: (r) => r.status === 'not_started' },
];

export function recommendationBlock(r: PublicRecommendation): Block[] {
  return [
    heading(`${r.ref}: ${r.title}`, 2),
    richPara([
      ['Status: ', true],
      [r.status === 'completed' && r.completionDate ? `Completed on ${formatDateLong(r.completionDate)}` : statusWord(r), false],
    ]),
    richPara([
      ['Lead team: ', true],
      [r.leadTeam, false],
    ]),
    ...(r.status === 'completed'
      ? []
      : [
          richPara([
            ['Target date: ', true],
            [targetText(r), false],
          ]),
        ]),
    ...userText(r.publicSummary || 'A summary for residents will follow.'),
    ...(r.latestPublicNote
      ? [richPara([[`Latest update (${formatDateLong(r.latestPublicNote.date)}):`, true]]), ...userText(r.latestPublicNote.body)]
      : [para('No public update yet.')]),
  ];
}

export function groupSection(title: string, recs: PublicRecommendation[]): Block[] {
  return [heading(`${title} (${recs.length})`, 1), ...(recs.length ? recs.flatMap(recommendationBlock) : [para(`None at the moment.`)])];
}

export function buildRecommendationsDocument(m: RecommendationsModel): Document {
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
    ...GROUPS.flatMap((g) => groupSection(g.heading, m.recommendations.filter(g.test))),
    ...involvementSection(m.org, m.programme.name),
    otherFormatsLine(m.org),
  ]);
}
