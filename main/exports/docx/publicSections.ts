import type { Paragraph } from 'docx';
import { REC_STATUS_LABELS } from '../../../shared/domain/actionPlan';
import { statusChartOption } from '../../../shared/charts/actionPlanCharts';
import { renderChartPng } from '../charts';
import { formatDateLong } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import type { OrgDetails, ProgressCounts, PublicRecommendation } from '../models';
import { bullets, heading, para, picture, type Block } from './blocks';

// Sections that both public documents share.

export function targetText(r: Pick<PublicRecommendation, 'targetDate' | 'originalTargetDate'>): string {
  if (!r.targetDate) return 'To be set';
  return r.originalTargetDate ? `${formatDateLong(r.targetDate)} (originally ${formatDateLong(r.originalTargetDate)})` : formatDateLong(r.targetDate);
}

export const statusWord = (r: Pick<PublicRecommendation, 'status'>) => REC_STATUS_LABELS[r.status];

export function progressSentence(c: ProgressCounts): string {
  const parts = [`${c.completed} completed`, `${c.inProgress} in progress`, `${c.notStarted} not started`];
  if (c.onHold) parts.push(`${c.onHold} on hold`);
  return `Of the ${plural(c.total, 'recommendation')}, ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

export function progressChartAlt(c: ProgressCounts): string {
  return `Bar chart of progress on the ${plural(c.total, 'recommendation')}: ${c.completed} completed, ${c.inProgress} in progress, ${c.notStarted} not started${
    c.onHold ? `, ${c.onHold} on hold` : ''
  }.`;
}

/** The progress chart both public documents show, drawn from the dashboard's chart option. */
export function progressChartPng(c: ProgressCounts): Buffer {
  return renderChartPng(statusChartOption({ completed: c.completed, in_progress: c.inProgress, not_started: c.notStarted, on_hold: c.onHold }), 600, 260);
}

export function progressSection(c: ProgressCounts, chartPng: Buffer = progressChartPng(c)): Block[] {
  return [
    heading('Progress at a glance', 1),
    para(progressSentence(c)),
    picture(chartPng, 600, 260, { title: 'Progress at a glance', description: progressChartAlt(c) }),
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

function contactLines(org: OrgDetails): string[] {
  const lines: string[] = [];
  if (org.contactEmail) lines.push(`E-mail: ${org.contactEmail}`);
  if (org.contactPhone) lines.push(`Telephone: ${org.contactPhone}`);
  if (org.websiteUrl) lines.push(`Website: ${org.websiteUrl}`);
  return lines;
}

export function involvementSection(org: OrgDetails, programmeName: string): Block[] {
  const contacts = contactLines(org);
  return [
    heading('How to get involved', 1),
    para(
      `We want residents to shape the ${programmeName}. You can join our resident board, come to an estate walkabout or tell us what you think of the changes at any time.`,
    ),
    ...(contacts.length ? [para(`Contact ${org.name || 'us'}:`), ...bullets(contacts)] : [para(`Contact ${org.name || 'the housing service'} to take part.`)]),
  ];
}

export function otherFormatsLine(org: OrgDetails): Paragraph {
  const how = [org.contactEmail && `e-mail ${org.contactEmail}`, org.contactPhone && `call ${org.contactPhone}`].filter(Boolean).join(' or ');
  return para(
    `This document is available in other formats, such as large print, easy read, audio or another language. To ask for one, ${
      how || `contact ${org.name || 'the housing service'}`
    }.`,
    { bold: true },
  );
}
