import type { Document } from 'docx';
import type { PolicyRow } from '../../../shared/contract';
import { POLICY_STAGE_LABELS, REVIEW_STATE_LABELS, reviewTimeline } from '../../../shared/domain/policies';
import { formatDateLong, formatMonth } from '../../../shared/domain/dates';
import { plural } from '../../../shared/domain/plural';
import { drawChart } from '../chartThread';
import type { OrgDetails } from '../models';
import { heading, para, picture, type Block } from './blocks';
import { dataTable } from './dataTable';
import { buildDocument } from './frame';
import { otherFormatsLine, publishedBy } from './publicSections';

// The renewal timetable a committee asks for: every policy with its review date, the ones overdue
// or due soon, and where reviews cluster.

export interface PolicyScheduleModel {
  org: OrgDetails;
  today: string;
  threshold: number;
  policies: PolicyRow[];
}

const date = (d: string | null) => (d ? formatDateLong(d) : '–');

export function policyScheduleTable(caption: string, rows: PolicyRow[]): Block[] {
  return dataTable({
    caption,
    headers: ['Policy', 'Version', 'Approved', 'Next review', 'Review', 'Owner'],
    rows: rows.map((p) => [
      p.title,
      p.policyVersion || '–',
      date(p.approvalDate),
      `${date(p.nextReviewDate)}${p.extendedTo ? ' (extended)' : ''}`,
      REVIEW_STATE_LABELS[p.reviewState],
      p.ownerName ?? '–',
    ]),
    widths: [25, 12, 15, 17, 15, 16],
  });
}

export function pipelineTable(caption: string, rows: PolicyRow[]): Block[] {
  return dataTable({
    caption,
    headers: ['Policy', 'Stage', 'Since', 'Owner'],
    rows: rows.map((p) => [p.title, POLICY_STAGE_LABELS[p.stage], date(p.stageEnteredOn), p.ownerName ?? '–']),
    widths: [36, 26, 18, 20],
  });
}

export function clusterSection(m: PolicyScheduleModel): Block[] {
  const months = reviewTimeline(
    m.policies.map((p) => p.nextReviewDate),
    m.today,
    24,
    m.threshold,
  );
  const busy = months.filter((x) => x.clustered);
  const alt = `Bar chart of policy reviews due in each of the next 24 months. ${
    months
      .filter((x) => x.count)
      .map((x) => `${formatMonth(x.month)}: ${x.count}`)
      .join('; ') || 'None due.'
  }`;
  return [
    heading('When reviews fall due', 1),
    para(
      busy.length
        ? `More than ${plural(m.threshold, 'review')} fall due in ${busy.map((x) => `${formatMonth(x.month)} (${x.count})`).join(', ')}.`
        : `No month has more than ${plural(m.threshold, 'review')} due.`,
      { keepNext: true },
    ),
    picture(drawChart('reviewTimeline', [months, m.threshold], 600, 244), 600, 244, { title: 'Policy reviews by month', description: alt }),
  ];
}

/** "There are 20 policies: 12 are in force, 1 is overdue for review, …" */
export function overviewSentence(total: number, inForce: number, overdue: number, soon: number, pipeline: number): string {
  const are = (n: number) => (n === 1 ? '1 is' : `${n} are`);
  return `There ${total === 1 ? 'is 1 policy' : `are ${plural(total, 'policy', 'policies')}`}: ${are(inForce)} in force, ${are(overdue)} overdue for review, ${are(soon)} due for review in the next 12 months and ${are(pipeline)} in development.`;
}

export function buildPolicyScheduleDocument(m: PolicyScheduleModel): Promise<Document> {
  const inForce = m.policies.filter((p) => p.nextReviewDate).sort((a, b) => a.nextReviewDate!.localeCompare(b.nextReviewDate!));
  const overdue = inForce.filter((p) => p.reviewState === 'overdue');
  const soon = inForce.filter((p) => ['due_3', 'due_6', 'due_12'].includes(p.reviewState));
  const later = inForce.filter((p) => !overdue.includes(p) && !soon.includes(p));
  const pipeline = m.policies.filter((p) => !p.nextReviewDate && !['superseded', 'withdrawn'].includes(p.stage));
  const section = (title: string, rows: PolicyRow[], empty: string, table: (caption: string, r: PolicyRow[]) => Block[]) => [
    heading(title, 1),
    ...(rows.length ? table(`${title}: ${plural(rows.length, 'policy', 'policies')}`, rows) : [para(empty)]),
  ];
  const meta = {
    title: 'Policy schedule and renewal timetable',
    date: m.today,
    creator: m.org.name || 'Housing Desk',
    description: `Housing policies and their review dates at ${formatDateLong(m.today)}`,
  };
  return buildDocument(meta, () => [
    heading(meta.title, 'title'),
    ...publishedBy(m.org, m.today),
    para(overviewSentence(m.policies.length, inForce.length, overdue.length, soon.length, pipeline.length)),
    // Here, not at the end: a closing line after the last table was left alone on a last page.
    otherFormatsLine(m.org),
    ...section('Overdue for review', overdue, 'No policy is overdue for review.', policyScheduleTable),
    ...section('Due for review in the next 12 months', soon, 'No policy falls due for review in the next 12 months.', policyScheduleTable),
    ...clusterSection(m),
    // Each policy in force once: overdue, due within 12 months, or later.
    ...section(
      'Not due for review in the next 12 months',
      later,
      'Every policy in force is overdue or due for review in the next 12 months.',
      policyScheduleTable,
    ),
    ...section('Policies in development', pipeline, 'No policy is in development.', pipelineTable),
  ]);
}
