import type { Document } from 'docx';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import type { MonthlyUpdateModel } from '../models';
import { bullets, heading, para, richPara, type Block } from './blocks';
import { dataTable } from './dataTable';
import { buildDocument } from './frame';
import { keepInTouchSection, logoBlock, otherFormatsLine, progressSection, publishedBy, standingText } from './publicSections';

// The monthly public update, one small mapper per section. The month's news lives in one place,
// "This month": its bullets, under the recommendation each is about. The table after it says
// where every recommendation stands, with no news repeated in it.

export const monthlyTitle = (m: MonthlyUpdateModel) => `${m.programme.name}: monthly update, ${formatMonth(m.month)}`;

export function titleSection(m: MonthlyUpdateModel): Block[] {
  return [
    ...logoBlock(m.org),
    heading(monthlyTitle(m), 'title'),
    ...(m.draft ? [para('Draft: not yet published.', { bold: true })] : []),
    ...publishedBy(m.org, m.dateUpdated),
  ];
}

export function introSection(m: MonthlyUpdateModel): Block[] {
  const p = m.programme;
  const count = `There ${m.counts.total === 1 ? 'is' : 'are'} ${plural(m.counts.total, 'recommendation')}. Each month we tell you what we have done and what comes next.`;
  return [
    heading('About this update', 1),
    ...(p.description.trim() ? [para(p.description.trim())] : []),
    ...(p.source
      ? [
          richPara([
            ['Where the recommendations come from: ', true],
            [`${p.source.replace(/\.$/, '')}${p.reviewDate ? `, reported in ${formatMonth(p.reviewDate)}` : ''}.`, false],
          ]),
        ]
      : []),
    para(count),
  ];
}

/** "R1, R2 and R5" */
const listOf = (refs: string[]) => (refs.length > 1 ? `${refs.slice(0, -1).join(', ')} and ${refs.at(-1)}` : (refs[0] ?? ''));

/** The month's news: for each recommendation with news, its title and its bullets; then one line naming the rest. */
export function thisMonthSection(m: MonthlyUpdateModel): Block[] {
  const title = heading(`This month: ${formatMonth(m.month)}`, 1);
  if (m.items.length === 0) return [title, para('There is no news this month. We will report progress again in next month’s update.')];
  const known = new Set(m.recommendations.map((r) => r.ref));
  const withNews = m.recommendations.filter((r) => m.items.some((i) => i.ref === r.ref));
  const other = m.items.filter((i) => i.ref === null || !known.has(i.ref));
  const quiet = m.recommendations.filter((r) => !withNews.includes(r)).map((r) => r.ref);
  return [
    title,
    ...withNews.flatMap((r) => [heading(`${r.ref}: ${r.title}`, 2), ...bullets(m.items.filter((i) => i.ref === r.ref).map((i) => i.body))]),
    ...(other.length ? [heading(withNews.length ? 'Other news' : 'News', 2), ...bullets(other.map((i) => i.body))] : []),
    ...(quiet.length
      ? [
          para(
            `There is no news this month on ${listOf(quiet)}. You can see where ${quiet.length === 1 ? 'it stands' : 'each of them stands'} in the table below.`,
          ),
        ]
      : []),
  ];
}

/** The public measures in plain sentences, when the update includes them. */
export function howWeAreDoingSection(m: MonthlyUpdateModel): Block[] {
  if (!m.publicMeasures) return [];
  const month = formatMonth(m.month);
  return [
    heading('How we are doing', 1),
    ...(m.publicMeasures.length === 0
      ? [para(`Our performance figures for ${month} are not ready yet. We will share them once they are.`)]
      : [
          para(`Each month we tell you how we are doing against the targets we have set ourselves. These are our latest figures:`, { keepNext: true }),
          ...bullets(m.publicMeasures.map((l) => l.sentence)),
        ]),
  ];
}

export function whatsNextSection(m: MonthlyUpdateModel): Block[] {
  return [
    heading('What’s next', 1),
    ...(m.whatsNext.length === 0
      ? [para('No recommendations are due in the next two months.')]
      : [
          para('These recommendations are due in the next two months:', { keepNext: true }),
          ...bullets(m.whatsNext.map((w) => `${w.ref}: ${w.title} (due ${formatDateLong(w.targetDate)})`)),
        ]),
  ];
}

/** A recommendation as a resident reads it: its title, then what it means for them. */
export const recommendationText = (r: MonthlyUpdateModel['recommendations'][number]) => (r.publicSummary ? `${r.title}\n${r.publicSummary}` : r.title);

export function recommendationTableSection(m: MonthlyUpdateModel): Block[] {
  return [
    heading('Where every recommendation stands', 1),
    para(
      'The table lists every recommendation with a short explanation of what it means for you. It says whether the work is completed, in progress, on hold or not started, and when it was completed or is due. Where we have moved a date, the date we first set is shown too.',
      { keepNext: true },
    ),
    ...dataTable({
      caption: `Where each of the ${plural(m.recommendations.length, 'recommendation')} stands`,
      headers: ['Ref', 'Recommendation', 'Where it stands'],
      rows: m.recommendations.map((r) => [r.ref, recommendationText(r), standingText(r, m.dateUpdated)]),
      widths: [8, 64, 28],
    }),
  ];
}

export function buildMonthlyUpdateDocument(m: MonthlyUpdateModel): Promise<Document> {
  const meta = {
    title: monthlyTitle(m),
    date: m.dateUpdated,
    subject: `${m.programme.name} monthly update`,
    creator: m.org.name || 'Housing Desk',
    description: `Monthly public update for ${formatMonth(m.month)}`,
  };
  return buildDocument(meta, () => [
    ...titleSection(m),
    ...introSection(m),
    ...thisMonthSection(m),
    ...howWeAreDoingSection(m),
    ...progressSection(m.counts),
    ...whatsNextSection(m),
    ...recommendationTableSection(m),
    ...keepInTouchSection(m.org, m.programme.name),
    otherFormatsLine(m.org),
  ]);
}
