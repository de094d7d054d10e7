import { addDays, formatDateLong, formatMonth, type IsoDate } from '../../shared/domain/dates';
import { timeOf, type GenerateCtx, type Staff } from './context';
import type { Prng } from './prng';

// Programmes of recommendations (the largest of 1,000, the rest of 40 to 160 each), each
// recommendation with an owner, a lead team, a target date (some revised), a status that suits
// its dates, a few actions, and progress notes about once a quarter since it began, public and
// internal; this month's monthly update of each programme in draft, with a bullet for each
// recommendation that had a public note this month.

const THEMES = ['Customer contact', 'Repairs', 'Communication', 'Complaints', 'Building safety', 'Tenancy', 'Staffing', 'Systems', 'Governance'];
const VERBS = ['Review', 'Introduce', 'Publish', 'Train staff on', 'Set targets for', 'Consult residents on', 'Report quarterly on', 'Simplify'];
const OBJECTS = [
  'the repairs appointment system',
  'complaint response letters',
  'the out-of-hours service',
  'estate inspections',
  'void turnaround',
  'the resident handbook',
  'damp and mould cases',
  'the fire door programme',
  'tenancy audits',
  'the lettings policy',
  'contractor performance',
  'the contact centre scripts',
  'service charge statements',
  'the resident scrutiny panel',
  'the gas servicing programme',
];

export interface GeneratedPlans {
  /** the programme with the most recommendations */
  largestProgrammeId: number;
  programmes: number;
}

export function generateActionPlans(ctx: GenerateCtx, rng: Prng, staff: Staff): GeneratedPlans {
  const { write, today, sizes } = ctx;
  const month = today.slice(0, 7);
  const sizesOf: number[] = [sizes.largestProgramme];
  for (let left = sizes.recommendations - sizes.largestProgramme; left > 0;) {
    const n = Math.min(left, rng.int(40, 160));
    sizesOf.push(n);
    left -= n;
  }
  const ensureUpdate = new Map<number, number>();
  const positions = new Map<number, number>();
  let largestProgrammeId = 0;
  for (const [p, count] of sizesOf.entries()) {
    const began = addDays(today, -rng.int(200, 1500));
    const name = p === 0 ? 'Housing Improvement Plan' : `${rng.pick(THEMES)} review ${p}`;
    const programme = {
      code: `P${String(p + 1).padStart(3, '0')}`,
      name,
      source: p === 0 ? 'Regulator of Social Housing inspection' : rng.pick(['Independent review', 'Internal audit', 'Housing Ombudsman', 'Resident scrutiny']),
      review_date: addDays(began, -rng.int(20, 90)),
      description: `The recommendations of the ${name.toLowerCase()}, and what we are doing about each.`,
    };
    const programmeId = write.create('programmes', timeOf(ctx, rng, began), programme, { entity: 'programme', label: name });
    if (p === 0) largestProgrammeId = programmeId;
    for (let r = 1; r <= count; r++) {
      const title = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
      const target = addDays(began, rng.int(90, 900));
      const revised = rng.chance(0.2) ? addDays(target, rng.int(30, 240)) : null;
      const due = revised ?? target;
      const status =
        due < today
          ? rng.weighted([
              ['completed', 75],
              ['in_progress', 18],
              ['on_hold', 4],
              ['not_started', 3],
            ] as const)
          : rng.weighted([
              ['completed', 15],
              ['in_progress', 55],
              ['not_started', 27],
              ['on_hold', 3],
            ] as const);
      const completed = status === 'completed' ? minDate(addDays(due, rng.int(-120, 40)), addDays(today, -1)) : null;
      const ref = `R${r}`;
      const owner = rng.pick(staff.personIds);
      const rec = {
        programme_id: programmeId,
        ref,
        title,
        full_text: `We recommend that the landlord should ${title.toLowerCase()}, so that residents get a better service and can see how we are doing.`,
        theme: rng.pick(THEMES),
        owner_id: owner,
        lead_team_id: rng.pick(staff.teamIds),
        priority: rng.weighted([
          ['high', 25],
          ['medium', 55],
          ['low', 20],
        ] as const),
        original_target_date: target,
        revised_target_date: revised,
        revised_reason: revised ? rng.pick(['Waiting for recruitment', 'Procurement took longer than planned', 'Depends on the new housing system']) : null,
        status,
        completion_date: completed && completed >= began ? completed : status === 'completed' ? began : null,
        public_summary: `We will ${title.toLowerCase()}.`,
        rag_override: null,
        rag_override_reason: null,
      };
      const recId = write.create('recommendations', timeOf(ctx, rng, began), rec, { entity: 'recommendation', label: `${ref} ${title}` });
      for (let a = rng.int(1, 4); a > 0; a--) {
        const action = {
          recommendation_id: recId,
          title: `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`,
          owner_id: rng.pick(staff.personIds),
          due_date: addDays(began, rng.int(30, 900)),
          status: status === 'completed' ? 'completed' : rng.pick(['not_started', 'in_progress', 'completed'] as const),
        };
        write.create('actions', timeOf(ctx, rng, began), action, {
          entity: 'action',
          label: `${ref}: ${action.title}`,
          parent: { entity: 'recommendation', id: recId },
        });
      }
      const author = staff.names.get(owner)!;
      const last = rec.completion_date ?? today;
      for (let d = addDays(began, rng.int(20, 100)); d <= last; d = addDays(d, rng.int(60, 150))) {
        const visibility = rng.chance(0.6) ? 'public' : 'internal';
        const note = { recommendation_id: recId, note_date: d, body: `Progress on ${title.toLowerCase()}: ${rng.pick(PROGRESS)}`, visibility, author };
        const noteAt = timeOf(ctx, rng, d);
        write.create('progress_notes', noteAt, note, {
          entity: 'note',
          label: `${ref}: note of ${formatDateLong(d)}`,
          parent: { entity: 'recommendation', id: recId },
        });
        if (visibility === 'public' && d.slice(0, 7) === month) {
          let updateId = ensureUpdate.get(programmeId);
          if (updateId === undefined) {
            const update = {
              programme_id: programmeId,
              month,
              status: 'draft',
              published_at: null,
              published_by: null,
              snapshot_json: null,
              published_docx: null,
            };
            updateId = write.create('monthly_updates', noteAt, update, { entity: 'monthly_update', label: `${formatMonth(month)} update` });
            ensureUpdate.set(programmeId, updateId);
          }
          const position = (positions.get(updateId) ?? 0) + 1;
          positions.set(updateId, position);
          const item = { update_id: updateId, item_date: d, body: note.body, recommendation_id: recId, position };
          write.create('monthly_update_items', noteAt, item, {
            entity: 'monthly_item',
            label: `${formatMonth(month)}: ${item.body.length > 60 ? `${item.body.slice(0, 60)}…` : item.body}`,
            parent: { entity: 'monthly_update', id: updateId },
          });
        }
      }
    }
  }
  return { largestProgrammeId, programmes: sizesOf.length };
}

const PROGRESS = [
  'the working group met and agreed the approach.',
  'a draft has been shared with the resident panel for comment.',
  'the first phase is complete and the second has started.',
  'delayed while the team is recruited; a revised plan is agreed.',
  'the new process went live this month.',
  'figures for the quarter show an improvement.',
];

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
