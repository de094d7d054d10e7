import type { PolicyRow } from '../../../shared/contract';
import { POLICY_STAGE_LABELS, REVIEW_STATE_LABELS, type PolicyStage } from '../../../shared/domain/policies';
import { formatDateLong } from '../../../shared/domain/dates';
import type { PolicySection } from '../paperParts/policies';
import { type Block } from './blocks';
import { dataTable } from './dataTable';
import type { ReportNumbering } from './numbering';
import { policyScheduleTable } from './policyScheduleDoc';

const d = (x: string | null) => (x ? formatDateLong(x) : '–');

/** The policy schedule part of a committee paper's current position. */
export function policyPart(n: ReportNumbering, p: PolicySection, asAt: string, lastMeetingDate: string | null): Block[] {
  const since = lastMeetingDate ? `since the last meeting on ${formatDateLong(lastMeetingDate)}` : 'to date';
  const list = (rows: PolicyRow[]) =>
    rows.map((x) => `${x.title} (${x.nextReviewDate ? `review ${d(x.nextReviewDate)}` : POLICY_STAGE_LABELS[x.stage]})`).join('; ');
  return [
    n.subheading('Policy schedule'),
    n.para(
      p.forApproval.length
        ? `As at ${formatDateLong(asAt)}, ${p.forApproval.length} polic${p.forApproval.length === 1 ? 'y comes' : 'ies come'} to this meeting for approval: ${p.forApproval
            .map((x) => `${x.title} (${POLICY_STAGE_LABELS[x.stage as PolicyStage]})`)
            .join('; ')}.`
        : `As at ${formatDateLong(asAt)}, no policy comes to this meeting for approval.`,
    ),
    n.para(
      p.approvedSince.length
        ? `Approved ${since}: ${p.approvedSince.map((x) => `${x.title}, version ${x.policyVersion || '–'} (${d(x.approvalDate)})`).join('; ')}.`
        : `No policy has been approved ${since}.`,
    ),
    n.para(p.dueSoon.length ? `Due for review in the next six months: ${list(p.dueSoon)}.` : 'No policy falls due for review in the next six months.'),
    n.para(p.overdue.length ? `Overdue for review: ${list(p.overdue)}.` : 'No policy is overdue for review.'),
    ...(p.dueSoon.length + p.overdue.length
      ? policyScheduleTable('Policies overdue or due for review in the next six months', [...p.overdue, ...p.dueSoon])
      : []),
  ];
}

/** The appendix: the whole schedule as it stood at the meeting. */
export function policyAppendix(p: PolicySection): Block[] {
  return dataTable({
    caption: 'Every policy, with its stage and review dates',
    headers: ['Policy', 'Stage', 'Version', 'Approved', 'Next review', 'Review'],
    rows: p.all.map((x) => [
      x.title,
      POLICY_STAGE_LABELS[x.stage],
      x.policyVersion || '–',
      d(x.approvalDate),
      d(x.nextReviewDate),
      REVIEW_STATE_LABELS[x.reviewState],
    ]),
    widths: [26, 18, 10, 15, 15, 16],
  });
}
