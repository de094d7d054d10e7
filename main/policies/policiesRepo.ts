import type { PolicyDetail, PolicyRow } from '../../shared/contract';
import { nextReviewDate, reviewState, type PolicyStage } from '../../shared/domain/policies';
import { formatDateLong } from '../../shared/domain/dates';
import type { Db, ReadDb } from '../core/context';
import { notFound } from '../core/errors';

function baseQuery(db: ReadDb) {
  return db
    .selectFrom('policies')
    .leftJoin('people', 'people.id', 'policies.owner_id')
    .leftJoin('meetings', 'meetings.id', 'policies.approving_meeting_id')
    .leftJoin('committees', 'committees.id', 'meetings.committee_id')
    .selectAll('policies')
    .select(['people.name as owner_name', 'meetings.meeting_date', 'committees.name as committee_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function refsByPolicy(db: ReadDb, ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('policy_recommendations')
    .innerJoin('recommendations', 'recommendations.id', 'policy_recommendations.recommendation_id')
    .innerJoin('programmes', 'programmes.id', 'recommendations.programme_id')
    .select(['policy_recommendations.policy_id', 'programmes.code', 'recommendations.ref'])
    .where('policy_recommendations.policy_id', 'in', ids)
    .execute();
  for (const r of rows) out.set(r.policy_id, [...(out.get(r.policy_id) ?? []), `${r.code} ${r.ref}`]);
  return out;
}

function toRow(r: Row, refs: string[], today: string): PolicyRow {
  const stage = r.stage;
  const next = nextReviewDate({ stage, approvalDate: r.approval_date, reviewPeriodMonths: r.review_period_months, extendedTo: r.extended_to });
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    stage,
    stageEnteredOn: r.stage_entered_on,
    policyVersion: r.policy_version,
    approvalDate: r.approval_date,
    approvingMeetingId: r.approving_meeting_id,
    approvingMeeting: r.meeting_date ? `${r.committee_name}, ${formatDateLong(r.meeting_date)}` : null,
    reviewPeriodMonths: r.review_period_months,
    extendedTo: r.extended_to,
    extensionReason: r.extension_reason,
    nextReviewDate: next,
    reviewState: reviewState(next, today),
    summary: r.summary,
    recommendationRefs: refs.sort(),
    version: r.version,
  };
}

export async function listPolicies(db: ReadDb, today: string): Promise<PolicyRow[]> {
  const rows = await baseQuery(db).orderBy('policies.title').execute();
  const refs = await refsByPolicy(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRow(r, refs.get(r.id) ?? [], today));
}

export async function policyRow(db: ReadDb, id: number) {
  const row = await db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('The policy');
  return row;
}

export async function getPolicyDetail(db: ReadDb, id: number, today: string): Promise<PolicyDetail> {
  const r = await baseQuery(db).where('policies.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('The policy');
  const refs = await refsByPolicy(db, [id]);
  const stages = await db.selectFrom('policy_stages').select(['stage', 'entered_on']).where('policy_id', '=', id).orderBy('entered_on').orderBy('id').execute();
  const consultations = await db.selectFrom('policy_consultations').selectAll().where('policy_id', '=', id).orderBy('started_on').orderBy('id').execute();
  const links = await db.selectFrom('policy_recommendations').select('recommendation_id').where('policy_id', '=', id).execute();
  const agenda = await db
    .selectFrom('agenda_items')
    .innerJoin('meetings', 'meetings.id', 'agenda_items.meeting_id')
    .innerJoin('committees', 'committees.id', 'meetings.committee_id')
    .select(['agenda_items.id', 'meetings.id as meeting_id', 'meetings.meeting_date', 'committees.name', 'meetings.status', 'agenda_items.decision'])
    .where('agenda_items.policy_id', '=', id)
    .orderBy('meetings.meeting_date')
    .execute();
  return {
    ...toRow(r, refs.get(id) ?? [], today),
    stages: stages.map((s) => ({ stage: s.stage, enteredOn: s.entered_on })),
    consultations: consultations.map((c) => ({
      id: c.id,
      policyId: c.policy_id,
      consultee: c.consultee,
      startedOn: c.started_on,
      endedOn: c.ended_on,
      feedback: c.feedback,
      response: c.response,
    })),
    recommendationIds: links.map((l) => l.recommendation_id),
    agenda: agenda.map((a) => ({
      itemId: a.id,
      meetingId: a.meeting_id,
      meetingDate: a.meeting_date,
      committee: a.name,
      meetingStatus: a.status,
      decision: a.decision,
    })),
  };
}

/** Moves a policy to a stage and records the date it entered it. */
export async function enterStage(db: Db, id: number, stage: PolicyStage, enteredOn: string, now: string, extra: Record<string, unknown> = {}) {
  await db
    .updateTable('policies')
    .set((eb) => ({ stage, stage_entered_on: enteredOn, ...extra, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
  await db.insertInto('policy_stages').values({ policy_id: id, stage, entered_on: enteredOn }).execute();
}
