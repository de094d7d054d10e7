import type { PolicyRow } from '../../../shared/contract';
import { nextReviewDate, reviewState, type PolicyStage } from '../../../shared/domain/policies';
import { addMonths, type IsoDate } from '../../../shared/domain/dates';
import type { Db } from '../../core/context';
import { listPolicies } from '../../policies/policiesRepo';
import type { PaperAsAt } from './paperAsAt';

/** The policy schedule part of a committee paper, as at the meeting date. */
export interface PolicySection {
  forApproval: { title: string; stage: string }[];
  approvedSince: PolicyRow[];
  dueSoon: PolicyRow[];
  overdue: PolicyRow[];
  all: PolicyRow[];
}

/**
 * The policy schedule as it stood on a date: each policy at the stage it had entered by then
 * (from its stage history), without approvals that came later; policies not yet identified are left out.
 */
export async function policiesAsAt(db: Db, asAt: IsoDate): Promise<PolicyRow[]> {
  const stages = await db
    .selectFrom('policy_stages')
    .select(['policy_id', 'stage', 'entered_on'])
    .where('entered_on', '<=', asAt)
    .orderBy('entered_on')
    .orderBy('id')
    .execute();
  const stageOn = new Map<number, { stage: PolicyStage; enteredOn: string }>();
  for (const s of stages) stageOn.set(s.policy_id, { stage: s.stage, enteredOn: s.entered_on });
  return (await listPolicies(db, asAt)).flatMap((p) => {
    const then = stageOn.get(p.id);
    if (!then) return [];
    const approvedThen = p.approvalDate !== null && p.approvalDate <= asAt;
    const stage = then.stage;
    const next = nextReviewDate({
      stage,
      approvalDate: approvedThen ? p.approvalDate : null,
      reviewPeriodMonths: p.reviewPeriodMonths,
      extendedTo: stage === 'extended' ? p.extendedTo : null,
    });
    return [
      {
        ...p,
        stage,
        stageEnteredOn: then.enteredOn,
        approvalDate: approvedThen ? p.approvalDate : null,
        nextReviewDate: next,
        reviewState: reviewState(next, asAt),
      },
    ];
  });
}

export async function loadPolicies(db: Db, { paper, asAt, since }: PaperAsAt): Promise<PolicySection> {
  const all = await policiesAsAt(db, asAt);
  const items = await db
    .selectFrom('agenda_items')
    .innerJoin('policies', 'policies.id', 'agenda_items.policy_id')
    .select(['policies.title', 'policies.stage'])
    .where('agenda_items.meeting_id', '=', paper.meetingId)
    .where('agenda_items.kind', '=', 'policy_approval')
    .orderBy('agenda_items.position')
    .execute();
  const horizon = addMonths(asAt, 6);
  return {
    forApproval: items,
    approvedSince: all.filter((p) => p.approvalDate !== null && p.approvalDate > since && p.approvalDate <= asAt),
    dueSoon: all
      .filter((p) => p.nextReviewDate !== null && p.nextReviewDate >= asAt && p.nextReviewDate <= horizon)
      .sort((a, b) => a.nextReviewDate!.localeCompare(b.nextReviewDate!)),
    overdue: all.filter((p) => p.reviewState === 'overdue'),
    all,
  };
}
