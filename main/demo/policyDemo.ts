import { addDays, addMonths, formatDateLong } from '../../shared/domain/dates';
import type { PolicyCategory, PolicyStage } from '../../shared/domain/policies';
import type { AgendaItem, Decision, MeetingStatus } from '../../shared/contract';
import { nextWorkingDay, previousWorkingDay } from '../../shared/domain/workingDays';
import type { Ctx, Db } from '../core/context';
import { writeAudit } from '../core/audit';

// The policies of seed 000 at believable stages, with the sub-committee's meetings: one that
// approved five policies, one that extended a suite and deferred another, one postponed, and the
// next one with four policies awaiting approval. Dates are relative to the load day.

interface DemoPolicy {
  title: string;
  category: PolicyCategory;
  ownerKey: string;
  stage: PolicyStage;
  /** days before the load day that the policy entered its stage */
  stageDaysAgo: number;
  /** for policies in force: the meeting (by key) or months ago it was approved */
  approvedAt?: 'may' | { monthsAgo: number };
  version?: string;
  extendedMonths?: number;
  period?: number;
  consultations?: { consultee: 'staff' | 'residents_board' | 'members'; daysAgo: number; length: number; feedback: string; response: string }[];
  nextMeeting?: boolean;
  linkR4?: boolean;
}

const POLICIES: DemoPolicy[] = [
  {
    title: 'Complaints',
    category: 'customer_service',
    ownerKey: 'sunita-bhatt',
    stage: 'published',
    stageDaysAgo: 230,
    approvedAt: { monthsAgo: 8 },
    version: '3.0',
    linkR4: true,
  },
  {
    title: 'Compensation',
    category: 'customer_service',
    ownerKey: 'sunita-bhatt',
    stage: 'awaiting_committee',
    stageDaysAgo: 25,
    nextMeeting: true,
    linkR4: true,
    consultations: [
      {
        consultee: 'staff',
        daysAgo: 120,
        length: 28,
        feedback: 'Staff asked for clearer discretionary payment limits.',
        response: 'Added a table of limits and who may approve them.',
      },
      {
        consultee: 'residents_board',
        daysAgo: 60,
        length: 21,
        feedback: 'The HUB wanted payments made within 28 days.',
        response: 'Payment within 28 days of agreement is now a commitment.',
      },
    ],
  },
  {
    title: 'Damp & Mould',
    category: 'building_safety',
    ownerKey: 'gareth-pryce',
    stage: 'awaiting_committee',
    stageDaysAgo: 25,
    nextMeeting: true,
    linkR4: true,
    consultations: [
      {
        consultee: 'staff',
        daysAgo: 150,
        length: 28,
        feedback: 'Surveyors asked for a triage matrix.',
        response: 'Triage by severity and household vulnerability added.',
      },
      {
        consultee: 'residents_board',
        daysAgo: 60,
        length: 21,
        feedback: 'Residents want inspection within 10 working days and written findings.',
        response: 'Both are now in the policy.',
      },
    ],
  },
  {
    title: 'Fire Safety',
    category: 'building_safety',
    ownerKey: 'helen-marsh',
    stage: 'awaiting_committee',
    stageDaysAgo: 25,
    nextMeeting: true,
    linkR4: true,
    consultations: [
      {
        consultee: 'residents_board',
        daysAgo: 60,
        length: 21,
        feedback: 'Asked how residents are told about evacuation strategy changes.',
        response: 'A letter and notice in every block within 14 days.',
      },
    ],
  },
  {
    title: 'Repairs & Maintenance',
    category: 'repairs',
    ownerKey: 'gareth-pryce',
    stage: 'resident_consultation',
    stageDaysAgo: 20,
    linkR4: true,
    consultations: [
      {
        consultee: 'staff',
        daysAgo: 90,
        length: 35,
        feedback: 'Contract managers asked for priority definitions to match the new contract.',
        response: 'Aligned with the contract priorities.',
      },
    ],
  },
  {
    title: 'Asbestos Management',
    category: 'building_safety',
    ownerKey: 'helen-marsh',
    stage: 'published',
    stageDaysAgo: 190,
    approvedAt: 'may',
    version: '1.0',
  },
  {
    title: 'Electrical Safety',
    category: 'building_safety',
    ownerKey: 'helen-marsh',
    stage: 'published',
    stageDaysAgo: 190,
    approvedAt: 'may',
    version: '1.0',
  },
  { title: 'Lift Safety', category: 'building_safety', ownerKey: 'helen-marsh', stage: 'published', stageDaysAgo: 190, approvedAt: 'may', version: '1.0' },
  { title: 'Water Safety', category: 'building_safety', ownerKey: 'helen-marsh', stage: 'published', stageDaysAgo: 190, approvedAt: 'may', version: '1.0' },
  { title: 'Reasonable Adjustments', category: 'equality', ownerKey: 'sunita-bhatt', stage: 'published', stageDaysAgo: 190, approvedAt: 'may', version: '1.0' },
  {
    title: 'Equality, Diversity and Inclusion (Treating Others Fairly)',
    category: 'equality',
    ownerKey: 'amara-okafor',
    stage: 'review_due',
    stageDaysAgo: 150,
    approvedAt: { monthsAgo: 38 },
    version: '2.0',
  },
  {
    title: 'Tenancy Management',
    category: 'tenancy',
    ownerKey: 'amara-okafor',
    stage: 'extended',
    stageDaysAgo: 150,
    approvedAt: { monthsAgo: 37 },
    version: '2.1',
    extendedMonths: 9,
  },
  {
    title: 'Anti-social Behaviour',
    category: 'tenancy',
    ownerKey: 'chloe-whitfield',
    stage: 'published',
    stageDaysAgo: 900,
    approvedAt: { monthsAgo: 32 },
    version: '2.0',
  },
  {
    title: 'Rent Arrears',
    category: 'tenancy',
    ownerKey: 'amara-okafor',
    stage: 'published',
    stageDaysAgo: 880,
    approvedAt: { monthsAgo: 32 },
    version: '1.2',
  },
  {
    title: 'Mutual Exchange',
    category: 'tenancy',
    ownerKey: 'chloe-whitfield',
    stage: 'published',
    stageDaysAgo: 870,
    approvedAt: { monthsAgo: 32 },
    version: '1.1',
  },
  {
    title: 'Succession',
    category: 'tenancy',
    ownerKey: 'chloe-whitfield',
    stage: 'published',
    stageDaysAgo: 860,
    approvedAt: { monthsAgo: 32 },
    version: '1.0',
  },
  { title: 'Empty Properties (Voids)', category: 'repairs', ownerKey: 'tomasz-nowak', stage: 'staff_consultation', stageDaysAgo: 40, linkR4: true },
  { title: 'Recharges', category: 'repairs', ownerKey: 'tomasz-nowak', stage: 'drafting', stageDaysAgo: 70, linkR4: true },
  { title: 'Pets', category: 'tenancy', ownerKey: 'chloe-whitfield', stage: 'identified_missing', stageDaysAgo: 100 },
  { title: 'Decant and Temporary Moves', category: 'tenancy', ownerKey: 'amara-okafor', stage: 'identified_missing', stageDaysAgo: 100 },
];

export async function loadPolicyDemo(db: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'today'>, personIds: Map<string, number>, r4Id: number | null): Promise<number> {
  const { today, now } = ctx;
  const ago = (days: number) => addDays(today, -days);
  const committee = await db
    .insertInto('committees')
    .values({ name: 'Housing Management Sub-Committee', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(db, ctx, {
    entity: 'committee',
    entityId: committee.id,
    action: 'create',
    label: 'Housing Management Sub-Committee',
    after: { name: 'Housing Management Sub-Committee' },
  });
  // Committees meet on working days: a past meeting moves back to one, a future one forward, so each stays on its side of today.
  const meeting = async (day: string, status: MeetingStatus, extra: Record<string, unknown> = {}) => {
    const date = day < today ? previousWorkingDay(day) : nextWorkingDay(day);
    const papersDeadline = previousWorkingDay(addDays(date, -10));
    const m = await db
      .insertInto('meetings')
      .values({ committee_id: committee.id, meeting_date: date, status, papers_deadline: papersDeadline, created_at: now, updated_at: now, ...extra })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(db, ctx, {
      entity: 'meeting',
      entityId: m.id,
      action: 'create',
      label: `Housing Management Sub-Committee, ${formatDateLong(date)}`,
      after: m,
    });
    return m;
  };
  const may = await meeting(ago(190), 'held');
  const june = await meeting(ago(150), 'held');
  const next = await meeting(addDays(today, 24), 'scheduled');
  await meeting(addDays(today, -3), 'postponed', { postponed_to_id: next.id, postponement_reason: 'Not quorate: two members unwell' });
  const item = async (
    meetingId: number,
    kind: AgendaItem['kind'],
    title: string,
    policyId: number | null,
    decision: Decision | null,
    notes: string | null,
    position: number,
  ) =>
    db
      .insertInto('agenda_items')
      .values({ meeting_id: meetingId, kind, title, policy_id: policyId, decision, decision_notes: notes, position, created_at: now, updated_at: now })
      .execute();

  let count = 0;
  const positions = new Map<number, number>();
  const nextPos = (m: number) => {
    positions.set(m, (positions.get(m) ?? 0) + 1);
    return positions.get(m)!;
  };
  for (const p of POLICIES) {
    const approval = p.approvedAt === 'may' ? may.meeting_date : p.approvedAt ? addMonths(today, -p.approvedAt.monthsAgo) : null;
    const row = await db
      .insertInto('policies')
      .values({
        title: p.title,
        category: p.category,
        owner_id: personIds.get(p.ownerKey) ?? null,
        stage: p.stage,
        stage_entered_on: ago(p.stageDaysAgo),
        policy_version: p.version ?? '',
        approval_date: approval,
        approving_meeting_id: p.approvedAt === 'may' ? may.id : null,
        review_period_months: p.period ?? 36,
        extended_to: p.extendedMonths && approval ? addMonths(addMonths(approval, 36), p.extendedMonths) : null,
        extension_reason: p.extendedMonths ? 'No significant change needed; full review after the new Consumer Standards guidance' : null,
        summary: '',
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (approval && p.stage !== 'approved')
      await db.insertInto('policy_stages').values({ policy_id: row.id, stage: 'approved', entered_on: approval }).execute();
    await db
      .insertInto('policy_stages')
      .values({ policy_id: row.id, stage: p.stage, entered_on: ago(p.stageDaysAgo) })
      .execute();
    for (const c of p.consultations ?? []) {
      await db
        .insertInto('policy_consultations')
        .values({
          policy_id: row.id,
          consultee: c.consultee,
          started_on: ago(c.daysAgo),
          ended_on: ago(c.daysAgo - c.length),
          feedback: c.feedback,
          response: c.response,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    if (p.linkR4 && r4Id) await db.insertInto('policy_recommendations').values({ policy_id: row.id, recommendation_id: r4Id }).execute();
    if (p.approvedAt === 'may') await item(may.id, 'policy_approval', `${p.title} Policy`, row.id, 'approved', null, nextPos(may.id));
    if (p.stage === 'extended')
      await item(
        june.id,
        'policy_approval',
        `${p.title} Policy: extension`,
        row.id,
        'approved',
        'Extension approved; no significant change.',
        nextPos(june.id),
      );
    if (p.stage === 'review_due')
      await item(
        june.id,
        'policy_approval',
        `${p.title} Policy: renewal`,
        row.id,
        'deferred',
        'Members asked for more detail on how fair treatment is monitored.',
        nextPos(june.id),
      );
    if (p.nextMeeting) await item(next.id, 'policy_approval', `${p.title} Policy`, row.id, null, null, nextPos(next.id));
    await writeAudit(db, ctx, { entity: 'policy', entityId: row.id, action: 'create', label: row.title, after: row });
    count++;
  }
  await item(next.id, 'progress_report', 'Resident Focus Project: progress report', null, null, null, nextPos(next.id));
  return count;
}
