import type { CheckPositionRow, CommitteePaper, ComplianceTrend, OverdueChecks, PolicyRow, RecommendationRow, RemedialSummary } from '../../shared/contract';
import { lastYearEnd } from '../../shared/domain/compliance';
import { compliancePosition } from '../compliance/position';
import { buildingSafetyMeasures, type MeasuresResult } from '../compliance/measures';
import { remedialSummary } from '../compliance/remedials';
import { complianceTarget } from '../compliance/checkSettingsHandlers';
import { overdueChecks } from '../compliance/overdue';
import { complianceTrend } from '../compliance/trend';
import { daysOverdue, deriveRag, type Rag } from '../../shared/domain/actionPlan';
import { nextReviewDate, reviewState, type PolicyStage } from '../../shared/domain/policies';
import { addMonths, type IsoDate } from '../../shared/domain/dates';
import type { Db } from '../core/context';
import { listRecommendations } from '../actionPlan/recommendationsRepo';
import { listPolicies } from '../policies/policiesRepo';
import { getPaper } from '../papers/papersRepo';
import { countProgress, orgDetails } from './buildModels';
import type { OrgDetails, ProgressCounts } from './models';

// What a committee paper reports, read from the registers as at the meeting date.

export interface ActionPlanSection {
  programmeName: string;
  counts: ProgressCounts;
  byRag: Record<Rag, number>;
  /** overdue or red, with owner and original and revised dates */
  attention: RecommendationRow[];
  completedSince: RecommendationRow[];
  all: RecommendationRow[];
}

export interface PolicySection {
  forApproval: { title: string; stage: string }[];
  approvedSince: PolicyRow[];
  dueSoon: PolicyRow[];
  overdue: PolicyRow[];
  all: PolicyRow[];
}

export interface ComplianceSection {
  target: number;
  position: CheckPositionRow[];
  measures: MeasuresResult;
  remedials: RemedialSummary;
  /** the longest-overdue checks (homes, blocks, lifts) and how many there are in all */
  overdue: OverdueChecks;
  trend: ComplianceTrend;
}

export interface PaperModel {
  org: OrgDetails;
  paper: CommitteePaper;
  asAt: IsoDate;
  /** the committee's previous meeting that was held, if any */
  lastMeetingDate: IsoDate | null;
  actionPlan: ActionPlanSection | null;
  policies: PolicySection | null;
  compliance: ComplianceSection | null;
}

/** A recommendation completed after the meeting date was still open on that date. */
export function asAtRecommendation(r: RecommendationRow, asAt: IsoDate): RecommendationRow {
  if (r.status !== 'completed' || !r.completionDate || r.completionDate <= asAt) return r;
  const open = { ...r, status: 'in_progress' as const, completionDate: null };
  const derived = deriveRag(open, asAt);
  return { ...open, derivedRag: derived, rag: r.ragOverride && r.ragOverride !== 'complete' ? r.ragOverride : derived, daysOverdue: daysOverdue(open, asAt) };
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

export async function buildPaperModel(db: Db, paperId: number): Promise<PaperModel> {
  const paper = await getPaper(db, paperId);
  const asAt = paper.meetingDate;
  const meeting = await db.selectFrom('meetings').select('committee_id').where('id', '=', paper.meetingId).executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('meetings')
    .select('meeting_date')
    .where('committee_id', '=', meeting.committee_id)
    .where('status', '=', 'held')
    .where('meeting_date', '<', asAt)
    .orderBy('meeting_date', 'desc')
    .executeTakeFirst();
  const lastMeetingDate = last?.meeting_date ?? null;
  const since = lastMeetingDate ?? '0000-01-01';

  let actionPlan: ActionPlanSection | null = null;
  const programmeId = paper.sections.actionPlanProgrammeId;
  if (programmeId) {
    const id = programmeId;
    {
      const all = (await listRecommendations(db, id, asAt)).map((r) => asAtRecommendation(r, asAt));
      const programme = await db.selectFrom('programmes').select('name').where('id', '=', id).executeTakeFirstOrThrow();
      const byRag = { red: 0, amber: 0, green: 0, complete: 0 } as Record<Rag, number>;
      for (const r of all) byRag[r.rag]++;
      actionPlan = {
        programmeName: programme.name,
        counts: countProgress(all),
        byRag,
        attention: all.filter((r) => r.daysOverdue > 0 || r.rag === 'red'),
        completedSince: all.filter((r) => r.status === 'completed' && r.completionDate !== null && r.completionDate > since && r.completionDate <= asAt),
        all,
      };
    }
  }

  let policies: PolicySection | null = null;
  if (paper.sections.policySchedule || paper.sections.appendixPolicySchedule) {
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
    policies = {
      forApproval: items,
      approvedSince: all.filter((p) => p.approvalDate !== null && p.approvalDate > since && p.approvalDate <= asAt),
      dueSoon: all
        .filter((p) => p.nextReviewDate !== null && p.nextReviewDate >= asAt && p.nextReviewDate <= horizon)
        .sort((a, b) => a.nextReviewDate!.localeCompare(b.nextReviewDate!)),
      overdue: all.filter((p) => p.reviewState === 'overdue'),
      all,
    };
  }
  const compliance =
    paper.sections.compliance || paper.sections.appendixCompliance
      ? {
          target: await complianceTarget(db),
          position: await compliancePosition(db, asAt),
          measures: await buildingSafetyMeasures(db, lastYearEnd(asAt)),
          remedials: await remedialSummary(db, asAt),
          overdue: await overdueChecks(db, asAt, { limit: 40 }),
          trend: await complianceTrend(db, asAt, 12),
        }
      : null;
  return { org: await orgDetails(db), paper, asAt, lastMeetingDate, actionPlan, policies, compliance };
}
