import { addDays, addMonths, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { POLICY_CATEGORIES, type PolicyCategory } from '../../shared/domain/policies';
import { timeOf, type GenerateCtx, type Staff } from './context';
import type { Prng } from './prng';

// Committees meeting about every six weeks, from five years back to a year ahead (a few past ones
// cancelled), and the policy schedule: most policies approved at a held meeting after staff and
// resident consultation and then published, a share of those past their review date, some in
// drafting or consultation, some awaiting a meeting to come, a few extended, superseded or missing.

const COMMITTEES = ['Housing Management Sub-Committee', 'Cabinet', 'Audit and Governance Committee', "Residents' Scrutiny Panel", 'Building Safety Board'];
const SUBJECTS = [
  'Fire Safety',
  'Gas Safety',
  'Electrical Safety',
  'Asbestos Management',
  'Water Safety',
  'Lift Safety',
  'Damp and Mould',
  'Compensation',
  'Complaints',
  'Tenancy Management',
  'Anti-social Behaviour',
  'Rent Arrears',
  'Allocations',
  'Repairs and Maintenance',
  'Aids and Adaptations',
  'Decant',
  'Domestic Abuse',
  'Equality, Diversity and Inclusion',
  'Reasonable Adjustments',
  'Resident Involvement',
  'Safeguarding',
  'Tenancy Fraud',
  'Succession',
  'Mutual Exchange',
  'Lettable Standard',
  'Pets',
  'Garages',
  'Estate Inspections',
  'Leasehold Management',
  'Data Protection',
];
const CATEGORY_OF: Record<string, PolicyCategory> = {
  Fire: 'building_safety',
  Gas: 'building_safety',
  Electrical: 'building_safety',
  Asbestos: 'building_safety',
  Water: 'building_safety',
  Lift: 'building_safety',
  Damp: 'repairs',
  Repairs: 'repairs',
  Aids: 'repairs',
  Complaints: 'customer_service',
  Compensation: 'customer_service',
  Equality: 'equality',
  Reasonable: 'equality',
  Data: 'governance',
  Resident: 'governance',
};

export interface GeneratedMeetings {
  /** every meeting, oldest first, with its committee and whether it is held or to come */
  meetings: { id: number; date: IsoDate; status: 'held' | 'scheduled' | 'cancelled'; committeeId: number }[];
  policyIds: number[];
}

export function generatePolicies(ctx: GenerateCtx, rng: Prng, staff: Staff): GeneratedMeetings {
  const { write, today, sizes, sqlite } = ctx;
  const meetings: GeneratedMeetings['meetings'] = [];
  const committeeNames = new Map<number, string>();
  for (let c = 0; c < sizes.committees; c++) {
    const name = c < COMMITTEES.length ? COMMITTEES[c]! : `${COMMITTEES[c % COMMITTEES.length]} ${Math.floor(c / COMMITTEES.length) + 1}`;
    const id = write.create('committees', timeOf(ctx, rng, addMonths(today, -62)), { name }, { entity: 'committee', label: name });
    committeeNames.set(id, name);
    for (let d = addDays(addMonths(today, -60), rng.int(0, 40)); d <= addMonths(today, 12); d = addDays(d, rng.int(35, 56))) {
      const status = d >= today ? 'scheduled' : rng.chance(0.02) ? 'cancelled' : 'held';
      const row = { committee_id: id, meeting_date: d, status, papers_deadline: addDays(d, -10) };
      const mid = write.create('meetings', timeOf(ctx, rng, d < today ? addDays(d, -90) : addDays(today, -30)), row, {
        entity: 'meeting',
        label: `${name}, ${formatDateLong(d)}`,
      });
      meetings.push({ id: mid, date: d, status, committeeId: id });
    }
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const held = meetings.filter((m) => m.status === 'held');
  const toCome = meetings.filter((m) => m.status === 'scheduled');
  const agendaPosition = new Map<number, number>();
  const stage = sqlite.prepare('insert into policy_stages (policy_id, stage, entered_on) values (?, ?, ?)');

  const policyIds: number[] = [];
  for (let p = 0; p < sizes.policies; p++) {
    const subject = SUBJECTS[p % SUBJECTS.length]!;
    const title = `${subject} Policy${p >= SUBJECTS.length ? ` (${Math.floor(p / SUBJECTS.length) + 1})` : ''}`;
    const kind = rng.weighted([
      ['published', 72],
      ['drafting', 8],
      ['consultation', 6],
      ['awaiting', 6],
      ['extended', 4],
      ['superseded', 2],
      ['missing', 2],
    ] as const);
    const approval = kind === 'published' || kind === 'extended' || kind === 'superseded' ? (held.length ? rng.pick(held) : null) : null;
    const meeting = kind === 'awaiting' && toCome.length ? rng.pick(toCome) : approval;
    const planned = addDays(meeting ? meeting.date : today, -rng.int(90, 200));
    const began = planned < today ? planned : addDays(today, -rng.int(10, 60));
    const history: [string, IsoDate][] = [['drafting', began]];
    if (kind !== 'missing' && kind !== 'drafting') history.push(['staff_consultation', addDays(began, 30)], ['resident_consultation', addDays(began, 60)]);
    if (meeting) history.push(['awaiting_committee', addDays(meeting.date, -20)]);
    if (approval) history.push(['approved', approval.date], ['published', addDays(approval.date, 7)]);
    if (kind === 'extended') history.push(['extended', addDays(today, -rng.int(10, 100))]);
    if (kind === 'superseded') history.push(['superseded', addDays(approval!.date, rng.int(200, 600))]);
    const reached =
      kind === 'missing' ? [['identified_missing', addDays(today, -rng.int(10, 200))] as [string, IsoDate]] : history.filter(([, d]) => d <= today);
    const [current, enteredOn] = reached[reached.length - 1]!;
    const owner = rng.pick(staff.personIds);
    const row = {
      title,
      category: CATEGORY_OF[subject.split(' ')[0]!] ?? rng.pick(POLICY_CATEGORIES),
      owner_id: owner,
      stage: current,
      stage_entered_on: enteredOn,
      policy_version: approval ? `${rng.int(1, 4)}.0` : '',
      approval_date: approval && approval.date <= today ? approval.date : null,
      approving_meeting_id: approval && approval.date <= today ? approval.id : null,
      review_period_months: rng.pick([24, 36, 36, 36, 60]),
      extended_to: kind === 'extended' ? addMonths(today, rng.int(2, 9)) : null,
      extension_reason: kind === 'extended' ? 'Waiting for the regulator’s new guidance' : null,
      summary: `How we manage ${subject.toLowerCase()} across our homes, and what residents can expect from us.`,
      version: reached.length,
    };
    const id = write.create('policies', timeOf(ctx, rng, began), row, { entity: 'policy', label: title });
    policyIds.push(id);
    for (const [s, d] of reached) stage.run(id, s, d);
    if (reached.some(([s]) => s === 'staff_consultation'))
      for (const [consultee, offset] of [
        ['staff', 30],
        ['residents_board', 60],
      ] as const) {
        const started = addDays(began, offset);
        if (started > today) continue;
        const c = {
          policy_id: id,
          consultee,
          started_on: started,
          ended_on: addDays(started, 28) <= today ? addDays(started, 28) : null,
          feedback: '',
          response: '',
        };
        write.create('policy_consultations', timeOf(ctx, rng, started), c, {
          entity: 'consultation',
          label: `${title}: consultation`,
          parent: { entity: 'policy', id },
        });
      }
    if (meeting) {
      const position = (agendaPosition.get(meeting.id) ?? 0) + 1;
      agendaPosition.set(meeting.id, position);
      const decided = meeting.status === 'held';
      const item = {
        meeting_id: meeting.id,
        kind: 'policy_approval',
        title: `Approval of the ${title}`,
        policy_id: id,
        decision: decided ? 'approved' : null,
        decision_notes: null,
        position,
      };
      write.create('agenda_items', timeOf(ctx, rng, addDays(meeting.date, -20)), item, {
        entity: 'agenda_item',
        label: item.title,
        parent: { entity: 'meeting', id: meeting.id },
      });
    }
  }
  // a progress report on every meeting's agenda, where the paper for it goes
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    const position = (agendaPosition.get(m.id) ?? 0) + 1;
    const item = {
      meeting_id: m.id,
      kind: 'progress_report',
      title: 'Housing services progress report',
      policy_id: null,
      decision: null,
      decision_notes: null,
      position,
    };
    write.create('agenda_items', timeOf(ctx, rng, m.date < today ? addDays(m.date, -20) : today), item, {
      entity: 'agenda_item',
      label: item.title,
      parent: { entity: 'meeting', id: m.id },
    });
  }
  return { meetings, policyIds };
}
