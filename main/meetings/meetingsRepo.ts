import type { AgendaItem, Meeting } from '../../shared/contract';
import type { ReadDb } from '../core/context';
import { notFound } from '../core/errors';
import { policyNotice } from '../training/policyNotice';

function meetingQuery(db: ReadDb) {
  return db
    .selectFrom('meetings')
    .innerJoin('committees', 'committees.id', 'meetings.committee_id')
    .leftJoin('meetings as later', 'later.id', 'meetings.postponed_to_id')
    .selectAll('meetings')
    .select((eb) => [
      'committees.name as committee_name',
      'later.meeting_date as postponed_to_date',
      eb
        .selectFrom('meetings as earlier')
        .whereRef('earlier.postponed_to_id', '=', 'meetings.id')
        .select('earlier.meeting_date')
        .limit(1)
        .as('postponed_from_date'),
    ]);
}

async function itemsOf(db: ReadDb, meetingIds: number[]): Promise<Map<number, AgendaItem[]>> {
  const out = new Map<number, AgendaItem[]>();
  if (!meetingIds.length) return out;
  const rows = await db
    .selectFrom('agenda_items')
    .leftJoin('policies', 'policies.id', 'agenda_items.policy_id')
    .selectAll('agenda_items')
    .select(['policies.title as policy_title', 'policies.stage as policy_stage'])
    .where('agenda_items.meeting_id', 'in', meetingIds)
    .orderBy('agenda_items.position')
    .orderBy('agenda_items.id')
    .execute();
  const meetingDates = new Map(
    (await db.selectFrom('meetings').select(['id', 'meeting_date']).where('id', 'in', meetingIds).execute()).map((m) => [m.id, m.meeting_date]),
  );
  for (const r of rows) {
    const item: AgendaItem = {
      id: r.id,
      meetingId: r.meeting_id,
      kind: r.kind,
      title: r.title,
      policyId: r.policy_id,
      policyTitle: r.policy_title,
      policyStage: r.policy_stage,
      decision: r.decision,
      decisionNotes: r.decision_notes,
      position: r.position,
      trainingNotice:
        r.kind === 'policy_approval' && r.policy_id !== null && (r.decision === 'approved' || r.decision === 'approved_with_amendments')
          ? await policyNotice(db, r.policy_id, meetingDates.get(r.meeting_id)!)
          : null,
    };
    out.set(r.meeting_id, [...(out.get(r.meeting_id) ?? []), item]);
  }
  return out;
}

type Row = Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirstOrThrow']>>;

const toMeeting = (r: Row, items: AgendaItem[]): Meeting => ({
  id: r.id,
  committeeId: r.committee_id,
  committeeName: r.committee_name,
  meetingDate: r.meeting_date,
  status: r.status,
  papersDeadline: r.papers_deadline,
  postponedToId: r.postponed_to_id,
  postponedToDate: r.postponed_to_date,
  postponementReason: r.postponement_reason,
  postponedFromDate: r.postponed_from_date ?? null,
  items,
});

export async function listMeetings(db: ReadDb, committeeId: number | null): Promise<Meeting[]> {
  const rows = await meetingQuery(db)
    .$if(committeeId !== null, (q) => q.where('meetings.committee_id', '=', committeeId!))
    .orderBy('meetings.meeting_date', 'desc')
    .orderBy('meetings.id', 'desc')
    .execute();
  const items = await itemsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMeeting(r, items.get(r.id) ?? []));
}

export async function getMeeting(db: ReadDb, id: number): Promise<Meeting> {
  const r = await meetingQuery(db).where('meetings.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('The meeting');
  return toMeeting(r, (await itemsOf(db, [id])).get(id) ?? []);
}

export async function meetingRow(db: ReadDb, id: number) {
  const r = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('The meeting');
  return r;
}
