import type { Document } from 'docx';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import type { MonthlyUpdateModel } from '../models';
import { bullets, dataTable, heading, para, type Block } from './blocks';
import { buildDocument } from './frame';
import { involvementSection, logoBlock, otherFormatsLine, progressSection, publishedBy, statusWord, targetText } from './publicSections';

// The monthly public update, one small mapper per section.

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
  const source = p.source
    ? ` The recommendations come from: ${p.source.replace(/\.$/, '')}${p.reviewDate ? `, reported in ${formatMonth(p.reviewDate)}` : ''}.`
    : '';
  const text = `${p.description.trim()}${source} There ${m.counts.total === 1 ? 'is' : 'are'} ${plural(m.counts.total, 'recommendation')}. Each month we tell you what we have done and what comes next.`;
  return [heading('About this update', 1), para(text.trim())];
}

export function thisMonthSection(m: MonthlyUpdateModel): Block[] {
  return [
    heading(`This month: ${formatMonth(m.month)}`, 1),
    ...(m.items.length === 0
      ? [para(`There are no updates this month. We will report progress again in next month’s update.`)]
      : bullets(m.items.map((i) => i.body))),
  ];
}

export function whatsNextSection(m: MonthlyUpdateModel): Block[] {
  return [
    heading('What’s next', 1),
    ...(m.whatsNext.length === 0
      ? [para('No recommendations are due in the next two months.')]
      : [
          para('These recommendations are due in the next two months:'),
          ...bullets(m.whatsNext.map((w) => `${w.ref}: ${w.title} (due ${formatDateLong(w.targetDate)})`)),
        ]),
  ];
}

/** A recommendation's news for the month: the bullets linked to it, and its public note. */
export function thisMonthText(r: MonthlyUpdateModel['recommendations'][number]): string {
  const lines = [...(r.monthBullets ?? []), ...(r.monthNote && !(r.monthBullets ?? []).includes(r.monthNote.body) ? [r.monthNote.body] : [])];
  return lines.length ? lines.join('\n') : 'No update this month.';
}

export function recommendationTableSection(m: MonthlyUpdateModel): Block[] {
  return [
    heading('Every recommendation', 1),
    para('Status is given in words. Where a target date has changed, the original date is shown in brackets.'),
    ...dataTable({
      caption: 'Every recommendation, with its target date, status and news this month',
      headers: ['Ref', 'Recommendation', 'Lead team', 'Target date', 'Status', 'This month'],
      rows: m.recommendations.map((r) => [r.ref, r.publicSummary || r.title, r.leadTeam, targetText(r), statusWord(r), thisMonthText(r)]),
      widths: [7, 23, 15, 15, 16, 24],
    }),
  ];
}

export function buildMonthlyUpdateDocument(m: MonthlyUpdateModel): Document {
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
    ...progressSection(m.counts),
    ...whatsNextSection(m),
    ...recommendationTableSection(m),
    ...involvementSection(m.org, m.programme.name),
    otherFormatsLine(m.org),
  ]);
}
