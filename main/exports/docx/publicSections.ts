import type { Paragraph } from 'docx';
import { REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { drawChart } from '../chartThread';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import type { OrgDetails, ProgressCounts, PublicRecommendation } from '../models';
import { heading, para, picture, type Block } from './blocks';
import { emailLink, linkBullet, linkPara, phoneLink, webLink, type Part } from './links';

// Sections that the public documents share.

/** The target date, and the date first set when it has been moved. */
export function targetText(r: Pick<PublicRecommendation, 'targetDate' | 'originalTargetDate'>): string {
  if (!r.targetDate) return 'To be set';
  return r.originalTargetDate ? `${formatDateLong(r.targetDate)} (moved from ${formatDateLong(r.originalTargetDate)})` : formatDateLong(r.targetDate);
}

/** Where a recommendation stands in words on a day: its status, then when it was completed or is (or was) due. */
export function standingText(r: Pick<PublicRecommendation, 'status' | 'completionDate' | 'targetDate' | 'originalTargetDate'>, today: string): string {
  if (r.status === 'completed') return r.completionDate ? `Completed on ${formatDateLong(r.completionDate)}` : 'Completed';
  if (!r.targetDate) return `${REC_STATUS_LABELS[r.status]}: date to be set`;
  return `${REC_STATUS_LABELS[r.status]}: ${r.targetDate < today ? 'was due by' : 'due by'} ${targetText(r)}`;
}

export const statusWord = (r: Pick<PublicRecommendation, 'status'>) => REC_STATUS_LABELS[r.status];

/** Progress as a sentence that reads aloud: "Of the 24 recommendations, 9 have been completed, 10 are in progress…". */
export function progressSentence(c: ProgressCounts): string {
  if (c.total === 0) return 'There are no recommendations yet.';
  const verb = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    c.completed && verb(c.completed, 'has been completed', 'have been completed'),
    c.inProgress && verb(c.inProgress, 'is in progress', 'are in progress'),
    c.notStarted && verb(c.notStarted, 'has not started yet', 'have not started yet'),
    c.onHold && verb(c.onHold, 'is on hold', 'are on hold'),
  ].filter((p): p is string => !!p);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return c.total === 1 ? `There is 1 recommendation: it ${list!.replace(/^1 /, '')}.` : `Of the ${plural(c.total, 'recommendation')}, ${list}.`;
}

export function progressChartAlt(c: ProgressCounts): string {
  return `Bar chart of progress on the ${plural(c.total, 'recommendation')}: ${c.completed} completed, ${c.inProgress} in progress, ${c.notStarted} not started${
    c.onHold ? `, ${c.onHold} on hold` : ''
  }.`;
}

/** Progress at a glance, with the dashboard's chart of the recommendations by status. */
export function progressSection(c: ProgressCounts): Block[] {
  const chart = drawChart('status', [{ completed: c.completed, in_progress: c.inProgress, not_started: c.notStarted, on_hold: c.onHold }], 600, 260);
  return [
    heading('Progress at a glance', 1),
    para(progressSentence(c), { keepNext: true }),
    picture(chart, 600, 260, { title: 'Progress at a glance', description: progressChartAlt(c) }),
  ];
}

/** Who publishes the document, and when it was last updated. */
export function publishedBy(org: OrgDetails, dateUpdated: string): Block[] {
  return [para(`${org.name ? `Published by ${org.name}. ` : ''}Date updated: ${formatDateLong(dateUpdated)}`)];
}

export function logoBlock(org: OrgDetails): Block[] {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(org.logoDataUrl);
  if (!m || m[1] !== 'png') return [];
  return [picture(Buffer.from(m[2]!, 'base64'), 180, 60, { title: `${org.name} logo`, description: `${org.name} logo` })];
}

/** Each way to keep in touch that settings give, as a link with words that say what it does. */
export function contactLinks(org: OrgDetails, programmeName: string): Part[][] {
  const lines: Part[][] = [];
  if (org.newsletterUrl) lines.push([webLink('Sign up to our newsletter at', org.newsletterUrl)]);
  if (org.websiteUrl) lines.push([webLink('Visit our website at', org.websiteUrl)]);
  if (org.contactEmail) lines.push([emailLink(`Email the ${programmeName} team at`, org.contactEmail)]);
  if (org.contactPhone) lines.push([phoneLink('Call us on', org.contactPhone)]);
  return lines;
}

/**
 * How residents keep up to date and take part. The section and the closing "other formats" line
 * are kept together, so that neither is left alone on a last page.
 */
export function keepInTouchSection(org: OrgDetails, programmeName: string): Block[] {
  const links = contactLinks(org, programmeName);
  const who = org.name || 'the housing service';
  return [
    heading('Keep in touch', 1),
    para(
      `We want residents to shape the ${programmeName}. You can join our resident board, come to an estate walkabout or tell us what you think of the changes at any time.`,
      { keepNext: true },
    ),
    ...(links.length
      ? [
          para(`If you would like to be kept up to date on the ${programmeName}, or to take part, you can:`, { keepNext: true }),
          ...links.map((parts) => linkBullet(parts, { keepNext: true })),
        ]
      : [para(`If you would like to be kept up to date on the ${programmeName}, or to take part, contact ${who}.`, { keepNext: true })]),
  ];
}

export function otherFormatsLine(org: OrgDetails): Paragraph {
  const ways: Part[][] = [];
  if (org.contactEmail) ways.push([emailLink('email', org.contactEmail)]);
  if (org.contactPhone) ways.push([phoneLink('call', org.contactPhone)]);
  const how: Part[] = ways.length ? ways.flatMap((w, i) => (i ? [' or ', ...w] : w)) : [`contact ${org.name || 'the housing service'}`];
  return linkPara(['This document is available in other formats, such as large print, easy read, audio or another language. To ask for one, ', ...how, '.'], {
    bold: true,
  });
}
